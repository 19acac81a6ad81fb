import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VersionNameBody } from '@/domain';
import { TextField } from '@/components/form/text-field';
import { useNameVersion } from './workflow-api';

/** The lead keeps the strategy as it stands under a name ("Draft for the partnership meeting of 12 May"). */
export function NameVersionForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation(['workflow', 'common']);
  const name = useNameVersion(workspaceId);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const form = useForm<VersionNameBody>({ resolver: zodResolver(VersionNameBody), defaultValues: { name: '' } });
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    try {
      const kept = await name.mutateAsync(values.name);
      form.reset({ name: '' });
      setNotice({ text: t('named', { number: kept.number, name: kept.name }) });
    } catch (e) {
      setNotice({ text: t('failed', { message: e instanceof Error ? e.message : '' }), error: true });
    }
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="name-version-heading">
        <h3 id="name-version-heading" style={{ margin: '0 0 var(--mantine-spacing-xs)' }}>
          {t('nameTitle')}
        </h3>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <div style={{ flex: '1 1 280px' }}>
            <TextField<VersionNameBody>
              name="name"
              label={t('nameLabel')}
              description={t('namePlaceholder')}
              required
            />
          </div>
          <Button type="submit" loading={name.isPending}>
            {t('nameSubmit')}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {notice && (
            <Alert color={notice.error ? 'red.9' : 'green.9'} variant="outline" mt="sm">
              {notice.text}
            </Alert>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
