import { NavLink, Stack, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink } from 'react-router';
import { STEP_OF_KIND, STEP_OF_SECTION, STEPS } from '@/domain';
import { openCounts } from '@/domain/comments';
import type { ContentStep, StepStatus, WorkflowState } from '@/domain';
import { progressOf } from '../hooks/progress';
import {
  sameElements,
  useInProgramme,
  useSettledStrategy,
  useWorkflowState,
  useSyncEngine,
  useSyncState,
  useWorkspaceName,
} from '../hooks/use-strategy';
import type { SyncState } from '../sync/engine';
import { StatusText } from './status-badge';
import { useThreads } from '../comments/comments-api';

/** The steps of the edits kept on this device until a field is corrected, as one string (compared by value). */
const stepsWithInvalidEdits = (s: SyncState) =>
  [
    ...new Set(
      s.invalid.map(({ target }) => (target.type === 'item' ? STEP_OF_KIND[target.kind] : STEP_OF_SECTION[target.key])),
    ),
  ]
    .sort()
    .join(' ');

/**
 * The steps in order, each with its status; the current one is marked for assistive tech.
 * Statuses are rules over the whole strategy: they follow the typing at low priority.
 */
export function StepNav() {
  const { id, name } = useWorkspaceName();
  const settled = useSettledStrategy();
  const statuses = useMemo(() => STEPS.map((step) => progressOf(settled, step).status), [settled]);
  const state = useWorkflowState();
  const inProgramme = useInProgramme();
  const counts = useThreads(id, openCounts).data;
  const comments = counts?.total ?? 0;
  const perStep = useMemo(() => STEPS.map((step) => counts?.byStep.get(step as ContentStep) ?? 0), [counts]);
  const unsaved = useSyncState(useSyncEngine(id), stepsWithInvalidEdits);
  return (
    <StepLinks
      base={`/w/${id}`}
      name={name}
      statuses={statuses}
      state={state}
      comments={comments}
      perStep={perStep}
      unsaved={unsaved}
      inProgramme={inProgramme}
    />
  );
}

const StepLinks = memo(
  function StepLinks({
    base,
    name,
    statuses,
    state,
    comments,
    perStep,
    unsaved,
    inProgramme,
  }: {
    base: string;
    name: string;
    statuses: StepStatus[];
    state: WorkflowState;
    comments: number;
    /** Open comments on each step, in the order of STEPS. */
    perStep: number[];
    /** Steps holding an edit that waits for a correction, as `partnership plan`. */
    unsaved: string;
    inProgramme: boolean;
  }) {
    const { t } = useTranslation(['wizard', 'common']);
    return (
      <Stack gap={2}>
        <Text fw={700} size="sm" mb={4} lineClamp={2}>
          {name}
        </Text>
        <NavLink component={RouterLink} to={base} end label={t('overview.navLabel')} />
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {STEPS.map((step, i) => (
            <li key={step}>
              <NavLink
                component={RouterLink}
                to={`${base}/${step}`}
                label={`${i + 1}. ${t(`steps.${step}.title`)}`}
                color="gray"
                variant="light"
                description={
                  <>
                    <StatusText status={statuses[i] as StepStatus} />
                    {unsaved.split(' ').includes(step) && (
                      <Text span size="xs" c="red.9" fw={700}>
                        {' · '}
                        {t('save.stepNotSaved')}
                      </Text>
                    )}
                    {(perStep[i] ?? 0) > 0 && (
                      <Text span size="xs" c="gray.8">
                        {' · '}
                        {t('comments.threadCount', { count: perStep[i] })}
                      </Text>
                    )}
                  </>
                }
              />
            </li>
          ))}
        </ol>
        <NavLink
          component={RouterLink}
          to={`${base}/approval`}
          label={t('common:nav.approval')}
          description={t(`common:workflowState.${state}`)}
        />
        <NavLink component={RouterLink} to={`${base}/ideas`} label={t('ideas.navLabel')} />
        {inProgramme && (
          <NavLink component={RouterLink} to={`${base}/good-practice`} label={t('common:nav.goodPractice')} />
        )}
        <NavLink
          component={RouterLink}
          to={`${base}/comments`}
          label={t('comments.navLabel')}
          description={comments > 0 ? t('comments.navCount', { count: comments }) : undefined}
        />
        <NavLink component={RouterLink} to={`${base}/export`} label={t('export.navLabel')} />
        <NavLink component={RouterLink} to={`${base}/members`} label={t('common:nav.members')} />
        <NavLink component={RouterLink} to="/" label={t('common:actions.backToWorkspaces')} />
      </Stack>
    );
  },
  (a, b) =>
    a.base === b.base &&
    a.name === b.name &&
    a.state === b.state &&
    a.comments === b.comments &&
    a.inProgramme === b.inProgramme &&
    a.unsaved === b.unsaved &&
    sameElements(a.perStep, b.perStep) &&
    sameElements(a.statuses, b.statuses),
);
