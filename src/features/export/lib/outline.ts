import { fieldsOf, findProblems, hasContent, strategyProgress } from '@/domain';
import type { ContentStep, ItemKind, Problem, SectionKey, Strategy } from '@/domain';

// The document's sections in order, each with what the preview must flag: empty
// (the document says "not provided"), broken links (from findProblems) and details
// still missing (from strategyProgress). The generators number and fill the same list.

export const SECTION_IDS = [
  'summary',
  'partnership',
  'diagnosis',
  'needs',
  'strengths',
  'challenges',
  'vision',
  'recommendations',
  'plan',
  'monitoring',
  'partners',
  'meetings',
  'traceability',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Sections printed as annexes (A, B, C…) after the numbered ones. */
export const ANNEXES: readonly SectionId[] = ['partners', 'meetings', 'traceability'];

export type OutlineEntry = {
  id: SectionId;
  /** "3" for a numbered section, "A" for an annex. */
  number: string;
  annex: boolean;
  empty: boolean;
  problems: Problem[];
  missing: number;
};

/** Whether a section of the strategy holds anything, by the field descriptions: a new field counts with no change here. */
function written(strategy: Strategy, key: SectionKey, which: (field: string) => boolean = () => true): boolean {
  const data = strategy.sections[key].data as Record<string, unknown>;
  return fieldsOf(key).some((spec) => which(spec.key) && hasContent(spec, data));
}

function isEmpty(strategy: Strategy, id: SectionId): boolean {
  const { items } = strategy;
  const none = (...kinds: ItemKind[]) => kinds.every((k) => items[k].length === 0);
  switch (id) {
    case 'summary':
      return !written(strategy, 'vision', (f) => f === 'summary');
    case 'partnership':
      return !written(strategy, 'partnership') && none('partner', 'meeting');
    case 'diagnosis':
      return !written(strategy, 'diagnosis') && none('service');
    case 'needs':
      return none('need');
    case 'strengths':
      return none('strength');
    case 'challenges':
      return none('challenge');
    case 'vision':
      return !written(strategy, 'vision', (f) => f !== 'summary');
    case 'recommendations':
      return none('recommendation');
    case 'plan':
      return none('action');
    case 'monitoring':
      return !written(strategy, 'plan') && !items.action.some((a) => a.data.indicators.length > 0);
    case 'partners':
      return none('partner');
    case 'meetings':
      return none('meeting');
    case 'traceability':
      return none('need', 'recommendation');
  }
}

/** Which wizard step's findings belong to a section. */
const STEP_OF: Partial<Record<SectionId, ContentStep>> = {
  partnership: 'partnership',
  diagnosis: 'diagnosis',
  needs: 'needs',
  strengths: 'strengths',
  challenges: 'challenges',
  vision: 'vision',
  recommendations: 'recommendations',
  plan: 'plan',
};

export function buildOutline(strategy: Strategy): OutlineEntry[] {
  const problems = findProblems(strategy);
  const progress = new Map(strategyProgress(strategy).map((p) => [p.step, p]));
  let numbered = 0;
  let annexes = 0;
  return SECTION_IDS.map((id) => {
    const annex = ANNEXES.includes(id);
    const number = annex ? String.fromCharCode(65 + annexes++) : String(++numbered);
    const step = STEP_OF[id];
    const stepMissing = step ? (progress.get(step)?.missing ?? []) : [];
    // The vision step also asks for the executive summary, which is a section of its own here.
    const missing =
      id === 'summary'
        ? (progress.get('vision')?.missing.filter((m) => m.key === 'summary').length ?? 0)
        : stepMissing.filter((m) => !(id === 'vision' && m.key === 'summary')).length;
    return {
      id,
      number,
      annex,
      empty: isEmpty(strategy, id),
      problems: step ? problems.filter((p) => p.step === step) : [],
      missing,
    };
  });
}

/** Sections the preview should flag. */
export const needsAttention = (entry: OutlineEntry) => entry.empty || entry.problems.length > 0 || entry.missing > 0;
