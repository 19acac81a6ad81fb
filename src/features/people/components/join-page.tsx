import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Card, Container, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { SignUpBody } from '@/domain';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextField } from '@/components/form/text-field';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { sessionQueryKey, signOut, useSession } from '@/lib/session';
import { acceptInvitation, signUpWithInvitation, useInvitationPreview } from '../api/people-api';
import { NewPasswordField, passwordRefusal, withNewPassword } from './new-password';

type Values = z.input<typeof SignUpBody>;

const NewAccount = withNewPassword(SignUpBody);

const REFUSED: Record<string, 'join.used' | 'join.expired' | 'join.revoked'> = {
  link_used: 'join.used',
  link_expired: 'join.expired',
  link_revoked: 'join.revoked',
};

/** Where an invitation link lands: join with the account one has, or create one here and join. */
export function JoinPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation(['auth', 'common']);
  const preview = useInvitationPreview(token);
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [failed, setFailed] = useState<string | null>(null);

  if (preview.isPending || session.isPending) return <Loading label={t('common:loading')} />;
  if (preview.isError) {
    const code = preview.error instanceof ApiError ? preview.error.code : '';
    return (
      <Container size="sm" px={0}>
        <PageHeading>{t('join.invalid')}</PageHeading>
        <Alert color="red.9" variant="outline" role="alert">
          {t(REFUSED[code] ?? 'join.invalid')}
        </Alert>
      </Container>
    );
  }
  const invitation = preview.data;
  const role = t(`roles.${invitation.role}`);

  const join = async () => {
    setFailed(null);
    try {
      const { workspaceId } = await acceptInvitation(token);
      await client.invalidateQueries({ queryKey: sessionQueryKey });
      navigate(`/w/${workspaceId}`);
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      setFailed(t(REFUSED[code] ?? 'signIn.failed'));
    }
  };

  return (
    <Container size="sm" px={0}>
      <PageHeading>{t('join.title', { workspace: invitation.workspaceName })}</PageHeading>
      <Text mb="xs">{t('join.text', { name: invitation.invitedBy, workspace: invitation.workspaceName, role })}</Text>
      <Text mb="lg" size="sm" c="gray.8">
        {t('join.expires', { date: formatDate(invitation.expiresAt, i18n.language) })}
      </Text>
      {failed && (
        <Alert color="red.9" variant="outline" role="alert" mb="md">
          {failed}
        </Alert>
      )}
      {session.data ? (
        <Stack gap="sm" align="flex-start">
          <Button onClick={() => void join()}>{t('join.accept', { email: session.data.user.email })}</Button>
          <Button variant="subtle" onClick={() => void signOut()}>
            {t('join.notYou')}
          </Button>
        </Stack>
      ) : (
        <SignUp token={token} />
      )}
    </Container>
  );
}

function SignUp({ token }: { token: string }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(NewAccount),
    defaultValues: { name: '', email: '', password: '' },
  });
  const labels: Record<string, string> = {
    name: t('join.name'),
    email: t('signIn.email'),
    password: t('signIn.password'),
  };
  const submit = form.handleSubmit(async (values) => {
    setFailed(false);
    try {
      const { workspaceId } = await signUpWithInvitation(token, SignUpBody.parse(values));
      navigate(`/w/${workspaceId}`);
    } catch (error) {
      const refusal = passwordRefusal(error);
      if (error instanceof ApiError && error.status === 409) {
        form.setError('email', { type: 'server', message: 'auth:join.exists' });
      } else if (refusal) {
        form.setError('password', { type: 'server', message: refusal });
      } else {
        setFailed(true);
      }
    }
  });
  return (
    <Card withBorder component="section" aria-labelledby="create-account">
      <Title order={2} id="create-account" size="h3" mb="xs">
        {t('join.createTitle')}
      </Title>
      <Text mb="md">
        <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`}>
          {t('join.haveAccount')}
        </Anchor>
      </Text>
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate aria-labelledby="create-account">
          <Stack gap="md">
            <ErrorSummary
              errors={form.formState.errors}
              labels={(name) => labels[name] ?? name}
              focusKey={form.formState.submitCount}
            />
            <TextField<Values>
              name="name"
              label={t('join.name')}
              description={t('join.nameHint')}
              autoComplete="name"
            />
            <TextField<Values>
              name="email"
              type="email"
              inputMode="email"
              autoComplete="username"
              label={t('signIn.email')}
            />
            <NewPasswordField<Values> name="password" label={t('signIn.password')} />
            {failed && (
              <Alert color="red.9" variant="outline" role="alert">
                {t('signIn.failed')}
              </Alert>
            )}
            <div>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('join.create')}
              </Button>
            </div>
          </Stack>
        </form>
      </FormProvider>
    </Card>
  );
}
