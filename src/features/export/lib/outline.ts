import { findProblems, strategyProgress } from '@/domain';
import type { ContentStep, Problem, Strategy } from '@/domain';

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

const filled = (s: string) => s.trim() !== '';

function isEmpty(strategy: Strategy, id: SectionId): boolean {
  const { sections, items } = strategy;
  const p = sections.partnership.data;
  const d = sections.diagnosis.data;
  const v = sections.vision.data;
  switch (id) {
    case 'summary':
      return !filled(v.summary);
    case 'partnership':
      return (
        ![p.municipality, p.leadLibrary, p.description, p.country].some(filled) &&
        !p.agreementSigned &&
        items.partner.length === 0 &&
        items.meeting.length === 0
      );
    case 'diagnosis':
      return (
        d.population === null &&
        d.tcnCount === null &&
        d.countriesOfOrigin.length === 0 &&
        d.languages.length === 0 &&
        d.targetGroups.length === 0 &&
        !filled(d.summary) &&
        !filled(d.dataSources) &&
        items.service.length === 0
      );
    case 'needs':
      return items.need.length === 0;
    case 'strengths':
      return items.strength.length === 0;
    case 'challenges':
      return items.challenge.length === 0;
    case 'vision':
      return !filled(v.vision) && !v.objectives.some(filled) && !filled(v.councilDecision) && !filled(v.adoptionDate);
    case 'recommendations':
      return items.recommendation.length === 0;
    case 'plan':
      return items.action.length === 0;
    case 'monitoring':
      return (
        ![sections.plan.data.monitoring, sections.plan.data.review].some(filled) &&
        !items.action.some((a) => a.data.indicators.length > 0)
      );
    case 'partners':
      return items.partner.length === 0;
    case 'meetings':
      return items.meeting.length === 0;
    case 'traceability':
      return items.need.length === 0 && items.recommendation.length === 0;
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
