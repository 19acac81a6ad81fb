import { Button, Group, Paper, Text, VisuallyHidden } from '@mantine/core';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@/domain';
import { formatTime } from '@/lib/format';
import { fetchSession, keepAlive, warningAt } from '@/lib/session';

/** At most one "I am still here" a few minutes while the person types or clicks. */
const ACTIVITY_PING_MS = 4 * 60 * 1000;

/**
 * Sessions end after 30 minutes without activity. What the person does on the page counts
 * (a keep-alive now and then while they type or click); two minutes before the end a
 * warning says when, and lets them stay signed in. If it ends anyway, `onEnded`.
 */
export function IdleWarning({ session, onEnded }: { session: SessionInfo; onEnded: () => void }) {
  const [warning, setWarning] = useState(false);
  const [stayed, setStayed] = useState(false);
  const lastPing = useRef(Date.now());
  const ends = Math.min(Date.parse(session.idleExpiresAt), Date.parse(session.expiresAt));
  // The gate passes a new `onEnded` with each render (each navigation): the timers must not
  // start again for it, or a warning on screen is taken down, shown again and takes focus.
  const ended = useRef(onEnded);
  useEffect(() => {
    ended.current = onEnded;
  });

  useEffect(() => {
    setWarning(false);
    const warn = setTimeout(() => setWarning(true), Math.max(0, warningAt(session) - Date.now()));
    const end = setTimeout(
      () => {
        // The server decides: activity elsewhere (another tab) may have kept it alive.
        fetchSession().then(
          (now) => (now ? undefined : ended.current()),
          () => undefined,
        );
      },
      Math.max(0, ends - Date.now() + 1000),
    );
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [session, ends]);

  useEffect(() => {
    const active = () => {
      if (Date.now() - lastPing.current < ACTIVITY_PING_MS) return;
      lastPing.current = Date.now();
      keepAlive().catch(() => undefined);
    };
    window.addEventListener('keydown', active, { passive: true });
    window.addEventListener('pointerdown', active, { passive: true });
    return () => {
      window.removeEventListener('keydown', active);
      window.removeEventListener('pointerdown', active);
    };
  }, []);

  const stay = () => {
    lastPing.current = Date.now();
    keepAlive().then(
      () => {
        setWarning(false);
        setStayed(true);
      },
      () => undefined,
    );
  };

  // The words load only when needed: most sessions never see this warning.
  if (!warning && !stayed) return null;
  return (
    <Suspense fallback={null}>
      <IdleAlert warning={warning} ends={ends} onStay={stay} />
    </Suspense>
  );
}

function IdleAlert({ warning, ends, onStay }: { warning: boolean; ends: number; onStay: () => void }) {
  const { t, i18n } = useTranslation('auth');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (warning) button.current?.focus();
  }, [warning]);
  if (!warning) {
    return <VisuallyHidden role="status">{t('idle.stayed')}</VisuallyHidden>;
  }
  return (
    // Not Mantine's Alert: it replaces aria-labelledby/-describedby with its own ids, and the
    // dialog would then be described by its whole body, button included.
    <Paper
      withBorder
      role="alertdialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      p="md"
      m="md"
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 300,
        borderColor: 'var(--mantine-color-orange-9)',
        borderWidth: 2,
      }}
    >
      <Text id="idle-title" fw={700} c="orange.9" mb="xs">
        {t('idle.title')}
      </Text>
      <Group justify="space-between" gap="sm">
        <Text id="idle-text">{t('idle.text', { time: formatTime(ends, i18n.language) })}</Text>
        <Button ref={button} onClick={onStay}>
          {t('idle.stay')}
        </Button>
      </Group>
    </Paper>
  );
}
