import { Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Recommendation } from '@/domain';
import type { StoredItem } from '@/domain';
import { CheckboxGroupField } from '@/components/form/checkbox-group-field';
import { TextField } from '@/components/form/text-field';
import { asArray } from '../../hooks/use-autosave-form';
import { useRecordForm } from '../../hooks/use-record-form';
import { useItemOptions } from '../../hooks/use-step-data';
import { useOptions } from '../shared/options';

/** A recommendation and the thread it ties: the needs and challenges it answers, the strengths it uses. */
export function RecommendationEditor({ item, autoFocus }: { item: StoredItem<'recommendation'>; autoFocus: boolean }) {
  const { t } = useTranslation('wizard');
  const options = useOptions();
  const { form, formRef } = useRecordForm<Recommendation, Recommendation>({
    target: { type: 'item', kind: 'recommendation', id: item.id },
    schema: Recommendation,
    toRecord: (v) =>
      ({
        ...v,
        themes: asArray(v.themes),
        needIds: asArray(v.needIds),
        challengeIds: asArray(v.challengeIds),
        strengthIds: asArray(v.strengthIds),
      }) as Recommendation,
  });
  const untitled = (key: 'need' | 'challenge' | 'strength') => (n: number) => t(`${key}.untitled`, { n });
  const needs = useItemOptions('need', untitled('need'));
  const challenges = useItemOptions('challenge', untitled('challenge'));
  const strengths = useItemOptions('strength', untitled('strength'));
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('recommendation.formLabel')}
      >
        <TextField<Recommendation> name="title" label={t('recommendation.title')} autoFocus={autoFocus} />
        <TextField<Recommendation> name="description" label={t('recommendation.description')} multiline />
        <CheckboxGroupField<Recommendation>
          name="needIds"
          legend={t('recommendation.needs')}
          options={needs}
          columns={1}
          emptyText={t('recommendation.noNeeds')}
        />
        <CheckboxGroupField<Recommendation>
          name="challengeIds"
          legend={t('recommendation.challenges')}
          options={challenges}
          columns={1}
          emptyText={t('recommendation.noChallenges')}
        />
        <CheckboxGroupField<Recommendation>
          name="strengthIds"
          legend={t('recommendation.strengths')}
          options={strengths}
          columns={1}
          emptyText={t('recommendation.noStrengths')}
        />
        <CheckboxGroupField<Recommendation> name="themes" legend={t('finding.euThemes')} options={options.euThemes} />
        <CheckboxGroupField<Recommendation>
          name="themes"
          id="library"
          legend={t('finding.libraryThemes')}
          options={options.libraryThemes}
        />
      </Stack>
    </FormProvider>
  );
}
