import { useFormContext } from 'react-hook-form';

// Several forms are often open on one page (two needs being edited, the create form and
// the rename dialog): each form's fields get their own id prefix, so every label, hint
// and error belongs to the right input. The prefix is kept per react-hook-form `control`.
const prefixes = new WeakMap<object, string>();
let next = 0;

export function fieldIdFor(control: object, name: string): string {
  let prefix = prefixes.get(control);
  if (!prefix) {
    prefix = `f${(next++).toString(36)}`;
    prefixes.set(control, prefix);
  }
  return `${prefix}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** The id of field `name` in the surrounding form. */
export function useFieldId(name: string): string {
  const { control } = useFormContext();
  return fieldIdFor(control, name);
}
