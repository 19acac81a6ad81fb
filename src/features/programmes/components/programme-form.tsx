import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, SimpleGrid } from '@mantine/core';
import { FormProvider, useForm, useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '@/domain';
import { ProgrammeForm } from '@/domain/programmes';
import type { Programme } from '@/domain/programmes';
import { ErrorSummary } from '@/components/form/error-summary';
import { useFieldId } from '@/components/form/field-id';
import { languageOptions } from '@/components/form/language-options';
import { TextField } from '@/components/form/text-field';
import { useFieldError } from '@/components/form/use-field-error';
import { ApiError } from '@/lib/api-client';
import { countryName } from '@/lib/format';
import { useSaveProgramme } from '../api/programmes-api';

type Values = z.input<typeof ProgrammeForm>;
type Parsed = z.output<typeof ProgrammeForm>;

const FIELDS = ['name', 'country', 'deadline', 'language', 'coordinators'] as const;

/**
 * An administrator's form for a programme: its name, country, deadline, the document language
 * it expects, and its coordinators by e-mail. A new programme, or `programme` changed.
 */
export function ProgrammeFormCard({ programme, onDone }: { programme?: Programme; onDone: (p: Programme) => void }) {
  const { t } = useTranslation(['programmes', 'common']);
  const save = useSaveProgramme(programme?.id ?? null);
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(ProgrammeForm),
    defaultValues: programme
      ? {
          name: programme.name,
          country: programme.country,
          deadline: programme.deadline,
          language: programme.language,
          coordinators: programme.coordinators.map((c) => c.email).join(', '),
        }
      : { name: '', country: 'LV', deadline: '', language: 'lv', coordinators: '' },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      if (!programme) form.reset();
      onDone(saved);
    } catch (e) {
      // The server knows which accounts exist: its refusal is shown at the field.
      if (e instanceof ApiError && e.field && (FIELDS as readonly string[]).includes(e.field)) {
        const message = e.field === 'coordinators' ? 'errors.unknownAccounts' : 'errors.invalid';
        form.setError(e.field as (typeof FIELDS)[number], { message }, { shouldFocus: true });
      }
    }
  });
  const idPrefix = programme ? `programme-${programme.id}` : 'programme-new';
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={programme ? t('form.editTitle') : t('form.title')} id={idPrefix}>
        <ErrorSummary
          errors={form.formState.errors}
          labels={(name) => t(`form.${name as (typeof FIELDS)[number]}`)}
          focusKey={form.formState.submitCount}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="sm">
          <TextField<Values> name="name" label={t('form.name')} description={t('form.nameHint')} required />
          <CountrySelect />
          <TextField<Values>
            name="deadline"
            type="date"
            label={t('form.deadline')}
            description={t('form.deadlineHint')}
            required
          />
          <LanguageSelect />
        </SimpleGrid>
        <TextField<Values>
          name="coordinators"
          label={t('form.coordinators')}
          description={t('form.coordinatorsHint')}
          autoComplete="off"
          required
        />
        <Group mt="md" gap="sm">
          <Button type="submit" loading={save.isPending}>
            {programme ? t('form.save') : t('form.create')}
          </Button>
        </Group>
        {save.isError && !(save.error instanceof ApiError && save.error.field) && (
          <Alert color="red.9" variant="outline" mt="sm" role="alert">
            {t('form.failed')}
          </Alert>
        )}
      </form>
    </FormProvider>
  );
}

function CountrySelect() {
  const { t, i18n } = useTranslation('programmes');
  const { register } = useFormContext<Values>();
  const id = useFieldId('country');
  const error = useFieldError<Values>('country');
  return (
    <NativeSelect
      id={id}
      label={t('form.country')}
      error={error}
      data={COUNTRIES.map((c) => ({ value: c, label: countryName(c, i18n.language) }))}
      {...register('country')}
    />
  );
}

function LanguageSelect() {
  const { t } = useTranslation('programmes');
  const { register } = useFormContext<Values>();
  const id = useFieldId('language');
  const error = useFieldError<Values>('language');
  return (
    <NativeSelect
      id={id}
      label={t('form.language')}
      description={t('form.languageHint')}
      error={error}
      {...register('language')}
    >
      {languageOptions()}
    </NativeSelect>
  );
}
