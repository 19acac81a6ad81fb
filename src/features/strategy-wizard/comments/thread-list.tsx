import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '@/lib/session';
import { usePostComment, useThreads } from './comments-api';
import { CommentForm } from './comment-form';
import { ThreadView } from './thread-view';

/** The threads on one item, section or the strategy: the open ones, a new one, the resolved on request. */
export function ThreadList({ workspaceId, anchor }: { workspaceId: string; anchor: string }) {
  const { t } = useTranslation(['comments', 'common']);
  const may = useAbilities(workspaceId);
  const threads = useThreads(workspaceId, (all) => all.filter((x) => x.anchor === anchor));
  const post = usePostComment(workspaceId);
  const [showResolved, setShowResolved] = useState(false);
  const open = (threads.data ?? []).filter((x) => !x.resolved);
  const resolved = (threads.data ?? []).filter((x) => x.resolved);
  return (
    <Stack gap="md">
      {may.comment && (
        <section aria-labelledby={`new-${anchor}`}>
          <Title order={3} size="h5" id={`new-${anchor}`} mb={4}>
            {t('newThread')}
          </Title>
          <CommentForm
            workspaceId={workspaceId}
            label={t('newLabel')}
            submitLabel={t('post')}
            onSubmit={(body) => post.mutateAsync({ anchor, body })}
          />
        </section>
      )}
      {threads.data && open.length === 0 && resolved.length === 0 && <Text>{t('none')}</Text>}
      {open.map((thread) => (
        <ThreadView key={thread.id} workspaceId={workspaceId} thread={thread} mayComment={may.comment} />
      ))}
      {resolved.length > 0 && (
        <Button variant="subtle" onClick={() => setShowResolved((v) => !v)} aria-expanded={showResolved}>
          {showResolved ? t('hideResolved') : t('showResolved', { count: resolved.length })}
        </Button>
      )}
      {showResolved &&
        resolved.map((thread) => (
          <ThreadView key={thread.id} workspaceId={workspaceId} thread={thread} mayComment={may.comment} />
        ))}
    </Stack>
  );
}
