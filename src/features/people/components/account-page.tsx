import { Alert, Badge, Button, Card, Container, Group, List, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { forgetSignedOut, useSession } from '@/lib/session';
import { deleteOwnAccount, disableTwoStep, downloadOwnData, signOutEverywhere, useSessions } from '../api/people-api';
import { TwoStepSetupPanel } from './two-step';

/** The person's account: who they are, and every browser where they are signed in. */
export function AccountPage() {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const session = useSession();
  const sessions = useSessions();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const user = session.data?.user;

  const everywhere = async () => {
    setFailed(false);
    try {
      await signOutEverywhere();
      await navigate('/sign-in?reason=signed-out', { replace: true });
      forgetSignedOut();
    } catch {
      setFailed(true);
    }
  };

  return (
    <Container size="md" px={0}>
      <PageHeading>{t('account.title')}</PageHeading>
      {user && (
        <Card withBorder mb="xl" component="section" aria-label={t('account.title')}>
          <Group gap="sm">
            <Text fw={700}>{user.name}</Text>
            {user.demo && (
              <Badge color="orange.9" variant="outline">
                {t('account.demoBadge')}
              </Badge>
            )}
          </Group>
          <Text>{t('account.signedInAs', { email: user.email })}</Text>
        </Card>
      )}
      {user && <TwoStepSection />}
      {user && <PrivacySection />}
      <section aria-labelledby="sessions-heading">
        <Title order={2} id="sessions-heading" mb="xs">
          {t('account.sessionsTitle')}
        </Title>
        <Text mb="md">{t('account.sessionsIntro')}</Text>
        {sessions.isPending && <Loading label={t('common:loading')} />}
        <List listStyleType="none" p={0} spacing="sm" mb="md">
          {sessions.data?.map((s) => (
            <List.Item key={s.id}>
              <Card withBorder padding="sm">
                <Group gap="xs">
                  <Text fw={600}>{s.userAgent ? describeBrowser(s.userAgent) : t('account.unknownBrowser')}</Text>
                  {s.current && (
                    <Badge color="blue.9" variant="outline">
                      {t('account.thisBrowser')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="gray.8">
                  {t('account.started', { time: formatDateTime(s.createdAt, i18n.language) })} ·{' '}
                  {t('account.lastSeen', { time: formatDateTime(s.lastSeenAt, i18n.language) })}
                </Text>
              </Card>
            </List.Item>
          ))}
        </List>
        <Button variant="outline" color="red.9" onClick={() => void everywhere()}>
          {t('account.signOutEverywhere')}
        </Button>
        {failed && (
          <Alert color="red.9" variant="outline" role="alert" mt="md">
            {t('signIn.failed')}
          </Alert>
        )}
      </section>
    </Container>
  );
}

/** "Firefox on Windows" from a user agent, or its first words: enough to recognise a browser. */
function describeBrowser(agent: string): string {
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrome\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : null;
  const system = /Windows/.test(agent)
    ? 'Windows'
    : /Android/.test(agent)
      ? 'Android'
      : /iPhone|iPad/.test(agent)
        ? 'iOS'
        : /Mac OS X/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : null;
  return browser && system ? `${browser} · ${system}` : agent.slice(0, 60);
}

/** Two-step sign-in for one's own account: on, off (where allowed), or set up now. */
function TwoStepSection() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const [setting, setSetting] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const user = session.data?.user;
  if (!user) return null;

  const turnOff = async () => {
    setError(undefined);
    try {
      await disableTwoStep(code);
      setCode('');
      setNotice(t('twoStep.turnedOff'));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? t('twoStep.wrong') : t('signIn.failed'));
    }
  };

  return (
    <Card withBorder mb="xl" component="section" aria-labelledby="two-step-heading">
      <Title order={2} id="two-step-heading" size="h3" mb="xs">
        {t('twoStep.accountTitle')}
      </Title>
      <div role="status">{notice && <Text c="green.9">{notice}</Text>}</div>
      <Text mb="sm">{user.twoStep ? t('twoStep.on') : t('twoStep.off')}</Text>
      {user.twoStepRequired && <Text mb="sm">{t('twoStep.required')}</Text>}
      {user.demo && !user.twoStep && <Text mb="sm">{t('twoStep.demoExempt')}</Text>}
      {!user.twoStep &&
        (setting ? (
          <TwoStepSetupPanel
            required={false}
            onDone={() => {
              setSetting(false);
              setNotice(null);
            }}
          />
        ) : (
          <Group>
            <Button onClick={() => setSetting(true)}>{t('twoStep.start')}</Button>
          </Group>
        ))}
      {user.twoStep && !user.twoStepRequired && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('twoStep.turnOffCode')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="one-time-code"
            inputMode="numeric"
            error={error}
            maw={240}
          />
          <Button variant="outline" color="red.9" onClick={() => void turnOff()} disabled={!code.trim()}>
            {t('twoStep.turnOff')}
          </Button>
        </Group>
      )}
    </Card>
  );
}

/** The person's own data: download it, or delete the account (with the password, and not as a workspace's only lead). */
function PrivacySection() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const remove = async () => {
    setError(undefined);
    try {
      await deleteOwnAccount(password);
      await navigate('/sign-in', { replace: true });
      forgetSignedOut();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setError(t('privacy.wrongPassword'));
      else if (e instanceof ApiError && e.status === 409) setError(t('privacy.soleLead'));
      else setFailed(true);
    }
  };
  return (
    <Card withBorder mb="xl" component="section" aria-labelledby="privacy-heading">
      <Title order={2} id="privacy-heading" size="h3" mb="xs">
        {t('privacy.title')}
      </Title>
      <Text mb="sm">{t('privacy.intro')}</Text>
      <Group mb="lg">
        <Button variant="default" onClick={() => void downloadOwnData().catch(() => setFailed(true))}>
          {t('privacy.download')}
        </Button>
      </Group>
      <Title order={3} size="h4" mb="xs">
        {t('privacy.deleteTitle')}
      </Title>
      <Text mb="sm">{t('privacy.deleteIntro')}</Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="password"
          label={t('privacy.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          error={error}
        />
        <Button variant="outline" color="red.9" disabled={!password} onClick={() => void remove()}>
          {t('privacy.delete')}
        </Button>
      </Group>
      {failed && (
        <Alert color="red.9" variant="outline" role="alert" mt="sm">
          {t('signIn.failed')}
        </Alert>
      )}
    </Card>
  );
}
