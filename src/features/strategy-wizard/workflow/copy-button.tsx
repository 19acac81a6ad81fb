import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text of an earlier version, to paste it back where it belongs; says what happened. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation('workflow');
  const [said, setSaid] = useState<string | null>(null);
  return (
    <>
      <Button
        size="compact-xs"
        variant="default"
        onClick={() =>
          void navigator.clipboard
            .writeText(text)
            .then(() => setSaid(t('compare.copied')))
            .catch(() => setSaid(t('compare.copyFailed')))
        }
      >
        {label ?? t('compare.copy')}
      </Button>
      <span role="status" aria-live="polite" style={{ marginLeft: 8, fontSize: 'var(--mantine-font-size-xs)' }}>
        {said}
      </span>
    </>
  );
}
