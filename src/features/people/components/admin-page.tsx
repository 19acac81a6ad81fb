import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Card, Container, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateAccountBody, SYSTEM_ROLES } from '@/domain';
import type { AccountSummary, ResetLink, WorkspaceSummary } from '@/domain';
import { ErrorSummary } from '@/components/form/error-summary';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { ApiError } from '@/lib/api-client';
import { currentUser } from '@/lib/session';
import {
  makeResetLink,
  resetLinkUrl,
  useAccounts,
  useAllWorkspaces,
  useAssignLead,
  useCreateAccount,
  useUpdateAccount,
} from '../api/people-api';
import { AuditTable } from './audit-table';
import { CopyLink } from '@/components/layout/copy-link';

/** What an administrator does: accounts, links to set a password, workspaces without a lead, the activity log. */
export function AdminPage() {
  const { t } = useTranslation(['auth', 'common']);
  if (currentUser()?.systemRole !== 'admin') {
    return (
      <>
        <PageHeading>{t('common:notFound.title')}</PageHeading>
        <Text>{t('common:notFound.text')}</Text>
      </>
    );
  }
  return (
    <Container size="lg" px={0}>
      <PageHeading>{t('admin.title')}</PageHeading>
      <Text mb="lg">{t('admin.intro')}</Text>
      <Accounts />
      <Workspaces />
      <section aria-labelledby="audit-heading">
        <Title order={2} id="audit-heading" mt="xl" mb="xs">
          {t('admin.auditTitle')}
        </Title>
        <AuditTable workspaceId={null} />
      </section>
    </Container>
  );
}

