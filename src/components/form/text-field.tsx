import { Textarea, TextInput } from '@mantine/core';
import type { FieldValues, Path, RegisterOptions } from 'react-hook-form';
import { useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatForField, parseLocaleNumber } from '@/lib/numbers';
import { DateInput } from './date-input';
import { useFieldId } from './field-id';
import { useFieldError } from './use-field-error';

// The accessible form fields. Every input is uncontrolled (register) and gets its label,
// description and error from here; Mantine wires aria-invalid and aria-describedby.

type Props<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  description?: string;
  /** `date` and `month` are text boxes read and shown in the UI language's format, stored as ISO. */
  type?: 'text' | 'email' | 'date' | 'month' | 'number' | 'password';
  /** What a browser or password manager may fill in: `username`, `current-password`, `new-password`, `name`. */
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'text';
  multiline?: boolean;
  rows?: number;
  options?: RegisterOptions<T, Path<T>>;
  required?: boolean;
  autoFocus?: boolean;
};

export function TextField<T extends FieldValues>({
  name,
  label,
  description,
  type = 'text',
  inputMode,
  multiline,
  rows = 3,
  options,
  required,
  autoFocus,
  autoComplete,
}: Props<T>) {
  const { register, getValues } = useFormContext<T>();
  const { i18n } = useTranslation();
  const error = useFieldError<T>(name);
  /** The number field shown back formatted when it appeared (never again while typing). */
  const formatted = useRef<HTMLInputElement | null>(null);
  // In a Mantine dialog the focus trap takes the first tabbable element (the close button) unless
  // a field says `data-autofocus`: a field that asks for focus gets it there too.
  const common = {
    label,
    description,
    error,
    id: useFieldId(name),
    // Marked for the eye (an asterisk) and for assistive technology (required); forms validate themselves.
    required,
    autoFocus,
    ...(autoFocus ? { 'data-autofocus': true } : {}),
  };
  if (multiline) {
    // The box grows with its text through CSS (`field-sizing`), not by measuring it in script
    // on every keystroke; where the browser lacks it, the box has `rows` lines and a scrollbar.
    return (
      <Textarea
        {...common}
        rows={rows}
        styles={{ input: { fieldSizing: 'content', minHeight: `${rows * 1.55 + 0.75}em`, maxHeight: '26em' } }}
        {...register(name, options)}
      />
    );
  }
  if (type === 'number') {
    // Read in the UI language's way ("1.500" is fifteen hundred in Italian), and shown back in it
    // as soon as the person leaves the field, or when the form opens: what is stored is what is seen.
    const lng = i18n.language;
    const shownBack = (input: HTMLInputElement | null) => {
      const value = getValues(name) as unknown;
      if (input && typeof value === 'number' && Number.isFinite(value)) input.value = formatForField(value, lng);
    };
    const field = register(name, {
      ...options,
      // Text that is not a number is kept as typed ("—"): the schema refuses it, so the edit waits
      // on this device with the text the person wrote, across a reload too (NaN would not survive
      // being stored: JSON writes it as null, an empty field).
      setValueAs: (v: unknown) => {
        if (typeof v === 'number' || v === null || v === undefined) return v ?? null;
        const read = parseLocaleNumber(String(v), lng);
        return read !== null && Number.isNaN(read) ? String(v) : read;
      },
    } as RegisterOptions<T, Path<T>>);
    return (
      <TextInput
        {...common}
        type="text"
        inputMode={inputMode ?? 'decimal'}
        autoComplete={autoComplete}
        {...field}
        ref={(input: HTMLInputElement | null) => {
          field.ref(input);
          if (input && formatted.current !== input) {
            formatted.current = input;
            shownBack(input);
          }
        }}
        onBlur={(event) => {
          void field.onBlur(event);
          shownBack(event.target);
        }}
      />
    );
  }
  if (type === 'date' || type === 'month') {
    return (
      <DateInput<T>
        {...common}
        name={name}
        kind={type}
        options={options}
        inputMode={inputMode}
        autoComplete={autoComplete}
      />
    );
  }
  return (
    <TextInput {...common} type={type} inputMode={inputMode} autoComplete={autoComplete} {...register(name, options)} />
  );
}
