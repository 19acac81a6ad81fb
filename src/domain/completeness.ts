import type { ContentStep, StepId } from './steps';
import { CONTENT_STEPS } from './steps';
import { gapsOf, messageOf } from './gaps';
import type { Gap } from './gaps';
import { fieldsOf, STEP_CONTENT } from './fields';
import type { Strategy } from './strategy';
import { findProblems } from './traceability';
import type { Problem } from './traceability';

// How far each step is. Completeness is a status, never a gate: every draft saves.
// `missing` holds message keys of `wizard:missing.<key>`, with an optional count.

export type StepStatus = 'notStarted' | 'inProgress' | 'complete' | 'attention';
/** `key` names `wizard:missing.<key>`; `field` (`owner.key`) names the field for the generic messages. */
export type Missing = { key: string; count?: number; field?: string };
/** `gaps`: what `missing` sums up, field by field and item by item (gaps.ts). */
export type StepProgress = { step: StepId; status: StepStatus; missing: Missing[]; problems: Problem[]; gaps: Gap[] };

type Check = { started: boolean; missing: Missing[]; gaps: Gap[] };

function toMissing(key: string, count?: number): Missing {
  const generic = key.startsWith('field:');
  const base = generic ? { key: count === undefined ? 'field' : 'fieldOfItems', field: key.slice(6) } : { key };
  return count === undefined ? base : { ...base, count };
}

/**
 * What a step still lacks, in words (checklist.ts finds it): each empty required field of a
 * section once, each list shorter than its minimum, and per list the number of items lacking
 * each required field (two fields reported with one message count an item once).
 */
function check(strategy: Strategy, step: ContentStep): Check {
  const { started, gaps } = gapsOf(strategy, step);
  const fields = new Set(gaps.flatMap((g) => (g.type === 'field' ? [g.field.message] : [])));
  const missing: Missing[] = [...fields].map((message) => toMissing(message));
  for (const { kind } of STEP_CONTENT[step].lists) {
    const ofKind = gaps.filter((g) => g.type !== 'field' && g.kind === kind);
    for (const g of ofKind) if (g.type === 'fewItems') missing.push({ key: g.message });
    // In the order of the form's fields, the number of items lacking each.
    const messages = new Set(fieldsOf(kind).flatMap((spec) => (spec.required ? [messageOf(kind, spec)] : [])));
    for (const message of messages) {
      const count = ofKind.filter((g) => g.type === 'itemFields' && g.fields.some((f) => f.message === message)).length;
      if (count > 0) missing.push(toMissing(message, count));
    }
  }
  return { started, missing, gaps };
}

export function stepProgress(strategy: Strategy, step: StepId, problems = findProblems(strategy)): StepProgress {
  if (step === 'review')
    return reviewProgress(
      CONTENT_STEPS.map((s) => stepProgress(strategy, s, problems)),
      problems,
    );
  const own = problems.filter((p) => p.step === step);
  const { started, missing, gaps } = check(strategy, step);
  const status: StepStatus = !started
    ? 'notStarted'
    : own.length > 0
      ? 'attention'
      : missing.length === 0
        ? 'complete'
        : 'inProgress';
  return { step, status, missing, problems: own, gaps };
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
  return { step: 'review', status, missing: [], problems, gaps: [] };
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
