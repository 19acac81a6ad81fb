import { Textarea, TextInput } from '@mantine/core';
import type { FieldValues, Path, RegisterOptions } from 'react-hook-form';
import { useFormContext } from 'react-hook-form';
import { useFieldId } from './field-id';
import { useFieldError } from './use-field-error';

// The accessible form fields. Every input is uncontrolled (register) and gets its label,
// description and error from here; Mantine wires aria-invalid and aria-describedby.

type Props<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  description?: string;
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
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
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
  return (
    <TextInput
      {...common}
      type={type === 'number' ? 'text' : type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      {...register(name, options)}
    />
  );
}

/** Numbers typed as text: empty is "not known" (null); anything else must parse. */
export const numberOptions = {
  setValueAs: (v: unknown) =>
    v === '' || v === null || v === undefined
      ? null
      : typeof v === 'number'
        ? v
        : Number(String(v).replace(/\s/g, '').replace(',', '.')),
};
