import type { Strategy } from '@/domain';
import type { Labels } from '@/features/export/lib/labels';
import { sectionTitle } from '@/features/export/lib/model/build-model';
import { buildOutline, SECTION_IDS } from '@/features/export/lib/outline';
import type { SectionId } from '@/features/export/lib/outline';
import { cleanText } from '@/features/export/lib/sanitize';
import { squash } from './helpers';

// What a reader must find in each section of the document: everything the user typed.

const paras = (text: string) =>
  cleanText(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export function expectedContent(s: Strategy): Record<SectionId, string[]> {
  const p = s.sections.partnership.data;
  const d = s.sections.diagnosis.data;
  const v = s.sections.vision.data;
  const plan = s.sections.plan.data;
  const { items } = s;
  const finding = (kind: 'need' | 'strength' | 'challenge') =>
    items[kind].flatMap((i) => [i.data.title, ...paras(i.data.description), i.data.evidence]);
  const all: Record<SectionId, string[]> = {
    summary: paras(v.summary),
    partnership: [
      ...paras(p.description),
      p.municipality,
      p.leadLibrary,
      ...items.partner.flatMap((x) => [x.data.name, x.data.role]),
      ...items.meeting.map((m) => m.data.title),
    ],
    diagnosis: [
      ...paras(d.summary),
      ...paras(d.dataSources),
      ...d.countriesOfOrigin,
      ...d.languages,
      ...items.service.flatMap((x) => [x.data.name, x.data.runBy, x.data.description]),
    ],
    needs: finding('need'),
    strengths: finding('strength'),
    challenges: finding('challenge'),
    vision: [...paras(v.vision), ...v.objectives, v.councilDecision],
    recommendations: items.recommendation.flatMap((r) => [r.data.title, ...paras(r.data.description)]),
    plan: items.action.flatMap((a) => [
      a.data.title,
      a.data.description,
      a.data.resources,
      a.data.fundingSource,
      a.data.risks,
    ]),
    monitoring: [
      ...paras(plan.monitoring),
      ...paras(plan.review),
      ...items.action.flatMap((a) => a.data.indicators.flatMap((i) => [i.name, i.verification])),
    ],
    partners: items.partner.flatMap((x) => [x.data.name, x.data.contactPerson, x.data.role]),
    meetings: items.meeting.flatMap((m) => [m.data.title, m.data.notes]),
    traceability: [
      ...items.need.map((n) => n.data.title),
      ...items.challenge.map((c) => c.data.title),
      ...items.recommendation.map((r) => r.data.title),
      ...items.action.flatMap((a) => a.data.indicators.map((i) => i.name)),
    ],
  };
  return Object.fromEntries(
    Object.entries(all).map(([k, list]) => [k, list.map((x) => cleanText(x).trim()).filter(Boolean)]),
  ) as Record<SectionId, string[]>;
}

/** The printed headings of the sections, in order. */
export function sectionHeadings(s: Strategy, l: Labels): { id: SectionId; title: string }[] {
  return buildOutline(s).map((entry) => ({ id: entry.id, title: sectionTitle(l, entry) }));
}

/** Splits a document's running text into its sections by their headings, in order. */
export function splitBySection(
  text: string,
  headings: { id: SectionId; title: string }[],
  from = 0,
): Record<SectionId, string> {
  const flat = squash(text);
  let at = squash(text.slice(0, from)).length;
  const starts = headings.map((h) => {
    const i = flat.indexOf(squash(h.title), at);
    if (i < 0) throw new Error(`Heading not found: ${h.title}`);
    at = i + 1;
    return i;
  });
  return Object.fromEntries(
    SECTION_IDS.map((id, n) => [id, flat.slice(starts[n], n + 1 < starts.length ? starts[n + 1] : undefined)]),
  ) as Record<SectionId, string>;
}

/**
 * What the plan chapter says of the budget, worked out here from the actions themselves (not
 * with the app's sums): the EUR total, the number of actions without an amount, and the words
 * of the four tables' header rows.
 */
export function expectedBudget(s: Strategy, l: Labels): string[] {
  const actions = s.items.action.map((a) => a.data);
  const cents = actions.reduce(
    (sum, a) => sum + (a.budget !== null && a.currency === 'EUR' ? Math.round(a.budget * 100) : 0),
    0,
  );
  const unbudgeted = actions.filter((a) => a.budget === null).length;
  return [
    l.t('doc.budget.title'),
    `${l.t('doc.budget.total')} ${l.money(cents / 100, 'EUR')}`,
    ...(unbudgeted > 0 ? [l.t('doc.budget.unbudgeted', { count: unbudgeted })] : []),
    ...(['recommendation', 'year', 'funding', 'theme'] as const).map((k) => l.t(`doc.budget.${k}`)),
    ...actions.map((a) => a.fundingSource.trim()).filter(Boolean),
  ];
}
