/** Every comment thread of one workspace (read again when a live event says comments changed). */
export const commentsQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'comments'] as const;
