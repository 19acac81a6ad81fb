import { describe, expect, it } from 'vitest';
import { budgetTotals, shareCents } from './budget';
import { applyOperations, emptyStrategy, EMPTY_ITEMS } from './index';
import type { Action, Operation } from './index';

// The plan's budget added up as the plan step, the review page and the document show it.

const id = () => crypto.randomUUID();
const t = '2026-01-01T00:00:00.000Z';
const strategyOf = (ops: Operation[]) =>
  applyOperations(emptyStrategy({ id: id(), name: 'Valmiera', createdAt: t, updatedAt: t }), ops, t);
const action = (data: Partial<Action>): Operation => ({
  type: 'createItem',
  kind: 'action',
  id: id(),
  data: { ...EMPTY_ITEMS.action, ...data },
});

describe('budget totals', () => {
  const clubs = id();
  const signs = id();
  const strategy = strategyOf([
    {
      type: 'createItem',
      kind: 'recommendation',
      id: clubs,
      data: { ...EMPTY_ITEMS.recommendation, title: 'Clubs', themes: ['library.language', 'eu.education'] },
    },
    { type: 'createItem', kind: 'recommendation', id: signs, data: { ...EMPTY_ITEMS.recommendation, title: 'Signs' } },
    // 12 months: 2 in 2026, 10 in 2027.
    action({
      title: 'Club',
      recommendationId: clubs,
      budget: 7200.5,
      fundingSource: 'AMIF',
      startMonth: '2026-11',
      endMonth: '2027-10',
    }),
    action({ title: 'Leaflets', recommendationId: clubs, budget: 300, fundingSource: ' amif ', startMonth: '2027-03' }),
    action({ title: 'Signposts', recommendationId: signs, budget: 15000, fundingSource: 'Municipal budget' }),
    action({ title: 'Twinning', budget: 2000, currency: 'PLN' }),
    action({ title: 'Not costed yet' }),
  ]);
  const totals = budgetTotals(strategy);
  const eur = (amount: number) => [{ currency: 'EUR', amount }];

  it('adds up the whole plan per currency, and counts the actions without an amount', () => {
    expect(totals.total).toEqual([
      { currency: 'EUR', amount: 22500.5 },
      { currency: 'PLN', amount: 2000 },
    ]);
    expect(totals.actions).toEqual({ budgeted: 4, unbudgeted: 1 });
  });

  it('adds up per recommendation, in their order, with the actions that carry out none last', () => {
    expect(totals.byRecommendation).toEqual([
      { key: clubs, budget: eur(7500.5) },
      { key: signs, budget: eur(15000) },
      { key: '', budget: [{ currency: 'PLN', amount: 2000 }] },
    ]);
  });

  it('shares an action over its years by its months in each, in whole cents that add up', () => {
    // 7 200,50 € over 12 months: 2/12 in 2026 (1 200,09 €, with the odd cent) and 10/12 in 2027 (with the leaflets).
    expect(totals.byYear).toEqual([
      { key: '2026', budget: eur(1200.09) },
      { key: '2027', budget: eur(6300.41) },
      {
        key: '',
        budget: [
          { currency: 'EUR', amount: 15000 },
          { currency: 'PLN', amount: 2000 },
        ],
      },
    ]);
    const sum = totals.byYear.flatMap((y) => y.budget).filter((m) => m.currency === 'EUR');
    expect(Math.round(sum.reduce((a, m) => a + m.amount * 100, 0))).toBe(2250050);
  });

  it('groups funding sources written alike, largest first, as first written', () => {
    expect(totals.byFunding).toEqual([
      { key: 'Municipal budget', budget: eur(15000) },
      { key: 'AMIF', budget: eur(7500.5) },
      { key: '', budget: [{ currency: 'PLN', amount: 2000 }] },
    ]);
  });

  it('shares an action among the themes of its recommendation, and keeps the rest apart', () => {
    expect(totals.byTheme).toEqual([
      { key: 'eu.education', budget: eur(3750.25) },
      { key: 'library.language', budget: eur(3750.25) },
      {
        key: 'none',
        budget: [
          { currency: 'EUR', amount: 15000 },
          { currency: 'PLN', amount: 2000 },
        ],
      },
    ]);
  });

  it('gives a plan without actions no rows at all', () => {
    const empty = budgetTotals(strategyOf([]));
    expect(empty).toEqual({
      total: [],
      actions: { budgeted: 0, unbudgeted: 0 },
      byRecommendation: [],
      byYear: [],
      byFunding: [],
      byTheme: [],
    });
  });

  it('splits cents by weight without losing or making one', () => {
    expect(shareCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(shareCents(1, [2, 10])).toEqual([1, 0]);
    expect(shareCents(500, [0, 1])).toEqual([0, 500]);
  });
});
