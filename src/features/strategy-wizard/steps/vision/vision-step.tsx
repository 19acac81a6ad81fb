import { Button, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { FormProvider, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LIMITS, periodInOrder, VisionSection } from '@/domain';
import { TextField } from '@/components/form/text-field';
import { useFieldError } from '@/components/form/use-field-error';
import { useRecordForm } from '../../hooks/use-record-form';

// Objectives are a list of strings; the form holds them as { text } rows for useFieldArray.
type Form = Omit<VisionSection, 'objectives'> & { objectives: { text: string }[] };
const toForm = (v: VisionSection): Form => ({ ...v, objectives: v.objectives.map((text) => ({ text })) });
const toData = (f: Form): VisionSection => ({ ...f, objectives: (f.objectives ?? []).map((o) => o?.text ?? '') });
const formSchema = z
  .object({
    ...VisionSection.shape,
    objectives: z.array(z.object({ text: VisionSection.shape.objectives.element })).max(LIMITS.objectives),
  })
  .refine(periodInOrder, { path: ['periodEnd'], message: 'errors.periodEndBeforeStart' });

export default function VisionStep() {
  const { t } = useTranslation('wizard');
  const { form, formRef } = useRecordForm<Form, VisionSection>({
    target: { type: 'section', key: 'vision' },
    schema: formSchema,
    toForm,
    toRecord: toData,
  });
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="md"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('steps.vision.title')}
      >
        <TextField<Form>
          name="vision"
          label={t('vision.vision')}
          description={t('vision.visionHint')}
          multiline
          rows={3}
        />
        <Objectives />
        <TextField<Form>
          name="summary"
          label={t('vision.summary')}
          description={t('vision.summaryHint')}
          multiline
          rows={6}
        />
        <Title order={2} size="h3">
          {t('vision.adoption')}
        </Title>
        <TextField<Form>
          name="councilDecision"
          label={t('vision.councilDecision')}
          description={t('vision.councilDecisionHint')}
        />
        <TextField<Form> name="adoptionDate" label={t('vision.adoptionDate')} type="date" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField<Form>
            name="periodStart"
            label={t('vision.periodStart')}
            description={t('vision.yearHint')}
            inputMode="numeric"
          />
          <TextField<Form>
            name="periodEnd"
            label={t('vision.periodEnd')}
            description={t('vision.yearHint')}
            inputMode="numeric"
          />
        </SimpleGrid>
      </Stack>
    </FormProvider>
  );
}

function Objectives() {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<Form>();
  const { fields, append, remove } = useFieldArray({ control, name: 'objectives' });
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: 4 }}>{t('vision.objectives')}</legend>
      <Stack gap="xs">
        {fields.map((f, i) => (
          <Group key={f.id} align="flex-end" gap="xs" wrap="nowrap">
            <ObjectiveInput index={i} />
            <Button
              variant="outline"
              color="red.9"
              size="sm"
              onClick={() => remove(i)}
              aria-label={t('vision.removeObjective', { n: i + 1 })}
            >
              {t('list.delete')}
            </Button>
          </Group>
        ))}
      </Stack>
      <Button
        mt="xs"
        variant="light"
        onClick={() => append({ text: '' }, { shouldFocus: true })}
        disabled={fields.length >= LIMITS.objectives}
      >
        {t('vision.addObjective')}
      </Button>
    </fieldset>
  );
}

function ObjectiveInput({ index }: { index: number }) {
  const { t } = useTranslation('wizard');
  const { register } = useFormContext<Form>();
  const error = useFieldError<Form>(`objectives.${index}.text`);
  return (
    <TextInput
      style={{ flex: 1 }}
      label={t('vision.objectiveN', { n: index + 1 })}
      error={error}
      {...register(`objectives.${index}.text`)}
    />
  );
}
