import { describe, expect, it } from 'vitest';
import { EMPTY_ITEMS, EMPTY_SECTIONS, ITEM_KINDS, ITEM_SCHEMAS, SECTION_KEYS, SECTION_SCHEMAS } from './strategy';
import {
  defaultOf,
  salvage,
  textOf,
  upgradeItemData,
  upgradeOperation,
  upgradeSectionData,
  upgradeStrategy,
} from './upgrade';

const ID = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

describe('reading data written by older releases', () => {
  it('derives the empty value of every kind and section from its schema, as the forms start', () => {
    for (const kind of ITEM_KINDS) expect(defaultOf(ITEM_SCHEMAS[kind])).toEqual(EMPTY_ITEMS[kind]);
    for (const key of SECTION_KEYS) expect(defaultOf(SECTION_SCHEMAS[key])).toEqual(EMPTY_SECTIONS[key]);
  });

  it('fills a field that did not exist yet and drops one that no longer exists, keeping every word', () => {
    const { priority: _gone, ...old } = { ...EMPTY_ITEMS.need, title: 'Childcare during courses', retired: 'x' };
    const need = upgradeItemData('need', old);
    expect(need).toEqual({ ...EMPTY_ITEMS.need, title: 'Childcare during courses' });
  });

  it('drops a theme tag that was retired instead of losing the other tags', () => {
    const need = upgradeItemData('need', { ...EMPTY_ITEMS.need, themes: ['eu.health', 'eu.retired-theme'] });
    expect(need.themes).toEqual(['eu.health']);
  });

  it('never throws on damaged data: wrong values take their default, an end before the start is cleared', () => {
    expect(upgradeItemData('action', null)).toEqual(EMPTY_ITEMS.action);
    const action = upgradeItemData('action', {
      ...EMPTY_ITEMS.action,
      title: 'Language café',
      budget: 'lots',
      startMonth: '2026-05',
      endMonth: '2026-01',
      indicators: [
        { id: ID, name: 'Visitors', baseline: 0, target: 100, unit: 'people', verification: '' },
        { bad: 1 },
      ],
    });
    expect(action.title).toBe('Language café');
    expect(action.budget).toBeNull();
    expect([action.startMonth, action.endMonth]).toEqual(['2026-05', '']);
    expect(action.indicators.map((i) => i.name)).toEqual(['Visitors']);
  });

  it('cuts a text longer than today’s limit rather than losing it', () => {
    const long = 'a'.repeat(5000);
    expect(upgradeSectionData('plan', { monitoring: long, review: '' }).monitoring).toHaveLength(4000);
  });

  it('moves a renamed field to its new name', () => {
    const data = salvage(ITEM_SCHEMAS.partner, { name: 'Library', contact: 'Anna' }, EMPTY_ITEMS.partner, {
      contact: 'contactPerson',
    });
    expect(data.contactPerson).toBe('Anna');
  });

  it('reads a device copy of an older shape, leaving out only items it cannot read', () => {
    const s = upgradeStrategy({
      workspace: {
        id: ID,
        name: 'Valmiera',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      sections: { plan: { version: 2, updatedAt: null, data: { monitoring: 'Quarterly' } } },
      items: { need: [{ id: ID, version: 1, data: { title: 'Jobs' } }, { id: 'nope' }], unknown: [{}] },
    });
    expect(s?.sections.plan.data).toEqual({ monitoring: 'Quarterly', review: '' });
    expect(s?.sections.vision.data).toEqual(EMPTY_SECTIONS.vision);
    expect(s?.items.need.map((n) => n.data.title)).toEqual(['Jobs']);
    expect(upgradeStrategy({ workspace: {} })).toBeNull();
  });

  it('upgrades queued edits of an older shape and sets aside the ones it cannot read, with their text', () => {
    const up = upgradeOperation({
      type: 'updateItem',
      kind: 'need',
      id: ID,
      data: { title: 'Jobs' },
      baseVersion: 3,
      opId: 'x',
    });
    expect(up).toEqual({
      ok: true,
      op: { type: 'updateItem', kind: 'need', id: ID, data: { ...EMPTY_ITEMS.need, title: 'Jobs' }, baseVersion: 3 },
    });
    const aside = upgradeOperation({
      type: 'updateItem',
      kind: 'wish',
      id: ID,
      data: { title: 'Free Wi-Fi', text: 'in the reading room' },
    });
    expect(aside).toEqual({
      ok: false,
      unreadable: expect.objectContaining({ text: 'Free Wi-Fi\nin the reading room' }),
    });
    for (const raw of [null, 3, 'x', [], { type: 'putSection', key: 'nope' }, { type: 'deleteItem', kind: 'need' }]) {
      expect(upgradeOperation(raw).ok).toBe(false);
    }
  });

  it('collects the typed text of any value', () => {
    expect(textOf({ type: 'createItem', id: ID, data: { title: 'A', list: ['B', { c: 'C' }], n: 5 } })).toBe(
      'A\nB\nC\n5',
    );
  });
});
