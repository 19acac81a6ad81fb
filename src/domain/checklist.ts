import type { ItemKind, Strategy } from './strategy';
import { everyStepProgress } from './completeness';
import type { StepProgress } from './completeness';
import { STEP_OF_KIND } from './fields';
import type { Gap } from './gaps';
import { CONTENT_STEPS } from './steps';
import type { ContentStep, StepId } from './steps';
import type { Problem, ProblemCode } from './traceability';

// Everything a strategy still lacks, each with where it is fixed: the review page lists it
// all (check answers), a step page its own.

/**
 * A link into a step: `item` opens an item, `field` puts the focus in one of its fields (or the
 * section's), `new` adds an item of that kind with the link fields given (`needIds=…`).
 */
export type FixLink = { step: StepId; params: Record<string, string> };

const inItem = (step: StepId, itemId: string, field: string): FixLink => ({ step, params: { item: itemId, field } });

export function gapLink(gap: Gap): FixLink {
  switch (gap.type) {
    case 'field':
      return { step: gap.step, params: { field: gap.field.key } };
    case 'fewItems':
      return { step: gap.step, params: { new: gap.kind } };
    case 'itemFields':
      return inItem(gap.step, gap.itemId, gap.fields[0]?.key ?? '');
  }
}

/** Each break of the thread is mended where the missing link is made, not where it is noticed. */
const PROBLEM_FIX: Record<ProblemCode, (p: Problem) => FixLink> = {
  needUnaddressed: (p) => ({ step: 'recommendations', params: { new: 'recommendation', needIds: p.itemId } }),
  recommendationAddressesNothing: (p) => inItem(p.step, p.itemId, 'needIds'),
  recommendationWithoutAction: (p) => ({ step: 'plan', params: { new: 'action', recommendationId: p.itemId } }),
  actionWithoutRecommendation: (p) => inItem(p.step, p.itemId, 'recommendationId'),
  actionWithoutLead: (p) => inItem(p.step, p.itemId, 'leadPartnerId'),
  actionWithoutIndicator: (p) => inItem(p.step, p.itemId, 'indicators'),
};

export const problemLink = (p: Problem): FixLink => PROBLEM_FIX[p.code](p);

/** The item a problem is about, for someone who may read but not add. */
export const problemItemLink = (p: Problem): FixLink => ({
  step: STEP_OF_KIND[problemKind(p.code)],
  params: { item: p.itemId },
});

const problemKind = (code: ProblemCode): ItemKind =>
  code === 'needUnaddressed' ? 'need' : code.startsWith('recommendation') ? 'recommendation' : 'action';

/** Whether following the link adds an item (which only someone who may edit can do). */
export const addsItem = (link: FixLink) => 'new' in link.params;

// ---------- the whole list ----------

export type ToDo = { type: 'gap'; gap: Gap } | { type: 'problem'; problem: Problem };
export type StepToDos = { step: ContentStep; todos: ToDo[] };

/** A step's breaks of the thread first (they stop the strategy holding together), then its gaps. */
export const todosOf = (progress: Pick<StepProgress, 'problems' | 'gaps'>): ToDo[] => [
  ...progress.problems.map((problem) => ({ type: 'problem' as const, problem })),
  ...progress.gaps.map((gap) => ({ type: 'gap' as const, gap })),
];

/** Every step with something to do, in the order of the steps. */
export function checklist(strategy: Strategy, all = everyStepProgress(strategy)): StepToDos[] {
  return CONTENT_STEPS.map((step) => ({ step, todos: todosOf(all.get(step) as StepProgress) })).filter(
    (s) => s.todos.length > 0,
  );
}

export const todoLink = (todo: ToDo): FixLink => (todo.type === 'gap' ? gapLink(todo.gap) : problemLink(todo.problem));
