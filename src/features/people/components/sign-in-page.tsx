import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Container, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DEMO_PASSWORD, SignInBody } from '@/domain';
import type { DemoAccount, SignInStep } from '@/domain';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextField } from '@/components/form/text-field';
import { PageHeading } from '@/components/layout/page-heading';
import { ApiError } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import { signInWith, useSetupInfo } from '../api/people-api';
import { SecondStep, TwoStepSetupPanel } from './two-step';

type Values = { email: string; password: string };

/** Where to go after signing in: only a path inside this app, never another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

/** E-mail and password; on a demo installation, the demo accounts to try every role. */
export function SignInPage() {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const setup = useSetupInfo();
  const [problem, setProblem] = useState<string | null>(null);
  const [step, setStep] = useState<SignInStep | null>(null);
  const done = () => navigate(safeNext(params.get('next')), { replace: true });
  const form = useForm<Values>({ resolver: zodResolver(SignInBody), defaultValues: { email: '', password: '' } });
  const reason = params.get('reason');

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const result = await signInWith(values);
      if ('stage' in result) setStep(result);
      else navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        form.setError('password', { type: 'server', message: 'auth:signIn.wrong' });
        form.setFocus('password');
      } else if (error instanceof ApiError && error.status === 429) {
        const retryAt = (error.current as { retryAt?: string } | undefined)?.retryAt;
        setProblem(t('signIn.tooMany', { time: retryAt ? formatTime(Date.parse(retryAt), i18n.language) : '' }));
      } else {
        setProblem(t('signIn.failed'));
      }
    }
  });

  const signInAsDemo = (account: DemoAccount) => {
    form.setValue('email', account.email);
    form.setValue('password', DEMO_PASSWORD);
    void submit();
  };

  return (
    <Container size="sm" px={0}>
      <PageHeading>{t('signIn.title')}</PageHeading>
      {reason === 'expired' && (
        <Alert color="orange.9" variant="outline" role="status" mb="md">
          {t('signIn.sessionEnded')}
        </Alert>
      )}
      {reason === 'signed-out' && (
        <Alert color="green.9" variant="outline" role="status" mb="md">
          {t('signIn.signedOut')}
        </Alert>
      )}
      {setup.data?.needsAdmin && (
        <Alert color="blue.9" variant="outline" mb="md">
          {t('signIn.needsAdmin')}
        </Alert>
      )}
      <Text mb="md">{t('signIn.intro')}</Text>
      {step && (
        <Card withBorder component="section" mb="xl">
          {step.stage === 'second-factor' ? (
            <SecondStep email={step.email} onDone={done} />
          ) : (
            <TwoStepSetupPanel required onDone={done} />
          )}
        </Card>
      )}
      <Card withBorder component="section" mb="xl" hidden={step !== null}>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate aria-label={t('signIn.title')}>
            <Stack gap="md">
              <ErrorSummary
                errors={form.formState.errors}
                labels={(name) => (name === 'email' ? t('signIn.email') : t('signIn.password'))}
                focusKey={form.formState.submitCount}
              />
              {problem && (
                <Alert color="red.9" variant="outline" role="alert">
                  {problem}
                </Alert>
              )}
              <TextField<Values>
                name="email"
                type="email"
                inputMode="email"
                autoComplete="username"
                label={t('signIn.email')}
              />
              <TextField<Values>
                name="password"
                type="password"
                autoComplete="current-password"
                label={t('signIn.password')}
              />
              <div>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {t('signIn.submit')}
                </Button>
              </div>
              <Text size="sm" c="gray.8">
                {t('signIn.forgotten')}
              </Text>
            </Stack>
          </form>
        </FormProvider>
      </Card>
      {setup.data && setup.data.demoAccounts.length > 0 && (
        <Card withBorder component="section" aria-labelledby="demo-heading">
          <Title order={2} id="demo-heading" size="h3" mb="xs">
            {t('demo.title')}
          </Title>
          <Text mb="sm">{t('demo.intro', { password: DEMO_PASSWORD })}</Text>
          <List listStyleType="none" spacing="sm" p={0}>
            {setup.data.demoAccounts.map((account) => (
              <List.Item key={account.email}>
                <Button
                  variant="light"
                  size="compact-md"
                  onClick={() => signInAsDemo(account)}
                  disabled={form.formState.isSubmitting}
                >
                  {t('demo.use', { email: account.email })}
                </Button>
                <Text size="sm" c="gray.8">
                  {t(`demo.roles.${account.role}`)}
                </Text>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </Container>
  );
}
