import { CONTENT_STEPS, findProblems, stepProgress } from '@/domain';
import type { StepId, StepProgress, Strategy } from '@/domain';

// Completeness and traceability of one strategy, computed once however many parts of the
// screen show them (the step navigation, the step's own status line).
const cache = new WeakMap<Strategy, Map<StepId, StepProgress>>();

export function progressOf(strategy: Strategy, step: StepId): StepProgress {
  let all = cache.get(strategy);
  if (!all) {
    const problems = findProblems(strategy);
    all = new Map<StepId, StepProgress>();
    for (const s of CONTENT_STEPS) all.set(s, stepProgress(strategy, s, problems));
    all.set('review', stepProgress(strategy, 'review', problems));
    cache.set(strategy, all);
  }
  return all.get(step) as StepProgress;
}
