import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { DefaultValues, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A form that saves as the person types. Fields stay uncontrolled; `subscribe` hands
 * every change to `onChange` without re-rendering the form. Validation runs on each
 * change so errors appear at the field, but an invalid draft is still kept (the save
 * engine holds it on this device until it is valid).
 */
export function useAutosaveForm<T extends FieldValues>(
  schema: z.ZodType,
  defaultValues: T,
  onChange: (values: T) => void,
) {
  const form = useForm<T>({
    resolver: zodResolver(schema as never) as unknown as Resolver<T>,
    defaultValues: defaultValues as DefaultValues<T>,
    mode: 'onChange',
  });
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          // Only changes the person made: not the initial values or a reset.
          if (name !== undefined) latest.current(values);
        },
      }),
    [form],
  );
  return form;
}

/** Checkbox groups with a single box come back from the DOM as a boolean or a string. */
export function asArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value) return [value];
  return [];
}
