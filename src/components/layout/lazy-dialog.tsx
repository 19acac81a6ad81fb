import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import type { ComponentType } from 'react';

/**
 * A dialog whose code (Mantine's Modal, focus trap, scroll area, transitions: ~20 KB) loads the
 * first time it opens, not with the page that may open it.
 *
 * Mantine gives the focus back to what had it when a dialog opened; a dialog loaded on demand
 * mounts already open, so the first time it would leave the focus on the page's body. The
 * wrapper keeps the opener and gives the focus back itself when nothing else took it
 * (WCAG 2.4.3).
 */
export function lazyDialog<P extends object>(
  load: () => Promise<ComponentType<P>>,
  isOpen: (props: P) => boolean,
): ComponentType<P> {
  const Dialog = lazy(() => load().then((C) => ({ default: C })));
  function LazyDialog(props: P) {
    const open = isOpen(props);
    const [wanted, setWanted] = useState(open);
    if (open && !wanted) setWanted(true);
    const opener = useRef<HTMLElement | null>(null);
    useLayoutEffect(() => {
      if (open) {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        return;
      }
      const back = opener.current;
      opener.current = null;
      const lost = (el: Element | null) => !el || el === document.body || !!el.closest('[role="dialog"]');
      if (back?.isConnected && lost(document.activeElement)) back.focus();
    }, [open]);
    if (!wanted) return null;
    return (
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}
