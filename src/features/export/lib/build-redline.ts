import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { ParagraphChild } from 'docx';
import { describeField, display, displayText, fieldsOf, itemName } from '@/domain';
import { compareStrategies } from '@/domain/compare';
import type { ContentStep, ItemKind, SectionKey, StoredItem, Strategy } from '@/domain';
import { wordDiff } from '@/lib/word-diff';
import type { Labels } from './labels';
import { createCtx } from './model/context';
import type { Ctx } from './model/context';
import { cleanText } from './sanitize';

// The comparison of two versions as a Word document with tracked changes: every inserted and
// deleted word is a revision (w:ins, w:del) carrying the later version's author and date, so that
// a council secretary sees each change marked in Word or LibreOffice and can accept or reject it.

export type RedlineVersion = {
  /** "Version 3: Draft for the partnership meeting of 12 May", or "Now". */
  label: string;
  by: string;
  at: string;
};

export type RedlineInput = { before: Strategy; after: Strategy; from: RedlineVersion; to: RedlineVersion };

const FONT = 'Calibri';

/** The document's heading for each step, as the strategy document names its chapters. */
const STEP_SECTION: Record<
  ContentStep,
  'partnership' | 'diagnosis' | 'needs' | 'strengths' | 'challenges' | 'recommendations' | 'plan' | 'vision'
> = {
  partnership: 'partnership',
  diagnosis: 'diagnosis',
  needs: 'needs',
  strengths: 'strengths',
  challenges: 'challenges',
  recommendations: 'recommendations',
  plan: 'plan',
  vision: 'vision',
};

type Revision = { id: number; author: string; date: string };

/** Runs of a text, line breaks kept; `kind` makes each run an insertion or a deletion. */
function runs(text: string, kind: 'same' | 'added' | 'removed', rev: () => Revision): ParagraphChild[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => {
      const options = { text: line, ...(i > 0 ? { break: 1 } : {}) };
      if (kind === 'added') return new InsertedTextRun({ ...options, ...rev() });
      if (kind === 'removed') return new DeletedTextRun({ ...options, ...rev() });
      return new TextRun(options);
    });
}

export async function buildRedline(input: RedlineInput, l: Labels): Promise<Uint8Array> {
  const { before, after, from, to } = input;
  const was = createCtx(before, l);
  const now = createCtx(after, l);
  const comparison = compareStrategies(before, after);
  let next = 1;
  const rev = (): Revision => ({ id: next++, author: to.by || l.t('redline.someone'), date: to.at });
  const body: Paragraph[] = [];

  const label = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })], keepNext: true });
  const changedField = (
    owner: SectionKey | ItemKind,
    key: string,
    b: Record<string, unknown>,
    a: Record<string, unknown>,
  ) => {
    body.push(label(l.field(owner, key)));
    const parts = wordDiff(describeField(owner, key, b, was.wording), describeField(owner, key, a, now.wording));
    const children = parts.flatMap((p) => runs(p.text, p.change, rev));
    body.push(new Paragraph({ children: children.length > 0 ? children : [new TextRun(l.t('doc.notProvided'))] }));
  };
  const wholeRecord = (owner: ItemKind, record: Record<string, unknown>, ctx: Ctx, kind: 'added' | 'removed') => {
    for (const spec of fieldsOf(owner)) {
      const text = displayText(display(spec, record), ctx.wording, owner);
      if (!text.trim() || spec.show.as === 'currency') continue;
      body.push(label(l.field(owner, spec.key)));
      body.push(new Paragraph({ children: runs(text, kind, rev) }));
    }
  };
  const nameOf = (item: StoredItem) => cleanText(itemName(item.data)) || l.t('doc.untitled');

  for (const step of comparison.steps) {
    body.push(new Paragraph({ text: l.t(`doc.sections.${STEP_SECTION[step.step]}`), heading: HeadingLevel.HEADING_1 }));
    for (const section of step.sections) {
      for (const key of section.fields) changedField(section.key, key, section.before, section.after);
    }
    for (const change of step.items) {
      const item =
        change.type === 'added' ? change.after : change.type === 'removed' ? change.before : change.afterItem;
      const heading = l.t(`redline.${change.type}`, { kind: l.t(`redline.kinds.${change.kind}`), name: nameOf(item) });
      body.push(new Paragraph({ text: heading, heading: HeadingLevel.HEADING_2 }));
      const record = item.data as unknown as Record<string, unknown>;
      if (change.type === 'added') wholeRecord(change.kind, record, now, 'added');
      else if (change.type === 'removed') wholeRecord(change.kind, record, was, 'removed');
      else for (const key of change.fields) changedField(change.kind, key, change.before, change.after);
    }
  }
  if (comparison.steps.length === 0) body.push(new Paragraph(l.t('redline.none')));

  const place = cleanText(after.sections.partnership.data.municipality || after.workspace.name);
  const version = (v: RedlineVersion) =>
    l.t('redline.version', { label: v.label, by: v.by || l.t('redline.someone'), date: l.dateTime(v.at) });
  const language = { value: l.locale };
  const doc = new Document({
    creator: 'LiBri Strategy Builder',
    title: `${l.t('redline.title')}: ${place}`,
    // Word shows the revisions as tracked changes and goes on tracking what the secretary changes.
    features: { trackRevisions: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '1F3864', language },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '2F5496', language },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        title: { run: { font: FONT, size: 44, bold: true, color: '1F3864', language } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: l.t('redline.title'), heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
          new Paragraph({ children: [new TextRun({ text: place, bold: true, size: 28 })] }),
          new Paragraph({
            children: [new TextRun({ text: `${l.t('redline.from')} `, bold: true }), new TextRun(version(from))],
          }),
          new Paragraph({
            children: [new TextRun({ text: `${l.t('redline.to')} `, bold: true }), new TextRun(version(to))],
          }),
          new Paragraph({
            children: [
              new TextRun(
                l.t('redline.summary', {
                  added: comparison.counts.added,
                  removed: comparison.counts.removed,
                  changed: comparison.counts.changed,
                }),
              ),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: l.t('redline.howTo'), italics: true, color: '44546A' })] }),
          ...body,
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

/** `strategy-valmiera-changes-v3-v5-lv.docx`; the later side may be the text as it is now. */
export function redlineFileName(
  place: string,
  from: number,
  to: number | null,
  lng: string,
  slug: (s: string) => string,
) {
  return `strategy-${slug(place)}-changes-v${from}-${to === null ? 'now' : `v${to}`}-${lng}.docx`;
}
