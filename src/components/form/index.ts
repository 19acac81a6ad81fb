export { CheckboxGroupField } from './checkbox-group-field';
export { ErrorSummary } from './error-summary';
export { useErrorText } from './field-message';
export { SelectField } from './select-field';
export { TagsField } from './tags-field';
export { fieldId, numberOptions, TextField } from './text-field';
export { useFieldError } from './use-field-error';
