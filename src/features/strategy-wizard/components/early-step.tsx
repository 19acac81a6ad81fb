import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS } from '@/domain/steps';
import type { StepId } from '@/domain/steps';
import { AppLayout } from '@/components/layout/app-layout';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';

/**
 * A step's page while the person and the strategy are still on their way: its heading and
 * guidance need neither, so they show at once, and the step's own content follows. Laid out
 * as the step page lays them out (step-route.tsx), so nothing moves sideways when it arrives;
 * the column the steps will be listed in is kept, so nothing moves when they arrive either.
 *
 * The server draws the same page into the HTML it sends (src/app/first-frame.tsx), so a step's
 * words show before any script has run; the app's first render then draws it again in place.
 */
export function EarlyStep({ step, guidance }: { step: StepId; guidance: ReactNode }) {
  const { t } = useTranslation(['wizard', 'common']);
  return (
    <AppLayout nav={<Loading label={t('common:loading')} />}>
      <Stack maw={900} gap="md">
        <div>
          <Text size="sm" c="gray.8" fw={600}>
            {t('step.counter', { n: STEPS.indexOf(step) + 1, total: STEPS.length })}
          </Text>
          <PageHeading quiet>{t(`steps.${step}.title`)}</PageHeading>
        </div>
        {guidance}
        <Loading label={t('common:loading')} />
      </Stack>
    </AppLayout>
  );
}
