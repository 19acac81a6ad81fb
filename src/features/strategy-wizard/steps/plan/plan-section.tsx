import { Stack, Title } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PlanSection } from '@/domain';
import { TextField } from '@/components/form/text-field';
import { useRecordForm } from '../../hooks/use-record-form';

export function PlanSectionForm() {
  const { t } = useTranslation('wizard');
  const { form, formRef } = useRecordForm<PlanSection, PlanSection>({
    target: { type: 'section', key: 'plan' },
    schema: PlanSection,
    toRecord: (v) => v,
  });
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-labelledby="monitoring-heading"
      >
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