function Accounts() {
  const { t } = useTranslation(['auth', 'common']);
  const accounts = useAccounts();
  const update = useUpdateAccount();
  const [link, setLink] = useState<ResetLink | null>(null);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const me = currentUser()?.id;

  const toggle = (a: AccountSummary) =>
    update.mutate(
      { id: a.id, disabled: !a.disabled },
      {
        onSuccess: () =>
          setNotice({ text: t(a.disabled ? 'admin.enabledDone' : 'admin.disabledDone', { name: a.name }) }),
        onError: () => setNotice({ text: t('admin.failed'), error: true }),
      },
    );
  const reset = (a: AccountSummary) =>
    makeResetLink(a.id).then(setLink, () => setNotice({ text: t('admin.failed'), error: true }));

  return (
    <section aria-labelledby="accounts-heading">
      <Title order={2} id="accounts-heading" mb="xs">
        {t('admin.accountsTitle')}
      </Title>
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color={notice.error ? 'red.9' : 'green.9'} variant="outline" mb="md">
            {notice.text}
          </Alert>
        )}
      </div>
      {link && (
        <Card withBorder mb="md">
          <CopyLink
            label={t('admin.createdLink', { email: link.email })}
            hint={t('admin.linkHint')}
            url={resetLinkUrl(link.token)}
            testId="reset-link"
          />
        </Card>
      )}
      {accounts.isPending && <Loading label={t('common:loading')} />}
      {accounts.data && (
        <Table.ScrollContainer minWidth={720} mb="lg">
          <Table striped withTableBorder>
            <Table.Caption>{t('admin.accountsTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.email')}</Table.Th>
                <Table.Th scope="col">{t('admin.systemRole')}</Table.Th>
                <Table.Th scope="col">{t('admin.state')}</Table.Th>
                <Table.Th scope="col">{t('members.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={600}>
                    {a.name}{' '}
                    {a.demo && (
                      <Text span size="xs" c="orange.9" fw={600} display="block">
                        {t('account.demoBadge')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{a.email}</Table.Td>
                  <Table.Td>{t(`admin.systemRoles.${a.systemRole}`)}</Table.Td>
                  <Table.Td>
                    {a.disabled ? t('admin.disabled') : a.hasPassword ? t('admin.active') : t('admin.noPassword')}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <Button variant="default" size="compact-sm" onClick={() => void reset(a)}>
                        {t('admin.resetLink', { name: a.name })}
                      </Button>
                      {a.id !== me && (
                        <Button variant="outline" color="red.9" size="compact-sm" onClick={() => toggle(a)}>
                          {t(a.disabled ? 'admin.enable' : 'admin.disable', { name: a.name })}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateAccount onCreated={setLink} />
    </section>
  );
}

function CreateAccount({ onCreated }: { onCreated: (link: ResetLink) => void }) {
  const { t } = useTranslation('auth');
  const create = useCreateAccount();
  const [failed, setFailed] = useState(false);
  const form = useForm<CreateAccountBody>({
    resolver: zodResolver(CreateAccountBody),
    defaultValues: { name: '', email: '', systemRole: 'user' },
  });
  const labels: Record<string, string> = {
    name: t('admin.name'),
    email: t('admin.email'),
    systemRole: t('admin.systemRole'),
  };
  const submit = form.handleSubmit(async (values) => {
    setFailed(false);
    try {
      onCreated(await create.mutateAsync(values));
      form.reset();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        form.setError('email', { type: 'server', message: 'auth:admin.exists' });
      } else setFailed(true);
    }
  });
  return (
    <Card withBorder component="section" aria-labelledby="create-account-heading">
      <Title order={3} id="create-account-heading" mb="xs">
        {t('admin.createTitle')}
      </Title>
      <Text mb="sm">{t('admin.createIntro')}</Text>
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate aria-labelledby="create-account-heading">
          <Stack gap="sm">
            <ErrorSummary
              errors={form.formState.errors}
              labels={(name) => labels[name] ?? name}
              focusKey={form.formState.submitCount}
            />
            <TextField<CreateAccountBody> name="name" label={t('admin.name')} autoComplete="off" />
            <TextField<CreateAccountBody> name="email" type="email" label={t('admin.email')} autoComplete="off" />
            <SelectField<CreateAccountBody>
              name="systemRole"
              label={t('admin.systemRole')}
              options={SYSTEM_ROLES.map((r) => ({ value: r, label: t(`admin.systemRoles.${r}`) }))}
            />
            {failed && (
              <Alert color="red.9" variant="outline" role="alert">
                {t('admin.failed')}
              </Alert>
            )}
            <div>
              <Button type="submit" loading={create.isPending}>
                {t('admin.create')}
              </Button>
            </div>
          </Stack>
        </form>
      </FormProvider>
    </Card>
  );
}

function Workspaces() {
  const { t } = useTranslation(['auth', 'common']);
  const workspaces = useAllWorkspaces();
  return (
    <section aria-labelledby="workspaces-heading">
      <Title order={2} id="workspaces-heading" mt="xl" mb="xs">
        {t('admin.workspacesTitle')}
      </Title>
      <Text mb="md">{t('admin.workspacesIntro')}</Text>
      {workspaces.isPending && <Loading label={t('common:loading')} />}
      <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
        {workspaces.data?.map((w) => (
          <WorkspaceRow key={w.id} workspace={w} />
        ))}
      </Stack>
    </section>
  );
}

function WorkspaceRow({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation('auth');
  const assign = useAssignLead();
  const [email, setEmail] = useState('');
  const [result, setResult] = useState<{ text: string; error?: boolean } | null>(null);
  const send = () =>
    assign.mutate(
      { workspaceId: workspace.id, email: email.trim() },
      {
        onSuccess: () => {
          setResult({ text: t('admin.assigned', { email, name: workspace.name }) });
          setEmail('');
        },
        onError: (error) =>
          setResult({
            text: error instanceof ApiError && error.status === 404 ? t('admin.noAccount') : t('admin.failed'),
            error: true,
          }),
      },
    );
  return (
    <Card withBorder component="li" padding="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Text component={Link} to={`/w/${workspace.id}`} fw={700} c="blue.9" td="underline">
            {workspace.name}
          </Text>
          <Text size="sm">
            <Badge color={workspace.hasLead ? 'green.9' : 'orange.9'} variant="outline" size="sm">
              {workspace.hasLead ? t('admin.hasLead') : t('admin.noLead')}
            </Badge>
          </Text>
        </div>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            type="email"
            label={t('admin.leadEmail', { name: workspace.name })}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            size="sm"
          />
          <Button size="sm" onClick={send} loading={assign.isPending} disabled={!email.trim()}>
            {t('admin.assign')}
          </Button>
        </Group>
      </Group>
      <div role="status" aria-live="polite">
        {result && (
          <Text c={result.error ? 'red.9' : 'green.9'} mt="xs">
            {result.text}
          </Text>
        )}
      </div>
    </Card>
  );
}
