// Which workspaces get their changes live in this page. Apart from the connection itself,
// so that fetching the strategy can ask without importing the stream (and its schemas).
const live = new Set<string>();

export function setLive(workspaceId: string, on: boolean) {
  if (on) live.add(workspaceId);
  else live.delete(workspaceId);
}

/** Whether the workspace's changes arrive live: then its strategy is not fetched again and again. */
export const isLive = (workspaceId: string) => live.has(workspaceId);
