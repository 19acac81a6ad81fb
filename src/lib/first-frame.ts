// The first frame of a page load goes before heavy work that it does not need. On a slow
// machine, checking a large strategy's data against the domain's rules takes a tenth of a
// second or more; done when the data arrives it delays the first frame (a step's heading and
// guidance, which need no data), done after that frame nothing waits longer for it.

let firstFrame: Promise<void> = Promise.resolve();

/**
 * Called once at start-up, before the first render: work that asks `afterFirstFrame()` then
 * waits until the frame is drawn (or a moment at most, as in a tab in the background, where
 * frames are not drawn). Returns what to call once the first render is started.
 */
export function holdUntilFirstFrame(): () => void {
  let release = () => {};
  firstFrame = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fallback = setTimeout(release, 1000);
  return () =>
    requestAnimationFrame(() => {
      // When the app's own first frame goes to the screen (`npm run bench:typing` reports it).
      performance.mark('libri:first-frame');
      setTimeout(() => {
        clearTimeout(fallback);
        release();
      }, 0);
    });
}

/** Resolves once the page's first frame is drawn (at once after start-up, and in tests). */
export const afterFirstFrame = (): Promise<void> => firstFrame;
