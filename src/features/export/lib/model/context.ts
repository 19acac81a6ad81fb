import { display, displayText, fieldsOf, hasContent, INDICATOR_FIELDS, SCALE } from '@/domain';
import type { FieldSpec, Finding, FindingKind, ItemKind, SectionKey, Strategy, Wording } from '@/domain';
import type { Labels } from '../labels';
import { cleanText, lines } from '../sanitize';
import type { Block, Cell, CellParagraph, Run } from './types';

// What every section builder needs: the strategy, the words, and how to name things
// (item codes such as N2 or R1, partners by name, tags in words, "not provided").

export type Ctx = {
  strategy: Strategy;
  l: Labels;
  notProvided: string;
  /** Item id → its code in the document, e.g. N3. Only items that exist have one. */
  codes: Map<string, string>;
  titles: Map<string, string>;
  partnerNames: Map<string, string>;
  /** Field values in the document's words (src/domain/fields.ts). */
  wording: Wording;
};

const CODED = ['need', 'strength', 'challenge', 'recommendation', 'action'] as const satisfies readonly ItemKind[];

export function createCtx(strategy: Strategy, l: Labels): Ctx {
  const untitled = l.t('doc.untitled');
  const codes = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const kind of CODED) {
    const prefix = l.t(`doc.codes.${kind}`);
    strategy.items[kind].forEach((item, i) => {
      codes.set(item.id, `${prefix}${i + 1}`);
      titles.set(item.id, clean((item.data as { title: string }).title) || untitled);
    });
  }
  const partnerNames = new Map(strategy.items.partner.map((p) => [p.id, clean(p.data.name) || untitled]));
  const ctx: Ctx = {
    strategy,
    l,
    notProvided: l.t('doc.notProvided'),
    codes,
    titles,
    partnerNames,
    wording: null as never,
  };
  ctx.wording = {
    label: l.field,
    term: l.taxonomy,
    number: l.number,
    money: l.money,
    date: l.date,
    month: l.month,
    yesNo: l.yesNo,
    country: l.country,
    link: (kind, id) => (kind === 'partner' ? (partnerNames.get(id) ?? null) : ref(ctx, id)),
  };
  return ctx;
}

type Owner = SectionKey | ItemKind | 'indicator';
const INDICATOR_SPECS: readonly FieldSpec[] = INDICATOR_FIELDS;

/**
 * The fields of a record that a section's own layout does not place, with their values:
 * a field added to a kind reaches the document without a change to the layout. Fields
 * described with `document: false` stay out (personal data the document does not carry).
 */
function unplaced(ctx: Ctx, owner: Owner, record: object, placed: readonly string[]) {
  const specs = owner === 'indicator' ? INDICATOR_SPECS : fieldsOf(owner);
  return specs
    .filter(
      (spec) =>
        !placed.includes(spec.key) && spec.document !== false && hasContent(spec, record as Record<string, unknown>),
    )
    .map((spec) => ({
      label: ctx.l.field(owner, spec.key),
      text: clean(displayText(display(spec, record as Record<string, unknown>), ctx.wording)),
    }));
}

/** Unplaced fields as "Label: value" lines of the document. */
export function otherFields(ctx: Ctx, owner: Owner, record: object, placed: readonly string[]): Block[] {
  return unplaced(ctx, owner, record, placed).map((f) => field(ctx, f.label, f.text));
}

/** Unplaced fields as labelled paragraphs of a table cell. */
export function otherFieldLines(ctx: Ctx, owner: Owner, record: object, placed: readonly string[]): CellParagraph[] {
  return unplaced(ctx, owner, record, placed).map((f) => [
    { text: `${colon(ctx, f.label)} `, bold: true },
    { text: f.text.split('\n').join('; ') },
  ]);
}

export const clean = (value: string) => cleanText(value).trim();

/** "N2 Language cafés" for a live item, nothing for a deleted one. */
export function ref(ctx: Ctx, id: string): string | null {
  const code = ctx.codes.get(id);
  return code ? `${code} ${ctx.titles.get(id)}` : null;
}

/** Item references, one per line; links to deleted items are left out. */
export function refs(ctx: Ctx, ids: readonly string[]): string {
  return ids
    .map((id) => ref(ctx, id))
    .filter((r): r is string => r !== null)
    .join('\n');
}

export const partnerName = (ctx: Ctx, id: string) => ctx.partnerNames.get(id) ?? '';

/** Taxonomy values in words, joined: `theme.eu.health` → "Health". */
export function tagList(ctx: Ctx, list: 'theme' | 'targetGroup', values: readonly string[]): string {
  return values.map((v) => ctx.l.taxonomy(`${list}.${v}`)).join(', ');
}

/** A text value, or "Not provided" in italics. */
export function value(ctx: Ctx, text: string): Run[] {
  const v = clean(text);
  return v ? [{ text: v }] : [{ text: ctx.notProvided, italic: true }];
}

/** "Municipality:" — punctuation differs by language (French puts a space before the colon). */
export const colon = (ctx: Ctx, label: string) => ctx.l.t('doc.labelled', { label });

export const field = (ctx: Ctx, label: string, text: string): Block => ({
  kind: 'field',
  label: colon(ctx, label),
  value: value(ctx, text),
});

/** A long text as paragraphs, or a "not provided" note. */
export function paragraphs(ctx: Ctx, text: string): Block[] {
  const ls = lines(text);
  if (ls.length === 0) return [{ kind: 'note', text: ctx.notProvided }];
  // Consecutive lines stay one paragraph (with line breaks); a blank line starts a new one.
  return ls
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => ({ kind: 'paragraph' as const, runs: [{ text: p }] }));
}

/** The rating word of a finding: priority of a need, significance of a strength, severity of a challenge. */
export function rating(ctx: Ctx, kind: FindingKind, f: Finding): { label: string; text: string } {
  const list = SCALE[kind];
  return { label: ctx.l.t(`doc.fields.${list}`), text: f.priority ? ctx.l.taxonomy(`${list}.${f.priority}`) : '' };
}

/** A table cell of one paragraph per line, or "Not provided" in italics. */
export function cell(ctx: Ctx, text: string, bold = false): Cell {
  const ls = lines(text);
  return ls.length === 0 ? [[{ text: ctx.notProvided, italic: true }]] : ls.map((l) => [{ text: l, bold }]);
}
