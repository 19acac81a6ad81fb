/** The ideas board of one workspace (read again when a live event says it changed). */
export const ideasQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'ideas'] as const;
