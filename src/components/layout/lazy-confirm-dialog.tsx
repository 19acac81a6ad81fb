import { lazyDialog } from './lazy-dialog';

/** The confirmation, loaded the first time someone asks to delete, not with every list. */
export const LazyConfirmDialog = lazyDialog(
  () => import('./confirm-dialog').then((m) => m.ConfirmDialog),
  (props) => props.opened,
);
