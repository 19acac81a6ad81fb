import { Alert, Anchor, Badge, Button, Group, List, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STEP_OF_KIND, STEP_OF_SECTION } from '@/domain';
import type { ItemKind, Operation } from '@/domain';
import { formatTime } from '@/lib/format';
import type { StuckEdit, SyncEngine, SyncState } from '../sync/engine';
import type { InvalidEdit } from '../sync/status';
import { WorkspaceContext } from '../hooks/use-strategy';

const STUCK_ID = 'stuck-edits';

const COLOR: Record<SyncState['status'], string> = {
  saved: 'green.9',
  pending: 'gray.8',
  saving: 'blue.9',
  offline: 'orange.9',
  retrying: 'orange.9',
  invalid: 'red.9',
  rejected: 'red.9',
  failed: 'orange.9',
  unstored: 'red.9',
  signedOut: 'orange.9',
  paused: 'orange.9',
  conflict: 'red.9',
};

/**
 * What is saved, in words, always true. Screen readers hear only what needs them: a change to
 * a state that holds edits back (offline, refused, signed out, paused…), and "all saved" once
 * that is over — not "Saving…" and "Saved" after every pause in typing.
 */
export function SaveStatus({ state, engine }: { state: SyncState; engine: SyncEngine }) {
  const { t, i18n } = useTranslation('wizard');
  const seconds = useCountdown(state.nextRetryAt);
  const text =
    state.status === 'saved'
      ? state.lastSavedAt
        ? t('save.savedAt', { time: formatTime(state.lastSavedAt, i18n.language) })
        : t('save.saved')
      : state.status === 'retrying' || state.status === 'failed'
        ? t(`save.${state.status}`, { count: seconds })
        : state.status === 'rejected'
          ? t('save.rejected', { count: state.stuck.filter((s) => s.reason === 'refused').length })
          : t(`save.${state.status}`, { count: state.ops.length });
  const announcement = useAnnouncement(state.status, text);
  return (
    <Group gap="xs" wrap="nowrap">
      <VisuallyHidden role="status" aria-live="polite" data-testid="save-announcement">
        {announcement}
      </VisuallyHidden>
      <Badge
        color={COLOR[state.status]}
        variant="outline"
        radius="sm"
        size="md"
        tt="none"
        style={{ maxWidth: 340, height: 'auto', whiteSpace: 'normal' }}
        // Two short lines fit the banner; an ellipsis would hide what the status says.
        styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
      >
        <Text span size="xs" fw={600} data-testid="save-status" data-status={state.status}>
          {text}
        </Text>
      </Badge>
      {state.conflicts.length > 0 && (
        <Anchor
          href="#conflicts"
          size="xs"
          onClick={(e) => {
            e.preventDefault();
            const alert = document.getElementById('conflicts');
            alert?.scrollIntoView({ block: 'start' });
            alert?.focus();
          }}
        >
          {t('save.showConflicts')}
        </Anchor>
      )}
      {state.status === 'invalid' && state.invalid[0] && <InvalidFieldLink edit={state.invalid[0]} />}
      {state.stuck.length > 0 && (
        <Anchor href={`#${STUCK_ID}`} size="xs">
          {t('save.showStuck')}
        </Anchor>
      )}
      {state.nextRetryAt !== null && state.status !== 'saving' && (
        <Button size="compact-xs" variant="subtle" onClick={engine.flushSoon}>
          {t('save.retryNow')}
        </Button>
      )}
    </Group>
  );
}

/**
 * Where an edit waits for a correction: its step, its item opened, the focus in the field
 * (`?item=…&field=…`, taken by the item list and the form), which shows its error there.
 */
function InvalidFieldLink({ edit }: { edit: InvalidEdit }) {
  const { t } = useTranslation('wizard');
  const workspaceId = useContext(WorkspaceContext)?.workspaceId;
  if (!workspaceId) return null;
  const { target, fields } = edit;
  const step = target.type === 'item' ? STEP_OF_KIND[target.kind] : STEP_OF_SECTION[target.key];
  const params = new URLSearchParams(target.type === 'item' ? { item: target.id } : {});
  params.set('field', fields[0] ?? '');
  return (
    <Anchor component={Link} to={`/w/${workspaceId}/${step}?${params}`} size="xs">
      {t('save.showInvalid')}
    </Anchor>
  );
}

/** The everyday states: typing, sending, saved. They show, but are not announced. */
const QUIET: ReadonlySet<SyncState['status']> = new Set(['saved', 'pending', 'saving']);

/**
 * What the live region says: the text of a state that holds edits back, when that state begins
 * (not its countdown), and the saved text when everything went through after one.
 */
function useAnnouncement(status: SyncState['status'], text: string): string {
  const [said, setSaid] = useState<{ status: SyncState['status']; text: string }>({ status: 'saved', text: '' });
  useEffect(() => {
    if (status === said.status) return;
    if (!QUIET.has(status)) setSaid({ status, text });
    else if (status === 'saved' && !QUIET.has(said.status)) setSaid({ status, text });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the text of a state is taken when it begins
  }, [status]);
  return said.text;
}

/**
 * Which edits are held back and why, under the banner where there is room: one refused
 * by the server waits for the person to change it, one failing there is retried alone.
 */
export function StuckEdits({ stuck }: { stuck: readonly StuckEdit[] }) {
  const { t } = useTranslation('wizard');
  if (stuck.length === 0) return null;
  return (
    <Alert
      id={STUCK_ID}
      tabIndex={-1}
      color="red.9"
      variant="outline"
      role="region"
      mb="md"
      // Reached from the banner's link: keep it clear of the fixed banner.
      style={{ scrollMarginTop: 'calc(var(--app-header-height, 57px) + 8px)' }}
      title={t('save.stuckTitle', { count: stuck.length })}
    >
      <List size="sm" spacing={4}>
        {stuck.map((s, i) => (
          <List.Item key={i}>{describeStuck(s, t)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function describeStuck(stuck: StuckEdit, t: TFunction<'wizard'>): string {
  const edit = editLabel(stuck.op, t);
  return stuck.reason === 'refused'
    ? t('save.stuck.refused', { edit, message: stuck.message ?? '' })
    : t('save.stuck.failed', { edit });
}

/** The list an item belongs to, in the words its step uses. */
function listTitle(kind: ItemKind, t: TFunction<'wizard'>): string {
  switch (kind) {
    case 'partner':
      return t('partnership.partners');
    case 'meeting':
      return t('partnership.meetings');
    case 'service':
      return t('diagnosis.services');
    default:
      return t(`${kind}.listTitle`);
  }
}

/** Which edit: the step of a section, or the list and title of an item. */
function editLabel(op: Operation, t: TFunction<'wizard'>): string {
  if (op.type === 'putSection') return t(`steps.${op.key}.title`);
  const list = listTitle(op.kind, t);
  if (op.type === 'reorder') return t('save.edit.order', { list });
  if (op.type === 'deleteItem') return t('save.edit.delete', { list });
  const data = op.data as { title?: unknown; name?: unknown };
  const title = String(data.title ?? data.name ?? '').trim();
  return title ? t('save.edit.item', { list, title }) : list;
}

function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
