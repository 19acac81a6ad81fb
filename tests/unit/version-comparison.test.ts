import { describe, expect, it } from 'vitest';
import { EMPTY_FINDING, EMPTY_ITEMS, emptyStrategy } from '@/domain';
import { compareStrategies } from '@/domain/compare';
import type { ItemKind, StoredItem, Strategy } from '@/domain';
import { wordDiff } from '@/lib/word-diff';

// Two versions of one strategy: what was added, removed and changed, step by step, and which
// words changed inside a text (Latvian and Polish).

const T = '2026-05-12T10:00:00.000Z';
const ids = { a: crypto.randomUUID(), b: crypto.randomUUID(), c: crypto.randomUUID(), r: crypto.randomUUID() };

function item<K extends ItemKind>(
  kind: K,
  id: string,
  data: Partial<StoredItem<K>['data']>,
  position = 0,
): StoredItem<K> {
  return {
    id,
    kind,
    position,
    version: 1,
    updatedAt: T,
    data: { ...EMPTY_ITEMS[kind], ...data } as StoredItem<K>['data'],
  };
}

function version(patch: (s: Strategy) => void): Strategy {
  const s = emptyStrategy({ id: crypto.randomUUID(), name: 'Valmiera', createdAt: T, updatedAt: T });
  patch(s);
  return s;
}

const before = version((s) => {
  s.items.need = [
    item('need', ids.a, { ...EMPTY_FINDING, title: 'Praktizēt latviešu valodu ārpus klases', priority: 'high' }),
    item('need', ids.b, { ...EMPTY_FINDING, title: 'Zajęcia dla dzieci w świetlicy' }, 1),
  ];
  s.items.recommendation = [item('recommendation', ids.r, { title: 'Valodas kafejnīca', needIds: [ids.a] })];
  s.sections.vision.data = { ...s.sections.vision.data, vision: 'Atvērta pilsēta visiem' };
});
const after = version((s) => {
  s.items.need = [
    item('need', ids.a, {
      ...EMPTY_FINDING,
      title: 'Praktizēt latviešu valodu bibliotēkā ārpus nodarbībām',
      priority: 'high',
    }),
    item('need', ids.c, { ...EMPTY_FINDING, title: 'Pomoc w szukaniu pracy' }, 1),
  ];
  s.items.recommendation = [item('recommendation', ids.r, { title: 'Valodas kafejnīca', needIds: [ids.a] })];
  s.sections.vision.data = { ...s.sections.vision.data, vision: 'Atvērta un droša pilsēta visiem' };
});

describe('comparing two versions', () => {
  it('finds the added, removed and changed items and sections, step by step, and leaves alone what is the same', () => {
    const result = compareStrategies(before, after);
    expect(result.counts).toEqual({ added: 1, removed: 1, changed: 2 });
    expect(result.steps.map((s) => s.step)).toEqual(['needs', 'vision']);
    const needs = result.steps[0]?.items ?? [];
    expect(needs.map((c) => [c.type, c.id])).toEqual([
      ['changed', ids.a],
      ['added', ids.c],
      ['removed', ids.b],
    ]);
    expect(needs[0]).toMatchObject({ type: 'changed', fields: ['title'] });
    expect(result.steps[1]?.sections).toEqual([expect.objectContaining({ key: 'vision', fields: ['vision'] })]);
    expect(compareStrategies(after, after)).toEqual({ steps: [], counts: { added: 0, removed: 0, changed: 0 } });
  });

  it('marks the changed words of a changed Latvian text, and a Polish one', () => {
    const change = compareStrategies(before, after).steps[0]?.items[0];
    if (change?.type !== 'changed') throw new Error('expected a change');
    const parts = wordDiff(String(change.before.title), String(change.after.title));
    expect(parts.filter((p) => p.change === 'removed').map((p) => p.text)).toEqual(['klases']);
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['bibliotēkā', 'nodarbībām']);
    const polish = wordDiff('Zajęcia dla dzieci w świetlicy', 'Zajęcia dla młodzieży w świetlicy');
    expect(polish.filter((p) => p.change !== 'same')).toEqual([
      { text: 'dzieci', change: 'removed' },
      { text: 'młodzieży', change: 'added' },
    ]);
  });
});
