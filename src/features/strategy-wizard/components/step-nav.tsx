import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink } from 'react-router';
import { findProblems, STEPS, stepProgress } from '@/domain';
import type { Strategy } from '@/domain';
import { StatusText } from './status-badge';

/** The steps in order, each with its status; the current one is marked for assistive tech. */
export function StepNav({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation(['wizard', 'common']);
  const base = `/w/${strategy.workspace.id}`;
  const problems = findProblems(strategy);
  return (
    <Stack gap={2}>
      <Text fw={700} size="sm" mb={4} lineClamp={2}>
        {strategy.workspace.name}
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
              description={<StatusText status={stepProgress(strategy, step, problems).status} />}
            />
          </li>
        ))}
      </ol>
      <NavLink component={RouterLink} to={`${base}/export`} label={t('export.navLabel')} />
      <NavLink component={RouterLink} to="/" label={t('common:actions.backToWorkspaces')} />
    </Stack>
  );
}
