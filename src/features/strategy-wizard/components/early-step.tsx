import { Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS } from '@/domain';
import type { StepId } from '@/domain';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { Guidance } from './guidance';

/**
 * A step's page while the person and the strategy are still on their way: its heading and
 * guidance need neither, so they show at once, and the step's own content follows. Laid out
 * as the step page lays them out (step-route.tsx), so nothing moves sideways when it arrives.
 */
export function EarlyStep({ step }: { step: StepId }) {
  const { t } = useTranslation(['wizard', 'common']);
  return (
    <Stack maw={900} gap="md">
      <div>
        <Text size="sm" c="gray.8" fw={600}>
          {t('step.counter', { n: STEPS.indexOf(step) + 1, total: STEPS.length })}
        </Text>
        <PageHeading quiet>{t(`steps.${step}.title`)}</PageHeading>
      </div>
      <Suspense fallback={null}>
        <Guidance step={step} />
      </Suspense>
      <Loading label={t('common:loading')} />
    </Stack>
  );
}
