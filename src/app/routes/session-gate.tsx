import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { Loading } from '@/components/layout/loading';
import { IdleWarning } from '@/components/layout/idle-warning';
import { currentUser, SESSION_ENDED_EVENT, signedOutHere, useSession } from '@/lib/session';

/**
 * Every screen but sign-in and joining needs a signed-in person. Offline, the last person
 * signed in on this browser goes on (their edits wait on the device); a session that has
 * ended sends the person to sign in, and brings them back to where they were.
 */
export function Component() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  const early = useMatch('/w/:workspaceId/:step') !== null;

  // A save refused with 401: the session ended while the page was open.
  useEffect(() => {
    const ended = () => void session.refetch();
    window.addEventListener(SESSION_ENDED_EVENT, ended);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, ended);
  }, [session]);

  // A step page shows its heading and guidance meanwhile (the workspace shell waits for the person).
  if (session.isPending) return early ? <Outlet /> : <Loading label={t('loading')} />;
  if (session.data === null) {
    // Signed out on this page: the sign-in page is on its way, without a way back here.
    if (signedOutHere()) return <Navigate to="/sign-in?reason=signed-out" replace />;
    return <Navigate to={`/sign-in?next=${next}${currentUser() ? '&reason=expired' : ''}`} replace />;
  }
  // No answer (offline): go on as the last person, if there was one.
  if (session.isError && !currentUser()) return <Navigate to={`/sign-in?next=${next}`} replace />;
  return (
    <>
      {session.data && (
        <IdleWarning session={session.data} onEnded={() => navigate(`/sign-in?next=${next}&reason=expired`)} />
      )}
      <Outlet />
    </>
  );
}
