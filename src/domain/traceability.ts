import type { StepId } from './steps';
import type { Strategy } from './strategy';

// Where the thread need → recommendation → action → indicator breaks.
// Returns message keys (`review:problems.<code>`); the UI translates them and links to `step`.

export type ProblemCode =
  | 'needUnaddressed'
  | 'recommendationAddressesNothing'
  | 'recommendationWithoutAction'
  | 'actionWithoutRecommendation'
  | 'actionWithoutIndicator'
  | 'actionWithoutLead';

export type Problem = {
  code: ProblemCode;
  step: StepId;
  itemId: string;
  /** The item's title, for the message ("“Language cafés” has no indicator"). */
  title: string;
  position: number;
};

export function findProblems(strategy: Strategy): Problem[] {
  const { need, recommendation, action, partner } = strategy.items;
  const problems: Problem[] = [];
  const recIds = new Set(recommendation.map((r) => r.id));
  const partnerIds = new Set(partner.map((p) => p.id));
  const addressed = new Set(recommendation.flatMap((r) => r.data.needIds));
  const withAction = new Set(action.map((a) => a.data.recommendationId).filter((id) => recIds.has(id)));

  for (const n of need) {
    if (n.data.priority === 'high' && !addressed.has(n.id)) {
      problems.push({
        code: 'needUnaddressed',
        step: 'needs',
        itemId: n.id,
        title: n.data.title,
        position: n.position,
      });
    }
  }
  for (const r of recommendation) {
    const base = { step: 'recommendations' as const, itemId: r.id, title: r.data.title, position: r.position };
    if (r.data.needIds.length === 0 && r.data.challengeIds.length === 0) {
      problems.push({ code: 'recommendationAddressesNothing', ...base });
    }
    if (!withAction.has(r.id)) problems.push({ code: 'recommendationWithoutAction', ...base });
  }
  for (const a of action) {
    const base = { step: 'plan' as const, itemId: a.id, title: a.data.title, position: a.position };
    if (!recIds.has(a.data.recommendationId)) problems.push({ code: 'actionWithoutRecommendation', ...base });
    if (!partnerIds.has(a.data.leadPartnerId)) problems.push({ code: 'actionWithoutLead', ...base });
    if (a.data.indicators.length === 0) problems.push({ code: 'actionWithoutIndicator', ...base });
  }
  return problems;
}

/** Ids in `ids` that still exist among `items`: links to deleted items are ignored everywhere. */
export function liveRefs(ids: readonly string[], items: readonly { id: string }[]): string[] {
  const existing = new Set(items.map((i) => i.id));
  return ids.filter((id) => existing.has(id));
}
