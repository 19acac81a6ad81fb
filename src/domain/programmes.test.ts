import { describe, expect, it } from 'vitest';
import { applyOperations, emptyStrategy, EMPTY_ITEMS } from './index';
import type { Operation, Strategy, WorkflowState } from './index';
import { budgetOf, daysUntil, filterTowns, ProgrammeForm, sortTowns, splitEmails, townProgress } from './programmes';
import type { TownProgress } from './programmes';

// What the coordinator's dashboard says of a town, from the same rules as the wizard's.

const NOW = new Date('2026-12-04T12:00:00Z');
const DAY = 86_400_000;

function strategy(ops: Operation[], state: WorkflowState = 'draft'): Strategy {
  const t = '2026-11-01T10:00:00.000Z';
  const s = applyOperations(
    emptyStrategy({ id: crypto.randomUUID(), name: 'Jelgava — strategy', createdAt: t, updatedAt: t }),
    ops,
    t,
  );
  return { ...s, workspace: { ...s.workspace, state } };
}
const action = (budget: number | null, currency: 'EUR' | 'PLN' = 'EUR'): Operation => ({
  type: 'createItem',
  kind: 'action',
  id: crypto.randomUUID(),
  data: { ...EMPTY_ITEMS.action, title: 'Club', budget, currency },
});
const facts = (daysAgo: number, hasLead = true) => ({
  openComments: 2,
  lastActivity: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
  hasLead,
});

describe('a town on the dashboard', () => {
  it('sums the planned budget per currency in cents, largest first', () => {
    const s = strategy([action(0.1), action(0.2), action(null), action(1200, 'PLN'), action(7200.5)]);
    expect(budgetOf(s)).toEqual([
      { currency: 'EUR', amount: 7200.8 },
      { currency: 'PLN', amount: 1200 },
    ]);
  });

  it('counts days to the deadline by the calendar, negative once it has passed', () => {
    expect(daysUntil('2026-12-04', NOW)).toBe(0);
    expect(daysUntil('2026-12-05', new Date('2026-12-04T23:59:00Z'))).toBe(1);
    expect(daysUntil('2026-11-30', NOW)).toBe(-4);
  });

  it('flags a late, idle or leaderless town that has not delivered, and no town that has', () => {
    const writing = strategy([]);
    expect(townProgress(writing, facts(30), '2026-11-30', NOW).flags).toEqual(['overdue', 'stalled']);
    expect(townProgress(writing, facts(3, false), '2026-12-10', NOW).flags).toEqual(['dueSoon', 'noLead']);
    expect(townProgress(writing, facts(3), '2027-03-31', NOW).flags).toEqual([]);
    const delivered = strategy([], 'submitted');
    expect(townProgress(delivered, facts(30), '2026-11-30', NOW).flags).toEqual([]);
    // Returned by the coordinator: writing again, so late again.
    expect(townProgress(strategy([], 'returned'), facts(1), '2026-11-30', NOW).flags).toEqual(['overdue']);
  });

  it('reports the wizard’s own step statuses, counts and broken links', () => {
    const s = strategy([
      {
        type: 'createItem',
        kind: 'need',
        id: crypto.randomUUID(),
        data: { ...EMPTY_ITEMS.need, title: 'Courses', priority: 'high' },
      },
      action(100),
    ]);
    const row = townProgress(s, facts(0), '2027-03-31', NOW);
    expect(row).toMatchObject({ needs: 1, recommendations: 0, actions: 1, openComments: 2, state: 'draft' });
    // The need is not addressed; the action has no recommendation, lead or indicator.
    expect(row.warnings).toBe(4);
    expect(row.steps.find((p) => p.step === 'needs')?.status).toBe('attention');
    expect(row.steps.find((p) => p.step === 'vision')?.status).toBe('notStarted');
    expect(row.steps).toHaveLength(8);
  });
});

describe('sorting and filtering towns', () => {
  const row = (municipality: string, patch: Partial<TownProgress> = {}): TownProgress => ({
    workspaceId: crypto.randomUUID(),
    name: `${municipality} — strategy`,
    municipality,
    state: 'draft',
    steps: [],
    percent: 0,
    needs: 0,
    recommendations: 0,
    actions: 0,
    warnings: 0,
    openComments: 0,
    lastActivity: NOW.toISOString(),
    budget: [],
    hasLead: true,
    flags: [],
    ...patch,
  });
  const towns = [
    row('Ventspils', { warnings: 2, state: 'submitted', budget: [{ currency: 'EUR', amount: 500 }] }),
    row('Ēdole', { flags: ['stalled'] }),
    row('Aizpute', { state: 'accepted', budget: [{ currency: 'EUR', amount: 9000 }] }),
  ];
  const lv = new Intl.Collator('lv');
  const names = (list: TownProgress[]) => list.map((t) => t.municipality);

  it('sorts by the town’s name in the reader’s alphabet, and by any figure with the name breaking ties', () => {
    expect(names(sortTowns(towns, 'name', 'ascending', lv))).toEqual(['Aizpute', 'Ēdole', 'Ventspils']);
    expect(names(sortTowns(towns, 'warnings', 'descending', lv))).toEqual(['Ventspils', 'Aizpute', 'Ēdole']);
    expect(names(sortTowns(towns, 'budget', 'descending', lv))).toEqual(['Aizpute', 'Ventspils', 'Ēdole']);
    expect(names(sortTowns(towns, 'state', 'ascending', lv))).toEqual(['Ēdole', 'Ventspils', 'Aizpute']);
  });

  it('filters by a search in the name, a state, and what needs attention', () => {
    const all = { search: '', state: 'all' as const, attentionOnly: false };
    expect(names(filterTowns(towns, { ...all, search: 'ĒDO' }, 'lv'))).toEqual(['Ēdole']);
    expect(names(filterTowns(towns, { ...all, state: 'accepted' }, 'lv'))).toEqual(['Aizpute']);
    expect(names(filterTowns(towns, { ...all, attentionOnly: true }, 'lv'))).toEqual(['Ventspils', 'Ēdole']);
  });
});

describe('the programme form', () => {
  it('reads the coordinators as a list of e-mail addresses, and says what is wrong with one', () => {
    expect(splitEmails(' a@kisc.lv, b@kisc.lv;\nc@kisc.lv ')).toEqual(['a@kisc.lv', 'b@kisc.lv', 'c@kisc.lv']);
    const base = { name: 'LiBri Latvia', country: 'LV', deadline: '2027-03-31', language: 'lv' };
    expect(ProgrammeForm.parse({ ...base, coordinators: 'Anna@KISC.lv' }).coordinators).toEqual(['anna@kisc.lv']);
    const bad = ProgrammeForm.safeParse({ ...base, coordinators: 'anna@kisc.lv, maria@' });
    expect(bad.error?.issues).toEqual([expect.objectContaining({ path: ['coordinators'], message: 'errors.email' })]);
    const none = ProgrammeForm.safeParse({ ...base, coordinators: '  ' });
    expect(none.error?.issues[0]).toMatchObject({ path: ['coordinators'], message: 'errors.required' });
  });
});
