import { Checkbox, Fieldset, SimpleGrid, Text } from '@mantine/core';
import type { FieldValues, Path } from 'react-hook-form';
import { useFormContext } from 'react-hook-form';
import { useFieldId } from './field-id';
import { useFieldError } from './use-field-error';

type Option = { value: string; label: string };

/** Several choices as checkboxes in a fieldset: uncontrolled, the value is an array. */
export function CheckboxGroupField<T extends FieldValues>({
  name,
  id: idProp,
  legend,
  description,
  options,
  columns = 2,
  emptyText,
}: {
  name: Path<T>;
  /** When two groups share one field (e.g. two sets of themes), each needs its own id suffix. */
  id?: string;
  legend: string;
  description?: string;
  options: Option[];
  columns?: number;
  /** Shown instead of the boxes when there is nothing to choose from yet. */
  emptyText?: string;
}) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  const fieldId = useFieldId(name);
  const id = idProp ? `${fieldId}-${idProp}` : fieldId;
  return (
    <Fieldset
      legend={legend}
      id={id}
      variant="unstyled"
      aria-describedby={description ? `${id}-description` : undefined}
      // With nothing to choose yet, a link to the field (?field=) lands on the group itself.
      data-field={name}
      tabIndex={options.length === 0 ? -1 : undefined}
    >
      {description && (
        <Text id={`${id}-description`} size="sm" c="gray.8" mb="xs">
          {description}
        </Text>
      )}
      {options.length === 0 && emptyText ? (
        <Text size="sm" c="gray.8">
          {emptyText}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: columns }} spacing="xs" verticalSpacing="xs">
          {options.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} {...register(name)} />
          ))}
        </SimpleGrid>
      )}
      {error && (
        <Text c="red.9" size="sm" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
