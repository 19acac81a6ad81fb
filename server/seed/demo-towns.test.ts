import { describe, expect, it } from 'vitest';
import {
  applyOperations,
  emptyStrategy,
  findProblems,
  ITEM_SCHEMAS,
  SECTION_SCHEMAS,
  strategyProgress,
  THEME_TAGS,
  WORKFLOW_STATES,
} from '@/domain';
import type { Operation, Strategy, ThemeTag } from '@/domain';
import { DEMO_TOWNS, demoTownOperations } from './demo-towns';
import type { DemoTown } from './demo-towns';

const NOW = '2026-03-02T10:00:00.000Z';

/** Ids like the database's, counted from 1 for each run. */
function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

const opsOf = (town: DemoTown) => demoTownOperations(town, counter());

function strategyOf(town: DemoTown): Strategy {
  const newId = counter();
  const workspace = { id: newId(), name: town.name, createdAt: NOW, updatedAt: NOW, state: town.state };
  return applyOperations(emptyStrategy(workspace), demoTownOperations(town, newId), NOW);
}

const needThemes = (town: DemoTown) => new Set<ThemeTag>(strategyOf(town).items.need.flatMap((n) => n.data.themes));

describe('demo towns', () => {
  it('are ten Latvian towns other than the sample’s and the second demo town’s', () => {
    expect(DEMO_TOWNS).toHaveLength(10);
    const names = DEMO_TOWNS.map((t) => t.municipality);
    expect(new Set(names).size).toBe(10);
    expect(names).not.toContain('Valmiera');
    expect(names).not.toContain('Cēsis');
    expect(names.filter((n) => /[āēīūļņšžčģķ]/.test(n)).length).toBeGreaterThanOrEqual(3);
    for (const t of DEMO_TOWNS) {
      expect(t.name).toBe(`${t.municipality} — integration strategy 2026–2028`);
      expect(t.lastActivityDaysAgo).toBeGreaterThanOrEqual(0);
      expect(t.lastActivityDaysAgo).toBeLessThanOrEqual(60);
    }
  });

  it('spread over the workflow as specified', () => {
    const count = Object.fromEntries(WORKFLOW_STATES.map((s) => [s, DEMO_TOWNS.filter((t) => t.state === s).length]));
    expect(count).toEqual({
      draft: 3,
      inReview: 1,
      changesRequested: 1,
      approved: 1,
      submitted: 2,
      returned: 1,
      accepted: 1,
    });
    for (const t of DEMO_TOWNS.filter((t) => ['approved', 'submitted', 'accepted'].includes(t.state))) {
      expect(t.stage, t.municipality).toBe('complete');
    }
    const drafts = DEMO_TOWNS.filter((t) => t.state === 'draft');
    expect(new Set(drafts.map((t) => t.stage))).toEqual(new Set(['started', 'diagnosis', 'planning']));
    expect(drafts.filter((t) => t.lastActivityDaysAgo >= 21).length).toBeGreaterThanOrEqual(2);
    expect(DEMO_TOWNS.some((t) => t.lastActivityDaysAgo < 7)).toBe(true);
  });

  it.each(DEMO_TOWNS.map((t) => [t.municipality, t] as const))('%s: every operation passes the schemas', (_, town) => {
    const ops = opsOf(town);
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops) {
      expect(['putSection', 'createItem']).toContain(op.type);
      const result =
        op.type === 'putSection'
          ? SECTION_SCHEMAS[op.key].safeParse(op.data)
          : op.type === 'createItem'
            ? ITEM_SCHEMAS[op.kind].safeParse(op.data)
            : undefined;
      const where = op.type === 'putSection' ? op.key : op.type === 'createItem' ? `${op.kind} ${op.id}` : op.type;
      expect(result?.success, `${where}: ${JSON.stringify(result?.error?.issues)}`).toBe(true);
    }
    const ids = ops.flatMap((op) => (op.type === 'createItem' ? [op.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are deterministic for the same ids', () => {
    for (const town of DEMO_TOWNS) expect(opsOf(town)).toEqual(opsOf(town));
  });

  it('differ from town to town', () => {
    const first = (ops: Operation[]) =>
      JSON.stringify(ops.filter((op) => op.type === 'createItem' && op.kind === 'need'));
    const all = DEMO_TOWNS.map((t) => first(opsOf(t)));
    expect(new Set(all).size).toBe(DEMO_TOWNS.length);
  });

  it('have the content of their stage', () => {
    for (const town of DEMO_TOWNS) {
      const s = strategyOf(town);
      const n = (kind: keyof Strategy['items']) => s.items[kind].length;
      const label = `${town.municipality} (${town.stage})`;
      expect(s.sections.partnership.data.country, label).toBe('LV');
      expect(s.sections.partnership.data.municipality, label).toBe(town.municipality);
      switch (town.stage) {
        case 'started':
          expect(n('partner'), label).toBeGreaterThanOrEqual(2);
          expect(n('partner'), label).toBeLessThanOrEqual(3);
          expect(n('meeting'), label).toBe(1);
          expect(n('need'), label).toBeLessThanOrEqual(2);
          expect(n('service') + n('strength') + n('challenge') + n('recommendation') + n('action'), label).toBe(0);
          expect(s.sections.diagnosis.updatedAt, label).toBeNull();
          break;
        case 'diagnosis':
          expect(n('need'), label).toBeGreaterThanOrEqual(3);
          expect(n('need'), label).toBeLessThanOrEqual(5);
          expect(n('service'), label).toBeGreaterThan(0);
          expect(n('strength'), label).toBeGreaterThan(0);
          expect(n('challenge'), label).toBeGreaterThan(0);
          expect(n('recommendation') + n('action'), label).toBe(0);
          expect(s.sections.diagnosis.data.population, label).not.toBeNull();
          break;
        case 'planning':
          expect(n('recommendation'), label).toBeGreaterThan(0);
          expect(n('action'), label).toBeGreaterThan(0);
          break;
        case 'complete':
          expect(s.sections.vision.data.objectives, label).toHaveLength(3);
          expect(s.sections.vision.data.summary, label).not.toBe('');
          break;
      }
    }
  });

  it('complete towns are complete, with every thread unbroken', () => {
    const complete = DEMO_TOWNS.filter((t) => t.stage === 'complete');
    expect(complete.length).toBeGreaterThanOrEqual(5);
    for (const town of complete) {
      const s = strategyOf(town);
      expect(findProblems(s), town.municipality).toEqual([]);
      for (const p of strategyProgress(s)) {
        expect({ town: town.municipality, step: p.step, status: p.status, missing: p.missing }).toEqual({
          town: town.municipality,
          step: p.step,
          status: 'complete',
          missing: [],
        });
      }
      for (const a of s.items.action) {
        expect(a.data.budget, a.data.title).not.toBeNull();
        expect(a.data.startMonth <= a.data.endMonth, a.data.title).toBe(true);
        expect(a.data.startMonth >= '2026-01' && a.data.endMonth <= '2028-12', a.data.title).toBe(true);
      }
      const adopted = ['approved', 'submitted', 'accepted'].includes(town.state);
      const { councilDecision, adoptionDate } = s.sections.vision.data;
      expect(councilDecision !== '' && adoptionDate !== '', town.municipality).toBe(adopted);
      if (adopted) expect(councilDecision).toMatch(new RegExp(`^Decision No\\. \\d+ of ${town.municipality} `));
    }
  });

  it('planning towns show where the thread breaks', () => {
    const planning = DEMO_TOWNS.filter((t) => t.stage === 'planning');
    expect(planning.length).toBeGreaterThanOrEqual(1);
    for (const town of planning) expect(findProblems(strategyOf(town)).length, town.municipality).toBeGreaterThan(0);
  });

  it('plan budgets and sizes that differ widely', () => {
    const withActions = DEMO_TOWNS.map((t) => strategyOf(t).items.action).filter((a) => a.length > 0);
    const big = withActions.filter((a) => a.length >= 10 && a.length <= 20);
    expect(big.length).toBeGreaterThanOrEqual(2);
    expect(big.length).toBeLessThanOrEqual(3);
    const totals = withActions.map((a) => a.reduce((sum, x) => sum + (x.data.budget ?? 0), 0));
    expect(Math.max(...totals) / Math.min(...totals)).toBeGreaterThan(3);
    const all = withActions.flat();
    expect(all.some((a) => a.data.budget !== null && !Number.isInteger(a.data.budget))).toBe(true);
    expect(all.every((a) => a.data.currency === 'EUR')).toBe(true);
    expect(new Set(all.map((a) => a.data.fundingSource).filter((f) => f !== '')).size).toBeGreaterThanOrEqual(5);
  });

  it('line up by theme while each town has something of its own', () => {
    const themes = DEMO_TOWNS.map(needThemes);
    const sharedBy = (tag: ThemeTag) => themes.filter((t) => t.has(tag)).length;
    // The comparison by theme has something to compare.
    expect(THEME_TAGS.filter((tag) => sharedBy(tag) >= 2).length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...THEME_TAGS.map(sharedBy))).toBeGreaterThanOrEqual(5);
    // Each town's needs have a theme that some other town lacks.
    themes.forEach((own, i) => {
      const others = themes.filter((_, j) => j !== i);
      expect(
        [...own].some((tag) => others.some((o) => !o.has(tag))),
        DEMO_TOWNS[i]?.municipality,
      ).toBe(true);
    });
    // Items carry 1–3 themes and 1–3 target groups.
    for (const town of DEMO_TOWNS) {
      for (const need of strategyOf(town).items.need) {
        expect(need.data.themes.length).toBeGreaterThanOrEqual(1);
        expect(need.data.themes.length).toBeLessThanOrEqual(3);
        expect(need.data.targetGroups.length).toBeGreaterThanOrEqual(1);
        expect(need.data.targetGroups.length).toBeLessThanOrEqual(3);
      }
    }
  });
});
