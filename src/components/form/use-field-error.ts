import { get, useFormState } from 'react-hook-form';
import type { FieldValues, Path } from 'react-hook-form';
import { useErrorText } from './field-message';

/** The translated error of one field; re-renders only that field when it changes. */
export function useFieldError<T extends FieldValues>(name: Path<T>): string | undefined {
  const { errors } = useFormState<T>({ name });
  const toText = useErrorText();
  const error = get(errors, name) as { message?: string } | undefined;
  return toText(error?.message);
}
