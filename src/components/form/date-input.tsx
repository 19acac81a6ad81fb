import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FieldValues, Path, RegisterOptions } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  dateExample,
  formatDateForField,
  formatMonthForField,
  isIsoValue,
  monthExample,
  parseLocaleDate,
  parseLocaleMonth,
} from '@/lib/dates';
import type { DateKind } from '@/lib/dates';

// A date or month field as TextField renders it (type "date" or "month"): a text box read in the
// UI language's order ("14.02.2025" in Latvian, "2025-02-14" in Lithuanian, ISO in any) and stored
// as ISO, like the number field (numbers.ts). Not the browser's date picker: that one writes dates
// the browser's way ("02/14/2025", "September 2025"), whatever the language of the app.

type Props<T extends FieldValues> = Omit<TextInputProps, 'name' | 'type' | 'description' | 'error'> & {
  name: Path<T>;
  kind: DateKind;
  description?: string;
  /** The field's translated error, from TextField. */
  error?: string;
  options?: RegisterOptions<T, Path<T>>;
};

const PARSE = { date: parseLocaleDate, month: parseLocaleMonth };
const FORMAT = { date: formatDateForField, month: formatMonthForField };

export function DateInput<T extends FieldValues>({ name, kind, description, error, options, ...input }: Props<T>) {
  const { register, getValues } = useFormContext<T>();
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  /** The field shown back formatted when it appeared (never again while typing). */
  const formatted = useRef<HTMLInputElement | null>(null);
  /** Between the person's first keystroke and their leaving the field. */
  const [typing, setTyping] = useState(false);

  // What is stored is what is seen: the ISO value in the language's format, when the form opens
  // and as soon as the person leaves the field. Text that could not be read stays as typed.
  const shownBack = (element: HTMLInputElement | null) => {
    const value = getValues(name) as unknown;
    if (element && isIsoValue(value, kind)) element.value = FORMAT[kind](value, lng);
  };
  // Unreadable text is stored as typed: the schema refuses it, so the draft keeps it and the field
  // says what is wrong, as the number field does with NaN.
  const field = register(name, {
    ...options,
    setValueAs: (v: unknown) => (typeof v === 'string' ? (PARSE[kind](v, lng) ?? v) : v),
  } as RegisterOptions<T, Path<T>>);

  const examples = { dateExample: dateExample(lng), monthExample: monthExample(lng) };
  const hint =
    kind === 'date'
      ? t('formatHints.date', { example: examples.dateExample })
      : t('formatHints.month', { example: examples.monthExample });
  return (
    <TextInput
      {...input}
      error={shownError(error, getValues(name), kind, typing, () =>
        t(kind === 'date' ? 'errors.date' : 'errors.month', examples),
      )}
      description={
        description ? (
          // The space keeps the two apart where the description is read as one line (aria-describedby).
          <>
            {description} <br />
            {hint}
          </>
        ) : (
          hint
        )
      }
      type="text"
      autoComplete={input.autoComplete ?? 'off'}
      {...field}
      ref={(element: HTMLInputElement | null) => {
        field.ref(element);
        if (element && formatted.current !== element) {
          formatted.current = element;
          shownBack(element);
        }
      }}
      onChange={(event) => {
        if (!typing) setTyping(true);
        return field.onChange(event);
      }}
      onBlur={(event) => {
        setTyping(false);
        void field.onBlur(event);
        shownBack(event.target);
      }}
    />
  );
}

/**
 * The error the field shows. Text it could not read says how to write a date, whatever the
 * schema's own words ("check this value"). But "14.0" is a date being typed, not a wrong one:
 * that error waits until the person leaves the field instead of flashing at every keystroke.
 */
function shownError(
  error: string | undefined,
  value: unknown,
  kind: DateKind,
  typing: boolean,
  howToWrite: () => string,
): string | undefined {
  const unreadable = error !== undefined && typeof value === 'string' && value !== '' && !isIsoValue(value, kind);
  if (!unreadable) return error;
  return typing ? undefined : howToWrite();
}
