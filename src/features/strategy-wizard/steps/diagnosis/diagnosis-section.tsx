import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DiagnosisSection, LIMITS } from '@/domain';
import { CheckboxGroupField } from '@/components/form/checkbox-group-field';
import { TextField } from '@/components/form/text-field';
import { TagsField } from '@/components/form/tags-field';
import { asArray } from '../../hooks/use-autosave-form';
import { useRecordForm } from '../../hooks/use-record-form';
import { useOptions } from '../shared/options';

export function DiagnosisSectionForm() {
  const { t } = useTranslation('wizard');
  const options = useOptions();
  const { form, formRef } = useRecordForm<DiagnosisSection, DiagnosisSection>({
    target: { type: 'section', key: 'diagnosis' },
    schema: DiagnosisSection,
    toRecord: (v) => ({ ...v, targetGroups: asArray(v.targetGroups) }) as DiagnosisSection,
  });
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('diagnosis.formLabel')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField<DiagnosisSection>
            name="population"
            label={t('diagnosis.population')}
            inputMode="numeric"
            type="number"
          />
          <TextField<DiagnosisSection>
            name="tcnCount"
            label={t('diagnosis.tcnCount')}
            description={t('diagnosis.tcnCountHint')}
            inputMode="numeric"
            type="number"
          />
        </SimpleGrid>
        <TagsField<DiagnosisSection>
          name="countriesOfOrigin"
          label={t('diagnosis.countriesOfOrigin')}
          description={t('diagnosis.tagsHint')}
          max={LIMITS.tags}
        />
        <TagsField<DiagnosisSection>
          name="languages"
          label={t('diagnosis.languages')}
          description={t('diagnosis.tagsHint')}
          max={LIMITS.tags}
        />
        <CheckboxGroupField<DiagnosisSection>
          name="targetGroups"
          legend={t('diagnosis.targetGroups')}
          options={options.targetGroups}
        />
        <TextField<DiagnosisSection>
          name="summary"
          label={t('diagnosis.summary')}
          description={t('diagnosis.summaryHint')}
          multiline
          rows={4}
        />
        <TextField<DiagnosisSection>
          name="dataSources"
          label={t('diagnosis.dataSources')}
          description={t('diagnosis.dataSourcesHint')}
          multiline
          rows={3}
        />
      </Stack>
    </FormProvider>
  );
}
