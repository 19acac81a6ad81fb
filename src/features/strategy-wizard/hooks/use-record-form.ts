import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FieldValues, Path, PathValue } from 'react-hook-form';
import type { z } from 'zod';
import { changedFields, ITEM_SCHEMAS, normalizeRecord, SECTION_SCHEMAS, sameValue } from '@/domain';
import type { Fields, ItemKind, Operation, SectionKey, Strategy } from '@/domain';
import type { SyncEngine } from '../sync/engine';
import { isValid } from '../sync/operation-rules';
import { useAutosaveForm } from './use-autosave-form';
import { WorkspaceContext } from './use-strategy';
import type { WorkspaceStore } from './workspace-store';

// The form of one record (an item or a section) while others may be editing it too.
//
// The form remembers, per field, the server's value behind what it shows (`base`). Each
// change is queued with it, so the server merges field by field (src/domain/merge.ts): a
// partner's change to another field is never overwritten by what this form still shows.
// The form takes a partner's saved change into a field at once, unless the person is in
// that field or has typed in it and not yet saved: then both texts are kept, and the
// person chooses (a conflict, src/features/strategy-wizard/components/conflicts.tsx).

export type RecordTarget = { type: 'item'; kind: ItemKind; id: string } | { type: 'section'; key: SectionKey };

function serverRecord(store: WorkspaceStore, target: RecordTarget): Fields | undefined {
  const s = store.getServer();
  if (!s) return undefined;
  if (target.type === 'section') return s.sections[target.key].data as Fields;
  return (s.items[target.kind] as { id: string; data: unknown }[]).find((i) => i.id === target.id)?.data as
    Fields | undefined;
}

function liveRecord(strategy: Strategy | undefined, target: RecordTarget): Fields | undefined {
  if (!strategy) return undefined;
  if (target.type === 'section') return strategy.sections[target.key].data as Fields;
  return (strategy.items[target.kind] as { id: string; data: unknown }[]).find((i) => i.id === target.id)?.data as
    Fields | undefined;
}

/** The record's own rules (not the form's): what the server stores, field by field. */
const rulesOf = (target: RecordTarget) =>
  (target.type === 'section' ? SECTION_SCHEMAS[target.key] : ITEM_SCHEMAS[target.kind]) as unknown as Parameters<
    typeof normalizeRecord
  >[0];

const editOf = (target: RecordTarget, data: Fields, base: Fields): Operation =>
  target.type === 'section'
    ? ({ type: 'putSection', key: target.key, data, base } as Operation)
    : ({ type: 'updateItem', kind: target.kind, id: target.id, data, base } as Operation);

/**
 * What the form starts from: the record as the person sees it (the server's copy with their
 * unsent edits), and for each field the server value it is based on — the queued edit's base
 * for a field it changes, else the server's copy (or, for an item not on the server yet, itself).
 */
function opening(engine: SyncEngine, store: WorkspaceStore, target: RecordTarget) {
  const shown = liveRecord(store.getSnapshot(), target) ?? {};
  const server = serverRecord(store, target) ?? shown;
  const pending = engine.pendingFor(editOf(target, {}, {}));
  const base: Record<string, unknown> = { ...server };
  if (pending && 'base' in pending && pending.base) {
    for (const field of changedFields(pending.data as Fields, pending.base)) base[field] = pending.base[field];
  }
  return { shown, base };
}

