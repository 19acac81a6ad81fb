/** The workflow's state, steps and versions of one workspace (read again when a live event says they changed). */
export const workflowQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'workflow'] as const;
