import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Container, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SetPasswordBody } from '@/domain';
import { ErrorSummary } from '@/components/form/error-summary';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { setPasswordWith, useResetPreview } from '../api/people-api';
import { NewPasswordField, passwordRefusal, withNewPassword } from './new-password';

type Values = { password: string };

const NewPassword = withNewPassword(SetPasswordBody);

/** The one-time link an administrator made: its person sets a password and is signed in. */
export function ResetPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation(['auth', 'common']);
  const preview = useResetPreview(token);
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(NewPassword), defaultValues: { password: '' } });

  if (preview.isPending) return <Loading label={t('common:loading')} />;
  if (preview.isError) {
    const code = preview.error instanceof ApiError ? preview.error.code : '';
    return (
      <Container size="sm" px={0}>
        <PageHeading>{t('reset.title')}</PageHeading>
        <Alert color="red.9" variant="outline" role="alert">
          {t(code === 'link_used' ? 'reset.used' : code === 'link_expired' ? 'reset.expired' : 'reset.invalid')}
        </Alert>
      </Container>
    );
  }

  const submit = form.handleSubmit(async ({ password }) => {
    setFailed(null);
    try {
      await setPasswordWith(token, password);
      navigate('/', { replace: true });
    } catch (error) {
      const refusal = passwordRefusal(error);
      if (refusal) {
        form.setError('password', { type: 'server', message: refusal });
      } else {
        setFailed(t('signIn.failed'));
      }
    }
  });

  return (
    <Container size="sm" px={0}>
      <PageHeading>{t('reset.title')}</PageHeading>
      <Text mb="md">
        {t('reset.intro', { email: preview.data.email, date: formatDateTime(preview.data.expiresAt, i18n.language) })}
      </Text>
      <Card withBorder>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate aria-label={t('reset.title')}>
            <Stack gap="md">
              <ErrorSummary
                errors={form.formState.errors}
                labels={() => t('reset.password')}
                focusKey={form.formState.submitCount}
              />
              {/* For password managers: the account the new password belongs to. */}
              <input type="hidden" name="username" autoComplete="username" value={preview.data.email} readOnly />
              <NewPasswordField<Values> name="password" label={t('reset.password')} />
              {failed && (
                <Alert color="red.9" variant="outline" role="alert">
                  {failed}
                </Alert>
              )}
              <div>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {t('reset.submit')}
                </Button>
              </div>
            </Stack>
          </form>
        </FormProvider>
      </Card>
    </Container>
  );
}
