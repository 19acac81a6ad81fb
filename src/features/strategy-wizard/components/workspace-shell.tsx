import { Alert, Anchor, Button } from '@mantine/core';
import { lazy, memo, startTransition, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch, useParams, useSearchParams } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { Loading } from '@/components/layout/loading';
import { ApiError } from '@/lib/api-client';
import { useOpenWorkspace, useSyncState, useWorkflowState, WorkspaceContext } from '../hooks/use-strategy';
import type { SyncEngine } from '../sync/engine';
import { SaveStatus, StuckEdits } from './save-status';
import { StepNav } from './step-nav';
import { Conflicts } from './conflicts';
import { PresenceBar, useReportWhereabouts } from './presence';
import type { LiveConnection } from '../live/live-connection';
import { isEditable, isStepId } from '@/domain';
import { useSession } from '@/lib/session';
import { EarlyStep } from './early-step';
import { Guidance } from './guidance';

// Shown only when there is something to show: their code (a text box to copy from) loads then.
const UnreadableEdits = lazy(() => import('./unreadable-edits').then((m) => ({ default: m.UnreadableEdits })));

const CommentsDrawer = lazy(() => import('../comments/comments-drawer'));

const WorkflowBanner = lazy(() => import('../workflow/workflow-banner').then((m) => ({ default: m.WorkflowBanner })));

/** Loads a workspace once for all its steps and keeps its save engine running. */
export function WorkspaceShell() {
  const { workspaceId = '' } = useParams();
  const { t, i18n } = useTranslation(['wizard', 'common']);
  // The shell draws once per workspace: edits and refetches redraw only what shows them.
  const { context, query } = useOpenWorkspace(workspaceId);
  const session = useSession();
  const step = useMatch('/w/:workspaceId/:step');
  // Load the step namespaces before the first step renders, in the current language.
  useEffect(() => void i18n.loadNamespaces(['taxonomy', 'guidance']), [i18n, i18n.language]);

  // The first paint of a step page is its heading and guidance, from the words alone; the
  // steps, the status and the step's content (rules over the whole strategy) follow in the
  // next render, so a long strategy does not hold back the page's first words.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!drawn && context) startTransition(() => setDrawn(true));
  }, [drawn, context]);

  if (!context || session.isPending || (!drawn && isStepId(step?.params.step))) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    // A strategy at hand (this device's copy, when the server cannot be reached) is no error.
    const failed = query.isError && !context;
    if (!failed && isStepId(step?.params.step)) {
      // A step's heading and guidance show while the person and the strategy load.
      const shown = step.params.step;
      return (
        <EarlyStep
          step={shown}
          guidance={
            <Suspense fallback={null}>
              <Guidance step={shown} />
            </Suspense>
          }
        />
      );
    }
    return (
      <AppLayout>
        {failed ? (
          <Alert
            color="red.9"
            variant="outline"
            role="alert"
            title={notFound ? t('workspace.notFound') : t('workspace.loadFailed')}
          >
            {!notFound && (
              <Button variant="subtle" onClick={() => void query.refetch()} mr="md">
                {t('common:actions.retry')}
              </Button>
            )}
            <Anchor component={Link} to="/">
              {t('common:actions.backToWorkspaces')}
            </Anchor>
          </Alert>
        ) : (
          <Loading label={t('common:loading')} />
        )}
      </AppLayout>
    );
  }
  return (
    <WorkspaceContext.Provider value={context}>
      <AppLayout nav={<StepNav />} status={<LiveSaveStatus engine={context.engine} />}>
        <Whereabouts live={context.live} workspaceId={workspaceId} />
        <PresenceBar />
        <WorkflowStatus engine={context.engine} workspaceId={workspaceId} />
        <LiveEngineAlerts engine={context.engine} />
        <Suspense fallback={<Loading label={t('common:loading')} />}>
          <Outlet />
        </Suspense>
        <CommentsBeside workspaceId={workspaceId} />
      </AppLayout>
    </WorkspaceContext.Provider>
  );
}

/** The status bar follows the engine on its own, so the page under it does not redraw. */
function LiveSaveStatus({ engine }: { engine: SyncEngine }) {
  return <QuietSaveStatus state={useSyncState(engine)} engine={engine} />;
}

/** Each keystroke updates the engine's queue; the status text changes far less often. */
const QuietSaveStatus = memo(
  SaveStatus,
  (a, b) =>
    a.engine === b.engine &&
    a.state.status === b.state.status &&
    a.state.lastSavedAt === b.state.lastSavedAt &&
    a.state.nextRetryAt === b.state.nextRetryAt &&
    a.state.stuck === b.state.stuck &&
    a.state.conflicts.length === b.state.conflicts.length &&
    a.state.ops.length === b.state.ops.length,
);

/** The page this tab is on (`/w/<id>/<page>`), told to the others with what it edits. */
function Whereabouts({ live, workspaceId }: { live: LiveConnection; workspaceId: string }) {
  const { pathname } = useLocation();
  const rest = pathname.split(`/w/${workspaceId}`)[1] ?? '';
  const page = rest.split('/').filter(Boolean)[0] ?? 'overview';
  useReportWhereabouts(live, page);
  return null;
}

/** The comments of `?comments=…` beside any page of the workspace; their code loads when first opened. */
function CommentsBeside({ workspaceId }: { workspaceId: string }) {
  const [params] = useSearchParams();
  const [wanted, setWanted] = useState(false);
  const open = params.has('comments');
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <CommentsDrawer workspaceId={workspaceId} />
    </Suspense>
  );
}

/**
 * Where the strategy stands, on every screen but a draft's; edits that waited while editing
 * was paused go as soon as it is open again (sent back for changes, withdrawn, reopened).
 */
function WorkflowStatus({ engine, workspaceId }: { engine: SyncEngine; workspaceId: string }) {
  const state = useWorkflowState();
  useEffect(() => {
    if (isEditable(state)) engine.resumeEditing();
  }, [engine, state]);
  if (state === 'draft') return null;
  return (
    <Suspense fallback={null}>
      <WorkflowBanner workspaceId={workspaceId} state={state} />
    </Suspense>
  );
}

function LiveEngineAlerts({ engine }: { engine: SyncEngine }) {
  const sync = useSyncState(engine);
  return (
    <>
      <Conflicts conflicts={sync.conflicts} engine={engine} />
      <StuckEdits stuck={sync.stuck} />
      {sync.unreadable.length > 0 && (
        <Suspense fallback={null}>
          <UnreadableEdits edits={sync.unreadable} onDiscard={engine.discardUnreadable} />
        </Suspense>
      )}
    </>
  );
}
