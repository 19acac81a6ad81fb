import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './field-message';
import { useFormContext } from 'react-hook-form';
import { fieldIdFor } from './field-id';

type Entry = { name: string; message: string };

function flatten(errors: FieldErrors, prefix = ''): Entry[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || key === 'ref') return [];
    const name = prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown; type?: unknown };
    if (typeof v.message === 'string' && v.type !== undefined) return [{ name, message: v.message }];
    return typeof value === 'object' ? flatten(value as FieldErrors, name) : [];
  });
}

/** GOV.UK-style error summary: lists every error with a link to its field, takes focus when shown. */
export function ErrorSummary<T extends FieldValues>({
  errors,
  labels,
  focusKey,
}: {
  errors: FieldErrors<T>;
  labels: (name: string) => string;
  /** Changes each time the person asks to finish: the summary takes focus again. */
  focusKey: number;
}) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const { control } = useFormContext();
  const fieldId = (name: string) => fieldIdFor(control, name);
  const entries = flatten(errors as FieldErrors);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (entries.length === 0) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red.9" variant="outline" title={t('errors.summaryTitle')} role="alert">
      <List>
        {entries.map((e) => (
          <List.Item key={e.name}>
            <Anchor
              href={`#${fieldId(e.name)}`}
              c="red.9"
              onClick={(event) => {
                event.preventDefault();
                const el = document.getElementById(fieldId(e.name));
                (el?.matches('input,textarea,select')
                  ? el
                  : el?.querySelector<HTMLElement>('input,textarea,select')
                )?.focus();
              }}
            >
              {labels(e.name)}: {toText(e.message)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
