import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Action, CURRENCIES } from '@/domain';
import type { StoredItem } from '@/domain';
import { CheckboxGroupField } from '@/components/form/checkbox-group-field';
import { TextField } from '@/components/form/text-field';
import { SelectField } from '@/components/form/select-field';
import { asArray } from '../../hooks/use-autosave-form';
import { useRecordForm } from '../../hooks/use-record-form';
import { useItemOptions } from '../../hooks/use-step-data';
import { IndicatorsField } from './indicators-field';

/** One action of the implementation plan: what, who, when, with what, and how success is measured. */
export function ActionEditor({ item, autoFocus }: { item: StoredItem<'action'>; autoFocus: boolean }) {
  const { t } = useTranslation(['wizard', 'common']);
  const { form, formRef } = useRecordForm<Action, Action>({
    target: { type: 'item', kind: 'action', id: item.id },
    schema: Action,
    toRecord: (v) => ({ ...v, supportingPartnerIds: asArray(v.supportingPartnerIds), indicators: v.indicators ?? [] }),
  });
  const partners = useItemOptions('partner', (n) => t('partnership.untitledPartner', { n }), 'name');
  const recommendations = useItemOptions('recommendation', (n) => t('recommendation.untitled', { n }));
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('action.formLabel')}
      >
        <TextField<Action> name="title" label={t('action.title')} autoFocus={autoFocus} />
        <TextField<Action> name="description" label={t('action.description')} multiline rows={2} />
        <SelectField<Action>
          name="recommendationId"
          label={t('action.recommendation')}
          options={recommendations}
          placeholder={t('common:notChosen')}
        />
        <SelectField<Action>
          name="leadPartnerId"
          label={t('action.lead')}
          description={t('action.leadHint')}
          options={partners}
          placeholder={t('common:notChosen')}
        />
        <CheckboxGroupField<Action>
          name="supportingPartnerIds"
          legend={t('action.supporting')}
          options={partners}
          emptyText={t('action.noPartners')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {/* The month fields write their own hint, in the UI language's format. */}
          <TextField<Action> name="startMonth" label={t('action.start')} type="month" />
          <TextField<Action> name="endMonth" label={t('action.end')} type="month" />
        </SimpleGrid>
        <TextField<Action> name="resources" label={t('action.resources')} multiline rows={2} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField<Action> name="budget" label={t('action.budget')} type="number" inputMode="decimal" />
          <SelectField<Action>
            name="currency"
            label={t('action.currency')}
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            placeholder="—"
          />
          <TextField<Action> name="fundingSource" label={t('action.funding')} />
        </SimpleGrid>
        <IndicatorsField />
        <TextField<Action>
          name="risks"
          label={t('action.risks')}
          description={t('action.risksHint')}
          multiline
          rows={2}
        />
      </Stack>
    </FormProvider>
  );
}
