import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A link shown once to copy and send (there is no mail server): selected on focus, copied by a button. */
export function CopyLink({ label, hint, url, testId }: { label: string; hint: string; url: string; testId?: string }) {
  const { t } = useTranslation('auth');
  const [copied, setCopied] = useState(false);
  return (
    <div role="status">
      <TextInput
        mt="md"
        label={label}
        description={hint}
        value={url}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        data-testid={testId}
      />
      <Group mt="xs" gap="sm">
        <Button variant="light" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
          {t('invite.copy')}
        </Button>
        {copied && <Text c="green.9">{t('invite.copied')}</Text>}
      </Group>
    </div>
  );
}
