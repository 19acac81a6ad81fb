import { Anchor, Button, Group, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentUser, sendUnsentEdits, signOut, useSession } from '@/lib/session';

const UnsentEditsDialog = lazy(() => import('./unsent-edits-dialog').then((m) => ({ default: m.UnsentEditsDialog })));

/**
 * Who is signed in, with their account page and "Sign out". Signing out first sends what
 * waits; if the server cannot be reached, the person chooses what becomes of it.
 */
export function AccountBar() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [unsent, setUnsent] = useState(0);
  const user = session.data?.user ?? currentUser();
  if (!user) return null;

  const finish = async () => {
    // To the sign-in page first: the screens behind the gate must not see the person leave.
    await navigate('/sign-in?reason=signed-out', { replace: true });
    await signOut().catch(() => undefined);
  };
  const start = async () => {
    setBusy(true);
    const left = await sendUnsentEdits();
    setBusy(false);
    if (left > 0) setUnsent(left);
    else await finish();
  };

  return (
    // Wraps on a narrow screen rather than cutting "Sign out" (Latvian "Izrakstīties") at its edge.
    <Group gap="xs" wrap="wrap">
      {user.systemRole !== 'user' && (
        <Anchor component={Link} to="/programmes" size="sm">
          {t('account.programmes')}
        </Anchor>
      )}
      {user.systemRole === 'admin' && (
        <Anchor component={Link} to="/admin" size="sm">
          {t('account.admin')}
        </Anchor>
      )}
      <Anchor component={Link} to="/account" size="sm">
        {user.name}
        <VisuallyHidden>, {t('account.label')}</VisuallyHidden>
      </Anchor>
      <Button variant="default" size="compact-sm" onClick={() => void start()} loading={busy}>
        {t('account.signOut')}
      </Button>
      {unsent > 0 && (
        <Suspense fallback={null}>
          <UnsentEditsDialog count={unsent} onClose={() => setUnsent(0)} onSignOut={finish} />
        </Suspense>
      )}
    </Group>
  );
}
