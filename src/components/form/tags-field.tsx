import { TagsInput } from '@mantine/core';
import type { FieldValues, Path } from 'react-hook-form';
import { Controller, useFormContext } from 'react-hook-form';
import { useFieldId } from './field-id';
import { useFieldError } from './use-field-error';

/** A list of short free texts (countries, languages). Controlled inside itself only. */
export function TagsField<T extends FieldValues>({
  name,
  label,
  description,
  max,
}: {
  name: Path<T>;
  label: string;
  description?: string;
  max?: number;
}) {
  const { control } = useFormContext<T>();
  const error = useFieldError<T>(name);
  const id = useFieldId(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TagsInput
          id={id}
          label={label}
          description={description}
          error={error}
          value={(field.value as string[] | undefined) ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
          maxTags={max}
          clearable
          splitChars={[',', ';']}
          acceptValueOnBlur
        />
      )}
    />
  );
}
