import { everyStepProgress } from '@/domain';
import type { StepId, StepProgress, Strategy } from '@/domain';

// Completeness and traceability of one strategy, computed once however many parts of the
// screen show them (the step navigation, the step's own status line).
const cache = new WeakMap<Strategy, Map<StepId, StepProgress>>();

export function progressOf(strategy: Strategy, step: StepId): StepProgress {
  let all = cache.get(strategy);
  if (!all) cache.set(strategy, (all = everyStepProgress(strategy)));
  return all.get(step) as StepProgress;
}