export function useRecordForm<F extends FieldValues, R extends Fields>(options: {
  target: RecordTarget;
  schema: z.ZodType;
  /** The form's values from a record (objectives as rows, say); the record itself by default. */
  toForm?: (record: R) => F;
  /** The record from the form's values (checkbox groups as lists, say). */
  toRecord: (values: F) => R;
}) {
  const context = useContext(WorkspaceContext);
  if (!context) throw new Error('useRecordForm must be used inside a workspace route');
  const { engine, store } = context;
  const { target, toRecord } = options;
  const toForm = options.toForm ?? ((r: R) => r as unknown as F);
  const [start] = useState(() => opening(engine, store, target));
  const base = useRef<Record<string, unknown>>(start.base);
  const quiet = useRef(false);
  // Typed as Mantine's Stack is: the element is the <form> it renders.
  const formRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ target, toRecord, toForm });
  latest.current = { target, toRecord, toForm };

  const save = useCallback(
    (values: F) => {
      if (quiet.current) return;
      const { target: t, toRecord: record } = latest.current;
      engine.push(editOf(t, normalizeRecord(rulesOf(t), record(values)), { ...base.current }));
    },
    [engine],
  );
  const form = useAutosaveForm<F>(options.schema, toForm(start.shown as R), save);

  /** Puts a value into a field without it counting as the person's typing. */
  const show = useCallback(
    (field: string, value: unknown) => {
      const { toForm: formOf, toRecord: record } = latest.current;
      const current = record(form.getValues());
      const formValue = (formOf({ ...current, [field]: value } as R) as Record<string, unknown>)[field];
      quiet.current = true;
      try {
        form.setValue(field as Path<F>, formValue as PathValue<F, Path<F>>, { shouldValidate: true });
      } finally {
        quiet.current = false;
      }
    },
    [form],
  );

  /** Takes the server's saved changes into the fields the person is not working in. */
  const reconcile = useCallback(() => {
    const { target: t, toRecord: record } = latest.current;
    const server = serverRecord(store, t);
    if (!server) return;
    const values = normalizeRecord(rulesOf(t), record(form.getValues()));
    const waiting = engine.pendingFor(editOf(t, {}, {}));
    const conflicts = (waiting && 'conflicts' in waiting && waiting.conflicts) || {};
    const focused = focusedField(formRef.current);
    for (const field of Object.keys(server)) {
      if (sameValue(server[field], base.current[field])) continue;
      if (sameValue(values[field], server[field])) {
        base.current[field] = server[field];
        continue;
      }
      const typedHere = !sameValue(values[field], base.current[field]);
      if (typedHere || conflicts[field] || focused === field) continue;
      base.current[field] = server[field];
      show(field, server[field]);
    }
  }, [engine, store, form, show]);

  useEffect(() => {
    const unwatch = engine.watchRecord(editOf(target, {}, {}), {
      acked: (stored) => {
        Object.assign(base.current, stored);
        // Typed on while the save was on its way (or back to what it was): that goes too.
        save(form.getValues());
      },
      resolved: (field, value, theirs) => {
        base.current[field] = theirs;
        show(field, value);
        save(form.getValues());
      },
      restore: (field, value) => {
        show(field, value);
        save(form.getValues());
      },
    });
    const unsubscribe = target.type === 'item' ? store.subscribeItem(target.id, reconcile) : store.subscribe(reconcile);
    const element = formRef.current;
    // Presence says which record's form has focus (components/presence.tsx).
    if (element) element.dataset.record = target.type === 'item' ? target.id : `section:${target.key}`;
    // Leaving a field takes in what a partner saved meanwhile, now that it is not in the way.
    const onBlur = () => queueMicrotask(reconcile);
    element?.addEventListener('focusout', onBlur);
    reconcile();
    return () => {
      unwatch();
      unsubscribe();
      element?.removeEventListener('focusout', onBlur);
    };
    // The target is fixed for the form's life (a form shows one record).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, store, form, reconcile, save, show]);

  // An edit kept on this device because a field is not valid: the form shows why as soon as it
  // opens again, and a link to the field (`?field=`, from the save status) puts the focus in it.
  const [params] = useSearchParams();
  const linkedField = params.get('field');
  const linkedHere = target.type === 'item' ? params.get('item') === target.id : !params.get('item');
  useEffect(() => {
    const pending = engine.pendingFor(editOf(target, {}, {}));
    const waiting = pending !== undefined && !isValid(pending);
    const focus = () => {
      if (!linkedField || !linkedHere) return;
      form.setFocus(linkedField as Path<F>);
      // A field with no input of its own (the indicators, a list with nothing to choose yet)
      // marks the place to go with `data-field`.
      const root = formRef.current;
      if (root && !root.contains(document.activeElement))
        root.querySelector<HTMLElement>(`[data-field="${CSS.escape(linkedField)}"]`)?.focus();
    };
    if (waiting) void form.trigger().then(focus);
    else focus();
    // Once, when the form opens (or is linked to again).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkedField, linkedHere]);

  return { form, formRef };
}

/** The record field whose input has focus in `root` (`indicators.0.name` is the field `indicators`). */
function focusedField(root: HTMLElement | null): string | null {
  const active = document.activeElement as HTMLInputElement | null;
  if (!root || !active || !root.contains(active) || !active.name) return null;
  return active.name.split('.')[0] ?? null;
}
