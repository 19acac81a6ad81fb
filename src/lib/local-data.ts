/**
 * Removes everything this app keeps on the device about one workspace (its last
 * confirmed copy and any unsent edits): deleting a workspace erases it here too.
 */
export function forgetLocalData(workspaceId: string) {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '');
    for (const key of keys)
      if (key.startsWith('libri.') && key.endsWith(`.${workspaceId}`)) localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
