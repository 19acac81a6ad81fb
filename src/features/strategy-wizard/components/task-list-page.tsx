import { Anchor, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { completionPercent, CONTENT_STEPS, findProblems, STEPS, stepProgress } from '@/domain';
import { openCounts } from '@/domain/comments';
import type { ContentStep } from '@/domain';
import { PageHeading } from '@/components/layout/page-heading';
import { useWorkspace } from '../hooks/use-strategy';
import { MissingList } from './missing-list';
import { StatusBadge } from './status-badge';
import { useThreads } from '../comments/comments-api';
import { CommentsLink } from '../comments/comments-link';

/** The task list: every step, its status in words, and what is still missing. */
export function TaskListPage() {
  const { t } = useTranslation('wizard');
  const { strategy } = useWorkspace();
  const base = `/w/${strategy.workspace.id}`;
  const problems = findProblems(strategy);
  const progress = STEPS.map((step) => stepProgress(strategy, step, problems));
  const content = progress.filter((p) => (CONTENT_STEPS as readonly string[]).includes(p.step));
  const done = content.filter((p) => p.status === 'complete').length;
  const percent = completionPercent(strategy, content);
  const comments = useThreads(strategy.workspace.id, (threads) => openCounts(threads).byStep).data;
  return (
    <Stack maw={860}>
      <PageHeading title={strategy.workspace.name}>
        {t('overview.title', { name: strategy.workspace.name })}
      </PageHeading>
      <Text>{t('overview.intro')}</Text>
      <Group gap="lg">
        <CommentsLink
          workspaceId={strategy.workspace.id}
          anchor="strategy"
          name={strategy.workspace.name}
          label={t('comments.onStrategy')}
        />
        <Anchor component={Link} to={`${base}/comments`} size="sm">
          {t('comments.navLabel')}
        </Anchor>
      </Group>
      <div>
        <Text id="progress-label" fw={600} mb={4}>
          {t('overview.progress', { done, total: CONTENT_STEPS.length, count: CONTENT_STEPS.length })}
        </Text>
        <Progress.Root size="lg">
          <Progress.Section value={percent} color="green.9" aria-labelledby="progress-label" />
        </Progress.Root>
      </div>
      <Stack component="ol" gap="sm" p={0} style={{ listStyle: 'none' }}>
        {STEPS.map((step, i) => {
          const { status, missing, problems: own } = progress[i] as (typeof progress)[number];
          return (
            <Card component="li" key={step} withBorder padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Anchor component={Link} to={`${base}/${step}`} fw={700}>
                  {i + 1}. {t(`steps.${step}.title`)}
                </Anchor>
                <StatusBadge status={status} />
              </Group>
              <Text size="sm" c="gray.8">
                {t(`steps.${step}.summary`)}
              </Text>
              {status !== 'complete' && status !== 'notStarted' && <MissingList missing={missing} />}
              {(comments?.get(step as ContentStep) ?? 0) > 0 && (
                <Text size="sm">{t('comments.threadCount', { count: comments?.get(step as ContentStep) ?? 0 })}</Text>
              )}
              {own.length > 0 && (
                <Text size="sm" c="red.9">
                  {t('overview.problems', { count: own.length })}
                </Text>
              )}
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
