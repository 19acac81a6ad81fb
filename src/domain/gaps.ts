import type { ItemKind, SectionKey, Strategy } from './strategy';
import { fieldsOf, hasContent, STEP_CONTENT } from './fields';
import type { FieldSpec } from './fields';
import type { ContentStep } from './steps';

// What a step still lacks, field by field and item by item: completeness counts it
// (completeness.ts), and the checklist says where each is fixed (checklist.ts).

/** A missing field: its key, and the message completeness reports it with (`missing.<key>` or `field:<owner>.<key>`). */
export type GapField = { key: string; message: string };

export type Gap =
  /** An empty required field of a section. */
  | { type: 'field'; step: ContentStep; owner: SectionKey; field: GapField }
  /** A list shorter than a complete step needs ("at least two partners"). */
  | { type: 'fewItems'; step: ContentStep; kind: ItemKind; min: number; message: string }
  /** One item's empty required fields, in the order of its form. */
  | {
      type: 'itemFields';
      step: ContentStep;
      kind: ItemKind;
      itemId: string;
      name: string;
      position: number;
      fields: GapField[];
    };

/** The message a missing field is reported with: its own, or the field's label. */
export const messageOf = (owner: string, spec: FieldSpec) =>
  typeof spec.required === 'string' ? spec.required : `field:${owner}.${spec.key}`;

const required = (owner: SectionKey | ItemKind) => fieldsOf(owner).filter((spec) => spec.required);

/**
 * What a step lacks, from the field descriptions (fields.ts): every required field that is
 * empty, every list shorter than its minimum, and every item lacking a required field.
 * A step is started once anything is written in it.
 */
export function gapsOf(strategy: Strategy, step: ContentStep): { started: boolean; gaps: Gap[] } {
  const content = STEP_CONTENT[step];
  const gaps: Gap[] = [];
  let started = false;
  for (const owner of content.sections) {
    const data = strategy.sections[owner].data as Record<string, unknown>;
    for (const spec of fieldsOf(owner)) {
      const has = hasContent(spec, data);
      started ||= has;
      if (spec.required && !has)
        gaps.push({ type: 'field', step, owner, field: { key: spec.key, message: messageOf(owner, spec) } });
    }
  }
  for (const list of content.lists) {
    const items = strategy.items[list.kind];
    started ||= items.length > 0;
    if (items.length < list.min)
      gaps.push({ type: 'fewItems', step, kind: list.kind, min: list.min, message: list.missing });
    const specs = required(list.kind);
    items.forEach((item, position) => {
      const data = item.data as Record<string, unknown>;
      const fields = specs
        .filter((spec) => !hasContent(spec, data))
        .map((spec) => ({ key: spec.key, message: messageOf(list.kind, spec) }));
      if (fields.length > 0) {
        const name = ((data.title ?? data.name ?? '') as string).trim();
        gaps.push({ type: 'itemFields', step, kind: list.kind, itemId: item.id, name, position, fields });
      }
    });
  }
  return { started, gaps };
}
