import { Group, Text } from '@mantine/core';
import { useCallback, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS } from '@/domain';
import type { PresenceEntry } from '@/domain/live';
import { WorkspaceContext } from '../hooks/use-strategy';
import type { LiveConnection, LiveState } from '../live/live-connection';

// Who else has the workspace open, where, and what they are editing; and which items
// someone else changed a moment ago. From the live connection (live/live-connection.ts).

function useLive<T>(select: (s: LiveState) => T, equal: (a: T, b: T) => boolean = Object.is): T | null {
  const live = useContext(WorkspaceContext)?.live ?? null;
  const [last] = useState(() => ({ value: undefined as T | undefined, has: false }));
  const get = useCallback(() => {
    if (!live) return null;
    const value = select(live.getState());
    if (last.has && equal(last.value as T, value)) return last.value as T;
    last.value = value;
    last.has = true;
    return value;
  }, [live, select, equal, last]);
  const subscribe = useCallback((l: () => void) => (live ? live.subscribe(l) : () => undefined), [live]);
  return useSyncExternalStore(subscribe, get, get);
}

const others = (s: LiveState) => s.others;
const status = (s: LiveState) => s.status;

/** One line per person (their tabs together), with the pages they are on. */
function byPerson(entries: readonly PresenceEntry[]) {
  const people = new Map<string, { name: string; where: Set<string> }>();
  for (const e of entries) {
    const p = people.get(e.userId) ?? { name: e.name, where: new Set<string>() };
    if (e.step) p.where.add(e.step);
    people.set(e.userId, p);
  }
  return [...people.values()];
}

/** The pages that are steps have their title; the others (overview, export, members) a word of their own. */
const STEP_PAGES: ReadonlySet<string> = new Set(STEPS);

/** "Also here: Anna (Needs), Jānis (Plan)", and whether live updates are paused. */
export function PresenceBar() {
  const { t } = useTranslation('wizard');
  const list = useLive(others);
  const state = useLive(status);
  if (list === null || state === null) return null;
  const people = byPerson(list);
  const whereName = (step: string) =>
    STEP_PAGES.has(step)
      ? t(`steps.${step as 'needs'}.title`)
      : t(`live.where.${step as 'overview'}`, { defaultValue: step });
  return (
    <>
      {/* For tests and support: whether changes arrive live (off, connecting, live, reconnecting). */}
      <span hidden data-testid="live-status" data-status={state} />
      {state === 'reconnecting' && (
        <Text size="sm" c="orange.9" mb="xs" role="status" data-testid="live-paused">
          {t('live.paused')}
        </Text>
      )}
      {people.length > 0 && (
        <Group gap="xs" mb="sm" component="section" aria-label={t('live.regionLabel')} data-testid="presence">
          <Text size="sm" fw={600}>
            {t('live.othersHere')}
          </Text>
          <Text size="sm">
            {people
              .map((p) =>
                p.where.size > 0
                  ? t('live.person', { name: p.name, where: [...p.where].map(whereName).join(', ') })
                  : p.name,
              )
              .join(' · ')}
          </Text>
        </Group>
      )}
    </>
  );
}

const sameNames = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** "Anna is editing this now" or "Changed by Anna just now" on an item's card. */
export function RecordActivity({ record }: { record: string }) {
  const { t, i18n } = useTranslation('wizard');
  const editors = useLive(
    useCallback(
      (s: LiveState) => [...new Set(s.others.filter((p) => p.editing === record).map((p) => p.name))],
      [record],
    ),
    sameNames,
  );
  const change = useLive(useCallback((s: LiveState) => s.recent.get(record) ?? null, [record]));
  const now = useNow(change ? 30_000 : null);
  if (editors && editors.length > 0)
    return (
      <Text size="xs" c="blue.9" fw={600} data-testid="record-editing">
        {t('live.editingItem', { name: editors.join(', ') })}
      </Text>
    );
  if (!change) return null;
  const seconds = Math.round((change.at - now) / 1000);
  if (seconds > -60)
    return (
      <Text size="xs" c="gray.8" data-testid="record-changed">
        {t('live.changedJustNow', { name: change.name })}
      </Text>
    );
  const when = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(
    Math.round(seconds / 60),
    'minute',
  );
  return (
    <Text size="xs" c="gray.8" data-testid="record-changed">
      {t('live.changedAgo', { name: change.name, when })}
    </Text>
  );
}

/** The time now, again every `every` ms while asked for. */
function useNow(every: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (every === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(timer);
  }, [every]);
  return now;
}

/** Tells the others where this tab is and which record's form has focus. */
export function useReportWhereabouts(live: LiveConnection, step: string | null) {
  useEffect(() => {
    const report = () => {
      const active = document.activeElement as HTMLElement | null;
      const record = active?.closest<HTMLElement>('[data-record]')?.dataset.record ?? null;
      live.setWhere(step, record);
    };
    report();
    const onFocusOut = () => setTimeout(report, 0);
    document.addEventListener('focusin', report);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', report);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [live, step]);
}
