import { stateOf } from '@/domain';
import type { Strategy } from '@/domain';
import type { Labels } from '../labels';
import { buildOutline } from '../outline';
import type { OutlineEntry, SectionId } from '../outline';
import type { Ctx } from './context';
import { clean, colon, createCtx } from './context';
import { meetingsAnnex, partnersAnnex, traceabilityAnnex } from './sections-annexes';
import { diagnosisSection, partnershipSection, period, summarySection, visionSection } from './sections-context';
import { findingsSection, recommendationsSection } from './sections-findings';
import { monitoringSection, planSection } from './sections-plan';
import type { Block, DocumentModel, Part } from './types';

// Strategy + the document's words → the document model both generators render.

const BUILDERS: Record<SectionId, (ctx: Ctx) => Block[]> = {
  summary: summarySection,
  partnership: partnershipSection,
  diagnosis: diagnosisSection,
  needs: (ctx) => findingsSection(ctx, 'need'),
  strengths: (ctx) => findingsSection(ctx, 'strength'),
  challenges: (ctx) => findingsSection(ctx, 'challenge'),
  vision: visionSection,
  recommendations: recommendationsSection,
  plan: planSection,
  monitoring: monitoringSection,
  partners: partnersAnnex,
  meetings: meetingsAnnex,
  traceability: traceabilityAnnex,
};

/** The section's heading as printed: "3. Local diagnosis", "Annex A. Partner organisations". */
export function sectionTitle(l: Labels, entry: OutlineEntry): string {
  const title = l.t(`doc.sections.${entry.id}`);
  return entry.annex ? l.t('doc.annex', { letter: entry.number, title }) : `${entry.number}. ${title}`;
}

/** The wide tables (the implementation plan, and the traceability matrix to its indicators) get landscape pages of their own. */
const LANDSCAPE: readonly SectionId[] = ['plan', 'traceability'];

/**
 * The cover's status agrees with the adoption part of the vision section. A council decision
 * (its number or date) makes the strategy adopted, whatever the review in the app: the lead
 * records the decision in an editable state, so a strategy adopted yesterday is typically a
 * "draft" in the app today. The review state is kept after the adoption when it says more
 * than "draft" (e.g. accepted by the programme coordinator, or changes requested since).
 */
export function coverStatus(strategy: Strategy, l: Labels): string {
  const { t } = l;
  const state = stateOf(strategy.workspace);
  const review = t(`doc.states.${state}`);
  const vision = strategy.sections.vision.data;
  const decision = clean(vision.councilDecision);
  const date = vision.adoptionDate ? l.date(vision.adoptionDate) : '';
  if (!decision && !date) return review;
  const adopted = t('doc.cover.adopted', { details: [decision, date].filter(Boolean).join(', ') });
  return state === 'draft' ? adopted : `${adopted} · ${review}`;
}

export function buildDocumentModel(strategy: Strategy, l: Labels): DocumentModel {
  const ctx = createCtx(strategy, l);
  const { t } = l;
  const p = strategy.sections.partnership.data;
  const vision = strategy.sections.vision.data;
  const municipality = clean(p.municipality);
  const title = t('doc.title');
  const outline = buildOutline(strategy);

  const parts: Part[] = [];
  for (const entry of outline) {
    const orientation = LANDSCAPE.includes(entry.id) ? 'landscape' : 'portrait';
    const heading: Block = { kind: 'heading', level: 1, text: sectionTitle(l, entry), anchor: `sec_${entry.id}` };
    const blocks = [
      heading,
      ...(entry.empty ? [{ kind: 'note' as const, text: ctx.notProvided }] : BUILDERS[entry.id](ctx)),
    ];
    const last = parts.at(-1);
    if (last && last.orientation === orientation) last.blocks.push(...blocks);
    else parts.push({ orientation, blocks });
  }

  const partners = strategy.items.partner.map((x) => ctx.partnerNames.get(x.id) ?? '').filter(Boolean);
  const lead = clean(p.leadLibrary);
  const partnership = [lead, ...partners.filter((n) => n !== lead)].join(', ');
  const updatedAt = strategy.workspace.updatedAt;
  const fileTitle = municipality ? `${title}: ${municipality}` : title;

  return {
    lng: l.lng,
    locale: l.locale,
    fileTitle,
    subject: t('doc.subtitle'),
    keywords: ['LiBri', title, municipality].filter(Boolean).join(', '),
    header: municipality ? `${municipality} · ${title}` : title,
    cover: {
      municipality: municipality || ctx.notProvided,
      title,
      subtitle: t('doc.subtitle'),
      rows: [
        { label: t('doc.cover.partnership'), value: partnership || ctx.notProvided },
        { label: t('doc.cover.leadLibrary'), value: lead || ctx.notProvided },
        { label: t('doc.cover.version'), value: l.dateTime(updatedAt) },
        ...(period(vision) ? [{ label: t('doc.cover.period'), value: period(vision) }] : []),
        { label: t('doc.cover.status'), value: coverStatus(strategy, l) },
        { label: t('doc.cover.date'), value: l.date(updatedAt) },
      ].map((row) => ({ ...row, label: colon(ctx, row.label) })),
    },
    contentsTitle: t('doc.contents'),
    toc: parts.flatMap((part) =>
      part.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [{ text: b.text, anchor: b.anchor }] : [])),
    ),
    parts,
    pageTemplate: t('doc.page', { page: '{{page}}', pages: '{{pages}}' }),
  };
}
