import { Alert, Button, Code, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encode } from 'uqr';
import type { RecoveryCodes, SessionInfo, TwoStepSetup } from '@/domain';
import { ApiError } from '@/lib/api-client';
import { signedIn } from '@/lib/session';
import { enableTwoStep, startTwoStepSetup, verifyCode } from '../api/people-api';

/** A QR code drawn as SVG squares: no image from elsewhere, no script. */
function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { border: 2 });
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={200}
      height={200}
      shapeRendering="crispEdges"
      style={{ background: '#fff' }}
    >
      {data.flatMap((row, y) =>
        row.map((dark, x) => (dark ? <rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} fill="#000" /> : null)),
      )}
    </svg>
  );
}

/** The 6-digit code field, with its error at the field. */
function CodeField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation('auth');
  return (
    <TextInput
      label={t('twoStep.code')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autoComplete="one-time-code"
      inputMode="numeric"
      error={error}
      maw={240}
      data-autofocus
    />
  );
}

/** The second step of signing in: the code from the app (or a recovery code). */
export function SecondStep({ email, onDone }: { email: string; onDone: (session: SessionInfo) => void }) {
  const { t } = useTranslation('auth');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onDone(await verifyCode(code));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? t('twoStep.wrong') : t('signIn.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="second-step-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="second-step-title">
          {t('twoStep.codeTitle')}
        </Title>
        <Text>{t('twoStep.codeIntro', { email })}</Text>
        <CodeField value={code} onChange={setCode} error={error} />
        <div>
          <Button type="submit" loading={busy}>
            {t('twoStep.verify')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/**
 * Setting up the app: scan (or type the key), prove it with a code, then keep the recovery
 * codes, shown once. `required`: at the sign-in of an administrator or coordinator.
 */
export function TwoStepSetupPanel({ required, onDone }: { required: boolean; onDone: (session: SessionInfo) => void }) {
  const { t } = useTranslation('auth');
  const [setup, setSetup] = useState<TwoStepSetup | null>(null);
  const [failed, setFailed] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [codes, setCodes] = useState<RecoveryCodes | null>(null);

  useEffect(() => {
    startTwoStepSetup().then(setSetup, () => setFailed(true));
  }, []);

  if (codes) {
    return (
      <Stack gap="md" role="status">
        <Title order={2} size="h3">
          {t('twoStep.recoveryTitle')}
        </Title>
        <Text>{t('twoStep.recoveryIntro')}</Text>
        <List data-testid="recovery-codes" spacing={4}>
          {codes.recoveryCodes.map((c) => (
            <List.Item key={c}>
              <Code fz="md">{c}</Code>
            </List.Item>
          ))}
        </List>
        <div>
          <Button
            onClick={() => {
              signedIn(codes.session);
              onDone(codes.session);
            }}
          >
            {t('twoStep.recoverySaved')}
          </Button>
        </div>
      </Stack>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      setCodes(await enableTwoStep(code));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? t('twoStep.wrong') : t('signIn.failed'));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="setup-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="setup-title">
          {t('twoStep.setupTitle')}
        </Title>
        {required && <Text>{t('twoStep.setupRequired')}</Text>}
        <Text>{t('twoStep.setupIntro')}</Text>
        {failed && (
          <Alert color="red.9" variant="outline" role="alert">
            {t('signIn.failed')}
          </Alert>
        )}
        {setup && (
          <Group align="flex-start" gap="lg" wrap="wrap">
            <QrCode text={setup.uri} label={t('twoStep.qr')} />
            <div>
              <Text fw={600} id="two-step-key">
                {t('twoStep.key')}
              </Text>
              <Code fz="md" aria-labelledby="two-step-key" data-testid="two-step-key">
                {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
              </Code>
            </div>
          </Group>
        )}
        <CodeField value={code} onChange={setCode} error={error} />
        <div>
          <Button type="submit" disabled={!setup}>
            {t('twoStep.enable')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
