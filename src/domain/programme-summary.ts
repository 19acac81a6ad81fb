import { z } from 'zod';
import { AcrossTowns, acrossTowns } from './across-towns';
import { Dashboard, budgetOf } from './programmes';
import type { Programme } from './programmes';
import type { Strategy } from './strategy';
import { CURRENCIES, PRIORITIES } from './taxonomy';
import { stateOf, WORKFLOW_STATES } from './workflow';
import { completionPercent } from './completeness';

// The programme summary document: a chapter per town (where it stands, its key needs, its
// recommendations, its actions and budget) and the across-towns tables. The server gathers it
// in one answer; the browser writes the DOCX in the coordinator's chosen language.
//
//   GET /api/programmes/:id/summary -> ProgrammeSummary

/** A town's chapter keeps the document readable: the first needs by priority, and counts of the rest. */
export const SUMMARY_NEEDS = 8;
export const SUMMARY_ACTIONS = 25;

const Money = z.object({ currency: z.enum(CURRENCIES), amount: z.number() });

export const TownSummary = z.object({
  workspaceId: z.uuid(),
  name: z.string(),
  state: z.enum(WORKFLOW_STATES),
  percent: z.number().int(),
  needs: z.array(z.object({ title: z.string(), priority: z.union([z.enum(PRIORITIES), z.literal('')]) })),
  needCount: z.number().int(),
  recommendations: z.array(z.string()),
  actions: z.array(
    z.object({
      title: z.string(),
      lead: z.string(),
      startMonth: z.string(),
      endMonth: z.string(),
      budget: z.number().nullable(),
      currency: z.enum(CURRENCIES),
    }),
  ),
  actionCount: z.number().int(),
  budget: z.array(Money),
});
export type TownSummary = z.infer<typeof TownSummary>;

export const ProgrammeSummary = z.object({
  programme: Dashboard.shape.programme,
  generatedAt: z.iso.datetime({ offset: true }),
  towns: z.array(TownSummary),
  across: AcrossTowns,
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummary>;

const RANK = { high: 0, medium: 1, low: 2, '': 3 } as const;

export function townSummary(name: string, strategy: Strategy): TownSummary {
  const { need, recommendation, action, partner } = strategy.items;
  const partners = new Map(partner.map((p) => [p.id, p.data.name]));
  return {
    workspaceId: strategy.workspace.id,
    name,
    state: stateOf(strategy.workspace),
    percent: completionPercent(strategy),
    needs: [...need]
      .sort((a, b) => RANK[a.data.priority] - RANK[b.data.priority] || a.position - b.position)
      .slice(0, SUMMARY_NEEDS)
      .map((n) => ({ title: n.data.title, priority: n.data.priority })),
    needCount: need.length,
    recommendations: recommendation.map((r) => r.data.title),
    actions: action.slice(0, SUMMARY_ACTIONS).map((a) => ({
      title: a.data.title,
      lead: partners.get(a.data.leadPartnerId) ?? '',
      startMonth: a.data.startMonth,
      endMonth: a.data.endMonth,
      budget: a.data.budget,
      currency: a.data.currency,
    })),
    actionCount: action.length,
    budget: budgetOf(strategy),
  };
}

/** The summary of a programme from its towns' strategies, towns in the reader's alphabetical order. */
export function programmeSummary(
  programme: Programme,
  towns: readonly { name: string; strategy: Strategy }[],
  collator: Intl.Collator,
  now: Date,
): ProgrammeSummary {
  const sorted = [...towns].sort((a, b) => collator.compare(a.name, b.name));
  return {
    programme,
    generatedAt: now.toISOString(),
    towns: sorted.map((t) => townSummary(t.name, t.strategy)),
    across: acrossTowns(
      sorted.map((t) => ({ workspaceId: t.strategy.workspace.id, name: t.name, strategy: t.strategy })),
    ),
  };
}
