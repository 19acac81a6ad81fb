import { lazy, Suspense, useState } from 'react';
import type { ComponentProps } from 'react';

// The dialog (Mantine Modal, focus trap, transitions) is ~20 KB: load it the first time
// someone asks to delete, not with every list.
const ConfirmDialog = lazy(() => import('./confirm-dialog').then((m) => ({ default: m.ConfirmDialog })));

export function LazyConfirmDialog(props: ComponentProps<typeof ConfirmDialog>) {
  const [wanted, setWanted] = useState(props.opened);
  if (props.opened && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialog {...props} />
    </Suspense>
  );
}
