import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parseAnchor } from '@/domain/comments';
import { useCurrentStrategy } from '../hooks/use-strategy';
import { useAnchorName } from './anchor-name';
import { ThreadList } from './thread-list';

/** The comments of `?comments=<anchor>`, beside the page; closing it takes the parameter away. */
export default function CommentsDrawer({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation(['comments', 'common']);
  const [params, setParams] = useSearchParams();
  const raw = params.get('comments') ?? '';
  const anchor = parseAnchor(raw);
  const strategy = useCurrentStrategy();
  const nameOf = useAnchorName();
  const close = () =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('comments');
        return next;
      },
      { replace: true },
    );
  return (
    <Drawer
      opened={anchor !== null}
      onClose={close}
      position="right"
      size="lg"
      title={t('drawerTitle', { name: nameOf(raw, strategy()) })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {anchor && <ThreadList workspaceId={workspaceId} anchor={raw} />}
    </Drawer>
  );
}
