import type { ContentStep, StepId } from './steps';
import { CONTENT_STEPS } from './steps';
import { fieldsOf, hasContent, STEP_CONTENT } from './fields';
import type { FieldSpec } from './fields';
import type { Strategy } from './strategy';
import { findProblems } from './traceability';
import type { Problem } from './traceability';

// How far each step is. Completeness is a status, never a gate: every draft saves.
// `missing` holds message keys of `wizard:missing.<key>`, with an optional count.

export type StepStatus = 'notStarted' | 'inProgress' | 'complete' | 'attention';
/** `key` names `wizard:missing.<key>`; `field` (`owner.key`) names the field for the generic messages. */
export type Missing = { key: string; count?: number; field?: string };
export type StepProgress = { step: StepId; status: StepStatus; missing: Missing[]; problems: Problem[] };

type Check = { started: boolean; missing: Missing[] };

/** The message a missing field is reported with: its own, or the field's label (`missing.field`). */
const missingKey = (owner: string, spec: FieldSpec) =>
  typeof spec.required === 'string' ? spec.required : `field:${owner}.${spec.key}`;

function toMissing(key: string, count?: number): Missing {
  const generic = key.startsWith('field:');
  const base = generic ? { key: count === undefined ? 'field' : 'fieldOfItems', field: key.slice(6) } : { key };
  return count === undefined ? base : { ...base, count };
}

/**
 * What a step still lacks, derived from the field descriptions (fields.ts): every
 * required field that is empty, every list shorter than its minimum, and per list the
 * number of items lacking a required field. A step is started once anything is written.
 */
function check(strategy: Strategy, step: ContentStep): Check {
  const content = STEP_CONTENT[step];
  const missing: Missing[] = [];
  let started = false;
  for (const key of content.sections) {
    const data = strategy.sections[key].data as Record<string, unknown>;
    const lacking = new Set<string>();
    for (const spec of fieldsOf(key)) {
      const has = hasContent(spec, data);
      started ||= has;
      if (spec.required && !has) lacking.add(missingKey(key, spec));
    }
    lacking.forEach((k) => missing.push(toMissing(k)));
  }
  for (const list of content.lists) {
    const items = strategy.items[list.kind];
    started ||= items.length > 0;
    if (items.length < list.min) missing.push({ key: list.missing });
    const counts = new Map<string, number>();
    const required = fieldsOf(list.kind).filter((spec) => spec.required);
    for (const spec of required) counts.set(missingKey(list.kind, spec), 0);
    for (const item of items) {
      const data = item.data as Record<string, unknown>;
      const lacking = new Set(
        required.filter((spec) => !hasContent(spec, data)).map((spec) => missingKey(list.kind, spec)),
      );
      lacking.forEach((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
    }
    counts.forEach((count, k) => count > 0 && missing.push(toMissing(k, count)));
  }
  return { started, missing };
}

export function stepProgress(strategy: Strategy, step: StepId, problems = findProblems(strategy)): StepProgress {
  if (step === 'review')
    return reviewProgress(
      CONTENT_STEPS.map((s) => stepProgress(strategy, s, problems)),
      problems,
    );
  const own = problems.filter((p) => p.step === step);
  const { started, missing } = check(strategy, step);
  const status: StepStatus = !started
    ? 'notStarted'
    : own.length > 0
      ? 'attention'
      : missing.length === 0
        ? 'complete'
        : 'inProgress';
  return { step, status, missing, problems: own };
}

/** The review step sums up the others: it needs attention while any thread is broken. */
function reviewProgress(all: StepProgress[], problems: Problem[]): StepProgress {
  const status: StepStatus = all.every((p) => p.status === 'notStarted')
    ? 'notStarted'
    : problems.length > 0
      ? 'attention'
      : all.every((p) => p.status === 'complete')
        ? 'complete'
        : 'inProgress';
  return { step: 'review', status, missing: [], problems };
}

/** Every step's progress, the content steps checked once (the review step is derived from them). */
export function everyStepProgress(strategy: Strategy): Map<StepId, StepProgress> {
  const problems = findProblems(strategy);
  const all = CONTENT_STEPS.map((s) => stepProgress(strategy, s, problems));
  return new Map<StepId, StepProgress>([
    ...all.map((p) => [p.step, p] as const),
    ['review', reviewProgress(all, problems)],
  ]);
}

export function strategyProgress(strategy: Strategy): StepProgress[] {
  const problems = findProblems(strategy);
  return CONTENT_STEPS.map((s) => stepProgress(strategy, s, problems));
}

/** Share of content steps complete, 0–100, for lists and the coordinator's overview. */
export function completionPercent(strategy: Strategy, all: StepProgress[] = strategyProgress(strategy)): number {
  return Math.round((all.filter((p) => p.status === 'complete').length / all.length) * 100);
}
