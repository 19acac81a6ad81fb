import { fieldsOf, STEP_CONTENT } from './fields';
import { changedFields } from './merge';
import type { Fields } from './merge';
import { CONTENT_STEPS } from './steps';
import type { ContentStep } from './steps';
import type { ItemKind, SectionKey, StoredItem, Strategy } from './strategy';

// Two states of one strategy side by side (two kept versions, or a version and now): what was
// added, removed and changed, step by step, field by field, in the order the wizard shows them.
// Items are matched by id, so an item that was moved or retitled is the same item, changed.
// Which words changed inside a text is the reader's business (src/lib/word-diff.ts).

export type RecordChange = {
  /** The fields that differ, in the order the forms show them. */
  fields: string[];
  before: Fields;
  after: Fields;
};

export type ItemChange = { id: string; kind: ItemKind } & (
  | { type: 'added'; after: StoredItem }
  | { type: 'removed'; before: StoredItem }
  | ({ type: 'changed'; beforeItem: StoredItem; afterItem: StoredItem } & RecordChange)
);

export type StepChanges = {
  step: ContentStep;
  sections: ({ key: SectionKey } & RecordChange)[];
  items: ItemChange[];
};

export type StrategyComparison = {
  steps: StepChanges[];
  counts: { added: number; removed: number; changed: number };
};

/** Fields in the order described (fields.ts), then any other that differs. */
function orderedChanges(owner: SectionKey | ItemKind, before: Fields, after: Fields): string[] {
  const changed = new Set([...changedFields(after, before), ...changedFields(before, after)]);
  const described = fieldsOf(owner).map((f) => f.key);
  return [...described.filter((k) => changed.has(k)), ...[...changed].filter((k) => !described.includes(k))];
}

export function compareStrategies(before: Strategy, after: Strategy): StrategyComparison {
  const counts = { added: 0, removed: 0, changed: 0 };
  const steps: StepChanges[] = [];
  for (const step of CONTENT_STEPS) {
    const content = STEP_CONTENT[step];
    const sections = content.sections.flatMap((key) => {
      const b = before.sections[key].data as unknown as Fields;
      const a = after.sections[key].data as unknown as Fields;
      const fields = orderedChanges(key, b, a);
      if (fields.length > 0) counts.changed += 1;
      return fields.length > 0 ? [{ key, fields, before: b, after: a }] : [];
    });
    const items: ItemChange[] = [];
    for (const { kind } of content.lists) {
      const old = new Map((before.items[kind] as StoredItem[]).map((i) => [i.id, i]));
      const now = after.items[kind] as StoredItem[];
      for (const item of now) {
        const was = old.get(item.id);
        if (!was) {
          items.push({ id: item.id, kind, type: 'added', after: item });
          counts.added += 1;
          continue;
        }
        const b = was.data as unknown as Fields;
        const a = item.data as unknown as Fields;
        const fields = orderedChanges(kind, b, a);
        if (fields.length > 0) {
          items.push({
            id: item.id,
            kind,
            type: 'changed',
            beforeItem: was,
            afterItem: item,
            fields,
            before: b,
            after: a,
          });
          counts.changed += 1;
        }
      }
      const kept = new Set(now.map((i) => i.id));
      for (const item of before.items[kind] as StoredItem[]) {
        if (kept.has(item.id)) continue;
        items.push({ id: item.id, kind, type: 'removed', before: item });
        counts.removed += 1;
      }
    }
    if (sections.length > 0 || items.length > 0) steps.push({ step, sections, items });
  }
  return { steps, counts };
}
