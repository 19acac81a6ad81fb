import { Anchor, Group, Stack, Text } from '@mantine/core';
import { lazy, memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isStepId, STEP_CONTENT, STEPS } from '@/domain';
import type { SectionKey } from '@/domain';
import type { StepId, StepProgress, StepStatus } from '@/domain';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { progressOf } from '../hooks/progress';
import { useSettledStrategy, useWorkspaceName } from '../hooks/use-strategy';
import { STEP_COMPONENTS } from '../steps';
import { Guidance } from './guidance';
import { Editable, ReadOnlyNotice } from './read-only';

import { StatusBadge } from './status-badge';
import { CommentsLink } from '../comments/comments-link';

// What the step still needs, with links: its code and the review's words load after the step shows.
const StepToDos = lazy(() => import('./step-todos').then((m) => ({ default: m.StepToDos })));

/** The sections a step edits: their comments are the step's own. */
const STEP_CONTENT_SECTIONS: Record<StepId, readonly SectionKey[]> = Object.fromEntries(
  STEPS.map((s) => [s, s === 'review' ? [] : STEP_CONTENT[s].sections]),
) as Record<StepId, readonly SectionKey[]>;

/** One step's page: heading, status, guidance, the step's own form, and the way on. */
export function StepRoute() {
  const { step } = useParams();
  const { t } = useTranslation(['wizard', 'common']);
  const { id, name } = useWorkspaceName();
  if (!isStepId(step)) {
    return (
      <>
        <PageHeading>{t('common:notFound.title')}</PageHeading>
        <Text>{t('common:notFound.text')}</Text>
      </>
    );
  }
  const index = STEPS.indexOf(step);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const base = `/w/${id}`;
  const Step = STEP_COMPONENTS[step];
  const title = t(`steps.${step}.title`);
  return (
    <Stack maw={900} gap="md">
      <div>
        <Text size="sm" c="gray.8" fw={600}>
          {t('step.counter', { n: index + 1, total: STEPS.length })}
        </Text>
        {/* Keyed by step: moving between steps is a new page, and its heading takes focus. */}
        <PageHeading key={step} title={`${title} — ${name}`}>
          {title}
        </PageHeading>
        <StepProgressLine step={step} base={base} />
        {STEP_CONTENT_SECTIONS[step].map((key) => (
          <CommentsLink
            key={key}
            workspaceId={id}
            anchor={`section:${key}`}
            name={title}
            label={t('comments.onStep')}
          />
        ))}
      </div>
      <Guidance step={step} />
      <ReadOnlyNotice workspaceId={id} />
      <Suspense fallback={<Loading label={t('common:loading')} />}>
        <Editable workspaceId={id}>
          <Step key={`${id}-${step}`} />
        </Editable>
      </Suspense>
      <Group component="nav" aria-label={t('step.pagination')} justify="space-between" mt="xl">
        {prev ? (
          <Anchor component={Link} to={`${base}/${prev}`}>
            ← {t('step.previous', { title: t(`steps.${prev}.title`) })}
          </Anchor>
        ) : (
          <Anchor component={Link} to={base}>
            ← {t('overview.navLabel')}
          </Anchor>
        )}
        {next && (
          <Anchor component={Link} to={`${base}/${next}`} fw={700}>
            {t('step.next', { title: t(`steps.${next}.title`) })} →
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

/** The step's status and what it still lacks: rules over the whole strategy, followed at low priority. */
function StepProgressLine({ step, base }: { step: StepId; base: string }) {
  const settled = useSettledStrategy();
  const progress = useMemo(() => progressOf(settled, step), [settled, step]);
  // The review page lists it all itself.
  const { problems, gaps } = step === 'review' ? NOTHING : progress;
  return <ProgressLine status={progress.status} problems={problems} gaps={gaps} base={base} />;
}

const NOTHING = { problems: [], gaps: [] };

type ProgressLineProps = { status: StepStatus; base: string } & Pick<StepProgress, 'problems' | 'gaps'>;

const ProgressLine = memo(
  function ProgressLine({ status, problems, gaps, base }: ProgressLineProps) {
    return (
      // The list sits beside the status where there is room for it, and under it on a phone.
      <Group gap="sm" align="flex-start" wrap="wrap">
        <div style={{ flex: 'none' }}>
          <StatusBadge status={status} />
        </div>
        {problems.length + gaps.length > 0 && (
          // Its words (the review's) and the list's rules load with it, after the step shows.
          <Suspense fallback={null}>
            <StepToDos progress={{ problems, gaps }} base={base} />
          </Suspense>
        )}
      </Group>
    );
  },
  (a, b) =>
    a.status === b.status &&
    a.base === b.base &&
    JSON.stringify([a.problems, a.gaps]) === JSON.stringify([b.problems, b.gaps]),
);
