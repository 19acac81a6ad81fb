import type { Money } from './programmes';
import type { Strategy } from './strategy';
import { THEME_TAGS } from './taxonomy';
import type { Currency, ThemeTag } from './taxonomy';

// A strategy's planned budget, added up the ways a director and a council read it: in total,
// per recommendation, per year, per funding source and per theme, each per currency (an action
// names its own currency; sums of different currencies are never mixed).
//
// Sums are made in whole cents, so 0.10 + 0.20 is 0.30 and every table adds up to the total:
// - an action with several themes (those of the recommendation it carries out) shares its
//   budget equally among them;
// - an action running over several years shares its budget among them by its months in each;
// - the odd cents of a share go to the first shares.
// The plan step, the review page, the document and the programme's screens all add up here.

/** Money put aside per key, in cents per currency; read back as `Money`, largest first. */
export class Purse {
  private cents = new Map<Currency, number>();
  addCents(currency: Currency, cents: number) {
    this.cents.set(currency, (this.cents.get(currency) ?? 0) + cents);
  }
  addMoney(money: readonly Money[]) {
    for (const m of money) this.addCents(m.currency, Math.round(m.amount * 100));
  }
  get money(): Money[] {
    return [...this.cents]
      .filter(([, cents]) => cents !== 0)
      .map(([currency, cents]) => ({ currency, amount: cents / 100 }))
      .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
  }
  /** All currencies together, in cents: only to order rows. */
  get total() {
    let sum = 0;
    for (const cents of this.cents.values()) sum += cents;
    return sum;
  }
}

/** Whole-cent shares of `cents` in proportion to `weights`, adding up to it exactly. */
export function shareCents(cents: number, weights: readonly number[]): number[] {
  const all = weights.reduce((a, b) => a + b, 0);
  if (all <= 0) return weights.map(() => 0);
  const shares = weights.map((w) => Math.floor((cents * w) / all));
  let left = cents - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % shares.length) {
    if ((weights[i] ?? 0) > 0) {
      shares[i] = (shares[i] ?? 0) + 1;
      left -= 1;
    }
  }
  return shares;
}

/** Each month from `start` to `end` (YYYY-MM), both included; at most 20 years, whatever was typed. */
export function monthsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  while ((y < ey || (y === ey && m <= em)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export type BudgetRow<K> = { key: K; budget: Money[] };

export type BudgetTotals = {
  total: Money[];
  /** Actions with an amount, and those without one yet. */
  actions: { budgeted: number; unbudgeted: number };
  /** In the order of the recommendations; `''` gathers actions that carry out none. */
  byRecommendation: BudgetRow<string>[];
  /** Calendar years in order; `''` gathers actions without dates. */
  byYear: BudgetRow<string>[];
  /** Largest first, as first written; sources differing only in case and spaces are one; `''` is none named. */
  byFunding: BudgetRow<string>[];
  /** In the themes' order; `'none'` gathers actions whose recommendation has no theme. */
  byTheme: BudgetRow<ThemeTag | 'none'>[];
};

/** The years an action's budget falls in, with the months it runs in each. */
function yearsOf(start: string, end: string): [string, number][] {
  if (!start && !end) return [];
  if (!start || !end || end < start) return [[(start || end).slice(0, 4), 1]];
  const years = new Map<string, number>();
  for (const month of monthsBetween(start, end)) years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + 1);
  return [...years];
}

const rows = <K>(purses: Map<K, Purse>, order: readonly K[]): BudgetRow<K>[] =>
  order
    .filter((key) => (purses.get(key)?.money.length ?? 0) > 0)
    .map((key) => ({ key, budget: purses.get(key)!.money }));

export function budgetTotals(strategy: Strategy): BudgetTotals {
  const { recommendation, action } = strategy.items;
  const total = new Purse();
  const byRecommendation = new Map<string, Purse>();
  const byYear = new Map<string, Purse>();
  const byFunding = new Map<string, { source: string; purse: Purse }>();
  const byTheme = new Map<ThemeTag | 'none', Purse>();
  const purse = <K>(map: Map<K, Purse>, key: K) => map.get(key) ?? map.set(key, new Purse()).get(key)!;
  const themesOf = new Map(recommendation.map((r) => [r.id, r.data.themes]));
  let budgeted = 0;

  for (const { data: a } of action) {
    if (a.budget === null) continue;
    budgeted += 1;
    const cents = Math.round(a.budget * 100);
    total.addCents(a.currency, cents);
    purse(byRecommendation, themesOf.has(a.recommendationId) ? a.recommendationId : '').addCents(a.currency, cents);

    const years = yearsOf(a.startMonth, a.endMonth);
    if (years.length === 0) purse(byYear, '').addCents(a.currency, cents);
    shareCents(
      cents,
      years.map(([, months]) => months),
    ).forEach((share, i) => purse(byYear, years[i]![0]).addCents(a.currency, share));

    const source = a.fundingSource.trim().replace(/\s+/g, ' ');
    const key = source.toLocaleLowerCase();
    const funding = byFunding.get(key) ?? byFunding.set(key, { source, purse: new Purse() }).get(key)!;
    funding.purse.addCents(a.currency, cents);

    const themes: readonly (ThemeTag | 'none')[] = themesOf.get(a.recommendationId)?.length
      ? themesOf.get(a.recommendationId)!
      : ['none'];
    shareCents(
      cents,
      themes.map(() => 1),
    ).forEach((share, i) => purse(byTheme, themes[i]!).addCents(a.currency, share));
  }

  return {
    total: total.money,
    actions: { budgeted, unbudgeted: action.length - budgeted },
    byRecommendation: rows(byRecommendation, [...recommendation.map((r) => r.id), '']),
    byYear: rows(byYear, [...[...byYear.keys()].filter(Boolean).sort(), '']),
    byFunding: [...byFunding.values()]
      .filter(({ purse: p }) => p.money.length > 0)
      .sort((a, b) => b.purse.total - a.purse.total || a.source.localeCompare(b.source))
      .map(({ source, purse: p }) => ({ key: source, budget: p.money })),
    byTheme: rows(byTheme, [...THEME_TAGS, 'none' as const]),
  };
}
