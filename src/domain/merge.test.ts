import { describe, expect, it } from 'vitest';
import { applyLiveChange } from './live';
import { applyMerge, changedFields, mergeFields, sameValue } from './merge';
import { applyOperation, applyOrder } from './operations';
import { EMPTY_FINDING, emptyStrategy } from './strategy';
import type { StoredItem, Strategy } from './strategy';

// The per-field three-way merge that the server, the mocks and the save engine share.

const stored = { title: 'Courses', description: 'For adults', evidence: 'Survey', themes: ['eu.education'] };

describe('mergeFields', () => {
  it('takes changes to fields nobody else changed, whatever else changed meanwhile', () => {
    // Someone changed the description since; this edit changes the title, based on the old title.
    const now = { ...stored, description: 'For adults and teenagers' };
    const merge = mergeFields(now, { title: 'Evening courses' }, { title: 'Courses' });
    expect(merge).toEqual({ take: ['title'], same: [], conflicts: [] });
    expect(applyMerge(now, { title: 'Evening courses' }, merge)).toEqual({
      ...stored,
      title: 'Evening courses',
      description: 'For adults and teenagers',
    });
  });

  it('names a field someone else changed differently as a conflict', () => {
    const now = { ...stored, evidence: 'Survey of 120 residents' };
    expect(mergeFields(now, { evidence: 'Survey and interviews' }, { evidence: 'Survey' })).toEqual({
      take: [],
      same: [],
      conflicts: ['evidence'],
    });
  });

  it('sees the same text typed by two people as already there, not a conflict', () => {
    const now = { ...stored, title: 'Language courses' };
    expect(mergeFields(now, { title: 'Language courses' }, { title: 'Courses' })).toEqual({
      take: [],
      same: ['title'],
      conflicts: [],
    });
  });

  it('compares lists by their content and order', () => {
    const now = { ...stored, themes: ['eu.education', 'eu.health'] };
    expect(mergeFields(now, { themes: ['eu.education', 'eu.health'] }, { themes: ['eu.education'] }).same).toEqual([
      'themes',
    ]);
    expect(mergeFields(now, { themes: ['eu.health'] }, { themes: ['eu.education'] }).conflicts).toEqual(['themes']);
    expect(sameValue([{ a: 1, b: [2] }], [{ b: [2], a: 1 }])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('overwrites a field sent without a base (an edit from an older release)', () => {
    const now = { ...stored, title: 'Changed meanwhile' };
    expect(mergeFields(now, { title: 'Mine' }, {}).take).toEqual(['title']);
  });

  it('finds the fields a form changed against what it was based on', () => {
    expect(changedFields({ ...stored, title: 'New' }, stored)).toEqual(['title']);
    expect(changedFields(stored, stored)).toEqual([]);
  });
});

const WS = { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'W', createdAt: 't', updatedAt: 't' };
const A = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const B = '7a2e3b4c-5d6e-4f70-9b0c-1d2e3f4a5b6c';
const C = '8b3f4c5d-6e7f-4a81-8c1d-2e3f4a5b6c7d';
const item = (id: string, title: string, position: number, version = 1): StoredItem<'need'> => ({
  id,
  kind: 'need',
  position,
  version,
  updatedAt: 't',
  data: { ...EMPTY_FINDING, title },
});
const withNeeds = (...needs: StoredItem<'need'>[]): Strategy => {
  const s = emptyStrategy(WS);
  s.items.need = needs;
  return s;
};

describe('an edit against a delete', () => {
  it('brings the item back in the editor’s view: the edit is not lost', () => {
    const s = withNeeds(item(B, 'Other', 0));
    const view = applyOperation(
      s,
      {
        type: 'updateItem',
        kind: 'need',
        id: A,
        data: { ...EMPTY_FINDING, title: 'Mine' },
        base: { ...EMPTY_FINDING, title: 'Deleted' },
      },
      't',
    );
    expect(view.items.need.map((i) => [i.id, i.data.title])).toEqual([
      [B, 'Other'],
      [A, 'Mine'],
    ]);
  });

  it('shows only the changed fields of an edit over the server’s copy', () => {
    const s = withNeeds({ ...item(A, 'Renamed by Anna', 0), data: { ...EMPTY_FINDING, title: 'Renamed by Anna' } });
    const view = applyOperation(
      s,
      {
        type: 'updateItem',
        kind: 'need',
        id: A,
        data: { ...EMPTY_FINDING, title: 'Old title', description: 'Mine' },
        base: { ...EMPTY_FINDING, title: 'Old title' },
      },
      't',
    );
    expect(view.items.need[0]?.data).toMatchObject({ title: 'Renamed by Anna', description: 'Mine' });
  });
});

describe('a reorder against a create', () => {
  it('keeps an item created meanwhile, after the ones the reorder names', () => {
    const list = [item(A, 'A', 0), item(B, 'B', 1), item(C, 'New elsewhere', 2)];
    expect(applyOrder(list, [B, A]).map((i) => i.id)).toEqual([B, A, C]);
  });

  it('applies a live reorder and a live create in either order to the same list', () => {
    const s = withNeeds(item(A, 'A', 0), item(B, 'B', 1));
    const created = { seq: 2, at: 't', by: null, change: { type: 'item' as const, item: item(C, 'C', 2) } };
    const moved = {
      seq: 3,
      at: 't',
      by: null,
      change: { type: 'order' as const, kind: 'need' as const, ids: [B, A, C] },
    };
    const one = applyLiveChange(applyLiveChange(s, created), moved);
    expect(one.items.need.map((i) => [i.id, i.position])).toEqual([
      [B, 0],
      [A, 1],
      [C, 2],
    ]);
    expect(one.seq).toBe(3);
  });

  it('ignores a live change it already has (one’s own save coming back)', () => {
    const s = { ...withNeeds(item(A, 'A', 0, 4)), seq: 9 };
    const same = applyLiveChange(s, {
      seq: 9,
      at: 't',
      by: null,
      change: { type: 'item', item: item(A, 'Older', 0, 3) },
    });
    expect(same).toBe(s);
  });
});
