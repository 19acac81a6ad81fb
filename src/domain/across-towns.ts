import { z } from 'zod';
import { budgetTotals, monthsBetween, Purse } from './budget';
import type { Strategy } from './strategy';
import { CURRENCIES, TARGET_GROUPS, THEME_TAGS } from './taxonomy';
import type { TargetGroup, ThemeTag } from './taxonomy';

// The themes across the country: what every town of a programme plans, counted by theme and by
// target group, a town × theme map, the planned budget by theme and by funding source, and the
// planned actions by month. Computed once on the server for all towns; the screen draws charts
// of these numbers and shows each as a table.
//
//   GET /api/programmes/:id/across -> AcrossTowns
//
// Actions take the themes of the recommendation they carry out; recommendations the target
// groups of the needs and challenges they address, and actions those of their recommendation.

const Count = z.number().int().min(0);
const Money = z.object({ currency: z.enum(CURRENCIES), amount: z.number() });

export const AcrossTowns = z.object({
  towns: z.array(z.object({ workspaceId: z.uuid(), name: z.string() })),
  byTheme: z.array(z.object({ theme: z.enum(THEME_TAGS), needs: Count, recommendations: Count, actions: Count })),
  byTargetGroup: z.array(
    z.object({ group: z.enum(TARGET_GROUPS), needs: Count, recommendations: Count, actions: Count }),
  ),
  /** Items (needs, recommendations, actions) per town and theme, in `towns` order; themes any town has. */
  heatMap: z.object({ themes: z.array(z.enum(THEME_TAGS)), counts: z.array(z.array(Count)) }),
  /** An action with several themes shares its budget equally among them, so the sums add up. */
  budgetByTheme: z.array(z.object({ theme: z.union([z.enum(THEME_TAGS), z.literal('none')]), budget: z.array(Money) })),
  /** Funding sources as the towns wrote them, alike when they differ only in case and spaces. */
  budgetByFunding: z.array(z.object({ source: z.string(), budget: z.array(Money) })),
  /** Actions running in each month, first month to last any action has. */
  timeline: z.array(z.object({ month: z.string(), actions: Count })),
});
export type AcrossTowns = z.infer<typeof AcrossTowns>;

type Town = { workspaceId: string; name: string; strategy: Strategy };

export function acrossTowns(towns: readonly Town[]): AcrossTowns {
  const theme = new Map<ThemeTag, { needs: number; recommendations: number; actions: number }>();
  const group = new Map<TargetGroup, { needs: number; recommendations: number; actions: number }>();
  const heat = towns.map(() => new Map<ThemeTag, number>());
  const budgetTheme = new Map<ThemeTag | 'none', Purse>();
  const funding = new Map<string, { source: string; purse: Purse }>();
  const months = new Map<string, number>();
  const bump = <K>(
    map: Map<K, { needs: number; recommendations: number; actions: number }>,
    key: K,
    kind: 'needs' | 'recommendations' | 'actions',
  ) => {
    const row = map.get(key) ?? { needs: 0, recommendations: 0, actions: 0 };
    row[kind] += 1;
    map.set(key, row);
  };

  towns.forEach(({ strategy }, t) => {
    // The town's own sums (the rule of its plan step and document), added across towns.
    const budget = budgetTotals(strategy);
    for (const { key, budget: money } of budget.byTheme) {
      const purse = budgetTheme.get(key) ?? new Purse();
      budgetTheme.set(key, purse);
      purse.addMoney(money);
    }
    for (const { key: source, budget: money } of budget.byFunding) {
      const key = source.toLocaleLowerCase();
      const entry = funding.get(key) ?? { source, purse: new Purse() };
      funding.set(key, entry);
      entry.purse.addMoney(money);
    }
    const { need, challenge, recommendation, action } = strategy.items;
    const heatRow = heat[t] as Map<ThemeTag, number>;
    const hot = (tags: readonly ThemeTag[]) => tags.forEach((tag) => heatRow.set(tag, (heatRow.get(tag) ?? 0) + 1));
    const groupsOf = new Map<string, readonly TargetGroup[]>(
      [...need, ...challenge].map((f) => [f.id, f.data.targetGroups]),
    );
    const recGroups = new Map<string, TargetGroup[]>();
    for (const n of need) {
      n.data.themes.forEach((tag) => bump(theme, tag, 'needs'));
      n.data.targetGroups.forEach((g) => bump(group, g, 'needs'));
      hot(n.data.themes);
    }
    for (const r of recommendation) {
      r.data.themes.forEach((tag) => bump(theme, tag, 'recommendations'));
      const groups = [...new Set([...r.data.needIds, ...r.data.challengeIds].flatMap((id) => groupsOf.get(id) ?? []))];
      recGroups.set(r.id, groups);
      groups.forEach((g) => bump(group, g, 'recommendations'));
      hot(r.data.themes);
    }
    const recThemes = new Map(recommendation.map((r) => [r.id, r.data.themes]));
    for (const a of action) {
      const themes = recThemes.get(a.data.recommendationId) ?? [];
      themes.forEach((tag) => bump(theme, tag, 'actions'));
      (recGroups.get(a.data.recommendationId) ?? []).forEach((g) => bump(group, g, 'actions'));
      hot(themes);
      if (a.data.startMonth) {
        for (const month of monthsBetween(a.data.startMonth, a.data.endMonth || a.data.startMonth))
          months.set(month, (months.get(month) ?? 0) + 1);
      }
    }
  });

  const themes = THEME_TAGS.filter((tag) => heat.some((row) => (row.get(tag) ?? 0) > 0));
  const sortedMonths = [...months.keys()].sort();
  const first = sortedMonths[0];
  const last = sortedMonths.at(-1);
  return {
    towns: towns.map(({ workspaceId, name }) => ({ workspaceId, name })),
    byTheme: THEME_TAGS.filter((tag) => theme.has(tag)).map((tag) => ({ theme: tag, ...theme.get(tag)! })),
    byTargetGroup: TARGET_GROUPS.filter((g) => group.has(g)).map((g) => ({ group: g, ...group.get(g)! })),
    heatMap: { themes, counts: heat.map((row) => themes.map((tag) => row.get(tag) ?? 0)) },
    budgetByTheme: [...THEME_TAGS, 'none' as const]
      .filter((tag) => (budgetTheme.get(tag)?.money.length ?? 0) > 0)
      .map((tag) => ({ theme: tag, budget: (budgetTheme.get(tag) as Purse).money })),
    budgetByFunding: [...funding.values()]
      .sort((a, b) => b.purse.total - a.purse.total || a.source.localeCompare(b.source))
      .map(({ source, purse }) => ({ source, budget: purse.money })),
    timeline:
      first && last ? monthsBetween(first, last).map((month) => ({ month, actions: months.get(month) ?? 0 })) : [],
  };
}
