import { Anchor, Container, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { commentPath, filterThreads, THREAD_FILTERS } from '@/domain/comments';
import type { ThreadFilter } from '@/domain/comments';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { currentUser, useAbilities } from '@/lib/session';
import { useCurrentStrategy } from '../hooks/use-strategy';
import { useAnchorName } from './anchor-name';
import { useThreads } from './comments-api';
import { ThreadView } from './thread-view';

const isFilter = (v: string | null): v is ThreadFilter => THREAD_FILTERS.includes(v as ThreadFilter);

/**
 * Every discussion of the strategy in one list, for the reviewer's reading and the lead's
 * answering: filtered (open, mine, mentioning me, from the reviewer, resolved), each with a
 * link to its place.
 */
export function CommentsPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation(['comments', 'common']);
  const [params, setParams] = useSearchParams();
  const filter: ThreadFilter = isFilter(params.get('show')) ? (params.get('show') as ThreadFilter) : 'open';
  const may = useAbilities(workspaceId);
  const threads = useThreads(workspaceId);
  const strategy = useCurrentStrategy();
  const nameOf = useAnchorName();
  const shown = threads.data ? filterThreads(threads.data, filter, currentUser()?.id ?? null) : [];

  return (
    <Container size="lg" px={0}>
      <PageHeading>{t('title')}</PageHeading>
      <Text mb="md">{t('intro')}</Text>
      <Radio.Group
        label={t('filter.label')}
        value={filter}
        onChange={(v) => setParams(v === 'open' ? {} : { show: v }, { replace: true })}
        mb="lg"
      >
        <Group gap="md" mt={4}>
          {THREAD_FILTERS.map((f) => (
            <Radio key={f} value={f} label={t(`filter.${f}`)} />
          ))}
        </Group>
      </Radio.Group>
      {!threads.data ? (
        <Loading label={t('common:loading')} />
      ) : shown.length === 0 ? (
        <Text>{threads.data.length === 0 ? t('none') : t('noneFiltered')}</Text>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((thread) => {
            const name = nameOf(thread.anchor, strategy());
            return (
              <li key={thread.id}>
                <ThreadView
                  workspaceId={workspaceId}
                  thread={thread}
                  mayComment={may.comment}
                  heading={
                    <Group justify="space-between" mb="xs" wrap="wrap">
                      <Text fw={700}>{t('about', { name })}</Text>
                      <Anchor component={Link} to={commentPath(workspaceId, thread.anchor)} size="sm">
                        {t('goTo', { name })}
                      </Anchor>
                    </Group>
                  }
                />
              </li>
            );
          })}
        </Stack>
      )}
    </Container>
  );
}
