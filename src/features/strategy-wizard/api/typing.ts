// When the person last typed, per workspace. The 15-second look for other partners' changes
// waits while someone types: reading and comparing a large strategy would cost a keystroke
// its smoothness, and what they type is saved (and the copy refreshed) a moment later anyway.

const lastEdit = new Map<string, number>();
const QUIET_MS = 3_000;

export const noteEdit = (workspaceId: string) => lastEdit.set(workspaceId, Date.now());

export const isTyping = (workspaceId: string) => Date.now() - (lastEdit.get(workspaceId) ?? 0) < QUIET_MS;
