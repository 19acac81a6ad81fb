import { describe, expect, it } from 'vitest';
import { acrossTowns } from './across-towns';
import { applyOperations, emptyStrategy, EMPTY_ITEMS } from './index';
import type { Operation } from './index';

// The themes across the country, counted from the towns' strategies by the rules the screen states.

const id = () => crypto.randomUUID();
function town(name: string, ops: Operation[]) {
  const t = '2026-01-01T00:00:00.000Z';
  return {
    workspaceId: id(),
    name,
    strategy: applyOperations(emptyStrategy({ id: id(), name, createdAt: t, updatedAt: t }), ops, t),
  };
}

describe('across towns', () => {
  const needA = id();
  const recA = id();
  const jelgava = town('Jelgava', [
    {
      type: 'createItem',
      kind: 'need',
      id: needA,
      data: { ...EMPTY_ITEMS.need, title: 'Courses', themes: ['library.language'], targetGroups: ['women', 'workers'] },
    },
    {
      type: 'createItem',
      kind: 'recommendation',
      id: recA,
      data: {
        ...EMPTY_ITEMS.recommendation,
        title: 'Clubs',
        themes: ['library.language', 'eu.education'],
        needIds: [needA],
      },
    },
    {
      type: 'createItem',
      kind: 'action',
      id: id(),
      data: {
        ...EMPTY_ITEMS.action,
        title: 'Club',
        recommendationId: recA,
        budget: 1000.01,
        fundingSource: 'AMIF',
        startMonth: '2026-11',
        endMonth: '2027-01',
      },
    },
    {
      type: 'createItem',
      kind: 'action',
      id: id(),
      data: { ...EMPTY_ITEMS.action, title: 'Leaflets', budget: 200, fundingSource: ' amif ', startMonth: '2027-03' },
    },
  ]);
  const ogre = town('Ogre', [
    {
      type: 'createItem',
      kind: 'need',
      id: id(),
      data: { ...EMPTY_ITEMS.need, title: 'Clinic', themes: ['eu.health'], targetGroups: ['women'] },
    },
    {
      type: 'createItem',
      kind: 'action',
      id: id(),
      data: { ...EMPTY_ITEMS.action, title: 'Visit', budget: 500, currency: 'PLN', fundingSource: 'Municipal budget' },
    },
  ]);
  const result = acrossTowns([jelgava, ogre]);

  it('counts needs, recommendations and actions by theme, actions under their recommendation’s themes', () => {
    expect(result.byTheme).toEqual([
      { theme: 'eu.education', needs: 0, recommendations: 1, actions: 1 },
      { theme: 'eu.health', needs: 1, recommendations: 0, actions: 0 },
      { theme: 'library.language', needs: 1, recommendations: 1, actions: 1 },
    ]);
  });

  it('counts recommendations and actions under the target groups of the needs they address', () => {
    expect(result.byTargetGroup).toEqual([
      { group: 'workers', needs: 1, recommendations: 1, actions: 1 },
      { group: 'women', needs: 2, recommendations: 1, actions: 1 },
    ]);
  });

  it('maps towns against the themes any town has', () => {
    expect(result.heatMap.themes).toEqual(['eu.education', 'eu.health', 'library.language']);
    expect(result.heatMap.counts).toEqual([
      [2, 0, 3],
      [0, 1, 0],
    ]);
  });

  it('shares an action’s budget among its themes so the sums add up, and groups funding sources written alike', () => {
    expect(result.budgetByTheme).toEqual([
      // 1 000,01 € shared by two themes: whole cents that add up to it, the odd cent to the first theme.
      { theme: 'eu.education', budget: [{ currency: 'EUR', amount: 500 }] },
      { theme: 'library.language', budget: [{ currency: 'EUR', amount: 500.01 }] },
      {
        theme: 'none',
        budget: [
          { currency: 'PLN', amount: 500 },
          { currency: 'EUR', amount: 200 },
        ],
      },
    ]);
    expect(result.budgetByFunding).toEqual([
      { source: 'AMIF', budget: [{ currency: 'EUR', amount: 1200.01 }] },
      { source: 'Municipal budget', budget: [{ currency: 'PLN', amount: 500 }] },
    ]);
  });

  it('counts the actions running in each month from the first start to the last end, gaps included', () => {
    expect(result.timeline).toEqual([
      { month: '2026-11', actions: 1 },
      { month: '2026-12', actions: 1 },
      { month: '2027-01', actions: 1 },
      { month: '2027-02', actions: 0 },
      { month: '2027-03', actions: 1 },
    ]);
  });
});
