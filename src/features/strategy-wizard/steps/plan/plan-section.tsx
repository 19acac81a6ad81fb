import { Stack, Title } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PlanSection } from '@/domain';
import { TextField } from '@/components/form/text-field';
import { useAutosaveForm } from '../../hooks/use-autosave-form';
import { useSection } from '../../hooks/use-step-data';

export function PlanSectionForm() {
  const { t } = useTranslation('wizard');
  const { data, save } = useSection('plan');
  const form = useAutosaveForm<PlanSection>(PlanSection, data, save);
  return (
    <FormProvider {...form}>
      <Stack gap="sm" component="form" onSubmit={(e) => e.preventDefault()} aria-labelledby="monitoring-heading">
        <Title order={2} size="h3" id="monitoring-heading">
          {t('plan.monitoringTitle')}
        </Title>
        <TextField<PlanSection>
          name="monitoring"
          label={t('plan.monitoring')}
          description={t('plan.monitoringHint')}
          multiline
          rows={3}
        />
        <TextField<PlanSection>
          name="review"
          label={t('plan.review')}
          description={t('plan.reviewHint')}
          multiline
          rows={3}
        />
      </Stack>
    </FormProvider>
  );
}
