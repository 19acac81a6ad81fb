import { NativeSelect } from '@mantine/core';
import type { FieldValues, Path } from 'react-hook-form';
import { useFormContext } from 'react-hook-form';
import { useFieldId } from './field-id';
import { useFieldError } from './use-field-error';

type Option = { value: string; label: string };

/** A native select: uncontrolled, keyboard- and screen-reader-friendly on every device. */
export function SelectField<T extends FieldValues>({
  name,
  label,
  description,
  options,
  placeholder,
}: {
  name: Path<T>;
  label: string;
  description?: string;
  options: Option[];
  /** Label of the empty choice ("not chosen"); without it, one of the options is always chosen. */
  placeholder?: string;
}) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  const id = useFieldId(name);
  return (
    <NativeSelect
      id={id}
      label={label}
      description={description}
      error={error}
      data={placeholder === undefined ? options : [{ value: '', label: placeholder }, ...options]}
      {...register(name)}
    />
  );
}
