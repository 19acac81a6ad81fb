import { describe, expect, it } from 'vitest';
import { backupToOperations, checkBackup, parseBackup, strategyToBackup } from './backup';
import { completionPercent, stepProgress } from './completeness';
import { applyOperation, applyOperations, applyOrder, checkVersion } from './operations';
import type { Operation } from './operations';
import { sampleOperations } from './sample';
import { EMPTY_FINDING, EMPTY_ITEMS, emptyStrategy } from './strategy';
import type { Strategy } from './strategy';
import { findProblems, liveRefs } from './traceability';

const NOW = '2026-11-23T10:00:00.000Z';
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const blank = (): Strategy => emptyStrategy({ id: id(), name: 'Test', createdAt: NOW, updatedAt: NOW });
const sample = () => applyOperations(blank(), sampleOperations(id), NOW);

describe('versions', () => {
  it('accepts an edit based on the stored version and gives the next one', () => {
    expect(checkVersion(3, 3)).toEqual({ ok: true, nextVersion: 4 });
  });
  it('refuses an edit based on an older version', () => {
    expect(checkVersion(4, 3)).toEqual({ ok: false, reason: 'conflict' });
  });
  it('lets an edit without a base version overwrite', () => {
    expect(checkVersion(7, undefined)).toEqual({ ok: true, nextVersion: 8 });
  });
});

describe('operations', () => {
  it('creates, updates, reorders and deletes items, keeping positions consecutive', () => {
    const [a, b, c] = [id(), id(), id()];
    const create = (x: string, title: string): Operation => ({
      type: 'createItem',
      kind: 'need',
      id: x,
      data: { ...EMPTY_FINDING, title },
    });
    let s = applyOperations(blank(), [create(a, 'A'), create(b, 'B'), create(c, 'C')], NOW);
    s = applyOperation(s, { type: 'updateItem', kind: 'need', id: b, data: { ...EMPTY_FINDING, title: 'B2' } }, NOW);
    s = applyOperation(s, { type: 'reorder', kind: 'need', ids: [c, a, b] }, NOW);
    expect(s.items.need.map((i) => [i.data.title, i.position])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B2', 2],
    ]);
    s = applyOperation(s, { type: 'deleteItem', kind: 'need', id: a }, NOW);
    expect(s.items.need.map((i) => [i.data.title, i.position])).toEqual([
      ['C', 0],
      ['B2', 1],
    ]);
  });

  it('ignores a second create of the same id (a retried request)', () => {
    const x = id();
    const op: Operation = { type: 'createItem', kind: 'partner', id: x, data: EMPTY_ITEMS.partner };
    expect(applyOperations(blank(), [op, op], NOW).items.partner).toHaveLength(1);
  });

  it('orders unnamed items after the named ones, in their old order', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(applyOrder(items, ['c']).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('completeness', () => {
  it('calls every step of an empty strategy not started', () => {
    const s = blank();
    expect(
      ['partnership', 'diagnosis', 'needs', 'plan', 'vision', 'review'].map(
        (step) => stepProgress(s, step as never).status,
      ),
    ).toEqual(Array(6).fill('notStarted'));
    expect(completionPercent(s)).toBe(0);
  });

  it('says what is missing from a started step', () => {
    const s = applyOperation(
      blank(),
      { type: 'createItem', kind: 'need', id: id(), data: { ...EMPTY_FINDING, title: 'Language' } },
      NOW,
    );
    const progress = stepProgress(s, 'needs');
    expect(progress.status).toBe('inProgress');
    expect(progress.missing).toEqual([
      { key: 'priorities', count: 1 },
      { key: 'themes', count: 1 },
    ]);
  });

  it('marks a step that has broken links as needing attention, and the review with it', () => {
    const s = sample();
    expect(stepProgress(s, 'recommendations').status).toBe('attention');
    expect(stepProgress(s, 'needs').status).toBe('complete');
    expect(stepProgress(s, 'review').status).toBe('attention');
  });
});

describe('traceability', () => {
  it('finds a recommendation without an action in the sample', () => {
    expect(findProblems(sample()).map((p) => [p.code, p.title])).toEqual([
      ['recommendationWithoutAction', 'Make the library the first information point'],
    ]);
  });

  it('finds an unaddressed high-priority need, and an action with no lead, indicator or recommendation', () => {
    const s = applyOperations(
      blank(),
      [
        {
          type: 'createItem',
          kind: 'need',
          id: id(),
          data: { ...EMPTY_FINDING, title: 'Childcare', priority: 'high' },
        },
        { type: 'createItem', kind: 'need', id: id(), data: { ...EMPTY_FINDING, title: 'Low one', priority: 'low' } },
        { type: 'createItem', kind: 'action', id: id(), data: { ...EMPTY_ITEMS.action, title: 'Café' } },
      ],
      NOW,
    );
    expect(
      findProblems(s)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['actionWithoutIndicator', 'actionWithoutLead', 'actionWithoutRecommendation', 'needUnaddressed'].sort());
  });

  it('ignores links to items that were deleted', () => {
    expect(liveRefs(['x', 'y'], [{ id: 'y' }])).toEqual(['y']);
  });
});

describe('backup file', () => {
  it('round-trips: export, import with fresh ids, export again gives the same content', () => {
    const original = sample();
    const file = strategyToBackup(original, NOW);
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const restored = applyOperations(blank(), backupToOperations(parsed.backup, id), NOW);
    const again = strategyToBackup(
      { ...restored, workspace: { ...restored.workspace, name: file.workspace.name } },
      NOW,
    );
    const withoutIds = (b: typeof file) =>
      JSON.parse(JSON.stringify(b).replace(/"[0-9a-f]{8}-[0-9a-f-]{27}"/g, '"id"'));
    expect(withoutIds(again)).toEqual(withoutIds(file));
    // Links point at the new items, not the old ones.
    const rec = restored.items.recommendation[0];
    expect(restored.items.need.map((i) => i.id)).toContain(rec?.data.needIds[0]);
    expect(original.items.need.map((i) => i.id)).not.toContain(rec?.data.needIds[0]);
  });

  it.each([
    ['not JSON', '{nope', 'backup.notJson'],
    ['another program', JSON.stringify({ hello: 1 }), 'backup.otherProgram'],
    ['a newer format', JSON.stringify({ format: 'libri-strategy-backup', formatVersion: 99 }), 'backup.newerVersion'],
    ['a broken schema', JSON.stringify({ format: 'libri-strategy-backup', formatVersion: 1 }), 'backup.invalid'],
  ])('refuses %s with its reason', (_what, text, key) => {
    const result = parseBackup(text);
    expect(result.ok ? null : result.problem.key).toBe(key);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = parseBackup(' '.repeat(10_000_001));
    expect(result.ok ? null : result.problem.key).toBe('backup.tooLarge');
    expect(checkBackup(null).ok).toBe(false);
  });
});
