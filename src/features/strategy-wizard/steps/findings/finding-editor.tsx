import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Finding, SCALE } from '@/domain';
import type { FindingKind, StoredItem } from '@/domain';
import { CheckboxGroupField } from '@/components/form/checkbox-group-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { asArray } from '../../hooks/use-autosave-form';
import { useRecordForm } from '../../hooks/use-record-form';
import { useItemOptions } from '../../hooks/use-step-data';
import { useOptions } from '../shared/options';

/** The form of one need, strength or challenge; saves as the person types. */
export function FindingEditor({
  kind,
  item,
  autoFocus,
}: {
  kind: FindingKind;
  item: StoredItem<FindingKind>;
  autoFocus: boolean;
}) {
  const { t } = useTranslation(['wizard', 'common']);
  const options = useOptions();
  const { form, formRef } = useRecordForm<Finding, Finding>({
    target: { type: 'item', kind, id: item.id },
    schema: Finding,
    toRecord: (v) => ({ ...v, themes: asArray(v.themes), targetGroups: asArray(v.targetGroups) }) as Finding,
  });
  const partners = useItemOptions('partner', (n) => t('partnership.untitledPartner', { n }), 'name');
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t(`${kind}.formLabel`)}
      >
        <TextField<Finding>
          name="title"
          label={t('finding.title')}
          description={t(`${kind}.titleHint`)}
          autoFocus={autoFocus}
        />
        <TextField<Finding> name="description" label={t('finding.description')} multiline />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SelectField<Finding>
            name="priority"
            label={t(`finding.${SCALE[kind]}`)}
            options={options.priorities(SCALE[kind])}
            placeholder={t('common:notChosen')}
          />
          <SelectField<Finding>
            name="partnerId"
            label={t('finding.partner')}
            options={partners}
            placeholder={t('common:notChosen')}
          />
        </SimpleGrid>
        <TextField<Finding>
          name="evidence"
          label={t('finding.evidence')}
          description={t('finding.evidenceHint')}
          multiline
          rows={2}
        />
        <CheckboxGroupField<Finding> name="themes" legend={t('finding.euThemes')} options={options.euThemes} />
        <CheckboxGroupField<Finding>
          name="themes"
          id="library"
          legend={t('finding.libraryThemes')}
          options={options.libraryThemes}
        />
        <CheckboxGroupField<Finding>
          name="targetGroups"
          legend={t('finding.targetGroups')}
          options={options.targetGroups}
        />
      </Stack>
    </FormProvider>
  );
}
