import type { Ctx } from './context';
import { cell, clean, colon, field, otherFieldLines, otherFields, paragraphs, tagList } from './context';
import type { Block } from './types';

// The sections that set the scene: executive summary, partnership, local diagnosis,
// vision and objectives.

const SERVICE_PLACED = ['name', 'runBy', 'targetGroups', 'description'];

const h2 = (text: string, anchor: string): Block => ({ kind: 'heading', level: 2, text, anchor });

export function summarySection(ctx: Ctx): Block[] {
  return paragraphs(ctx, ctx.strategy.sections.vision.data.summary);
}

export function partnershipSection(ctx: Ctx): Block[] {
  const { t, country, date } = ctx.l;
  const p = ctx.strategy.sections.partnership.data;
  const { partner, meeting } = ctx.strategy.items;
  const agreement = p.agreementSigned
    ? p.agreementDate
      ? t('doc.fields.agreementSignedOn', { date: date(p.agreementDate) })
      : t('doc.fields.agreementSigned')
    : t('doc.fields.agreementNotSigned');
  const blocks: Block[] = [
    ...(clean(p.description) ? paragraphs(ctx, p.description) : [field(ctx, t('doc.fields.description'), '')]),
    field(ctx, t('doc.fields.municipality'), p.municipality),
    field(ctx, t('doc.fields.country'), p.country ? country(p.country) : ''),
    field(ctx, t('doc.fields.leadLibrary'), p.leadLibrary),
    field(ctx, t('doc.fields.agreement'), agreement),
    ...otherFields(ctx, 'partnership', p, [
      'municipality',
      'country',
      'leadLibrary',
      'description',
      'agreementSigned',
      'agreementDate',
    ]),
    h2(t('doc.fields.partners'), 'partnership_partners'),
  ];
  if (partner.length === 0) blocks.push({ kind: 'note', text: ctx.notProvided });
  else {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: partner.map((x) => {
        const type = x.data.type ? ` (${ctx.l.taxonomy(`partnerType.${x.data.type}`)})` : '';
        const role = clean(x.data.role);
        const name = `${ctx.partnerNames.get(x.id)}${type}`;
        return role ? [{ text: colon(ctx, name), bold: true }, { text: ` ${role}` }] : [{ text: name, bold: true }];
      }),
    });
    blocks.push({ kind: 'paragraph', runs: [{ text: t('doc.fields.seeAnnex', { letter: 'A' }), italic: true }] });
  }
  blocks.push(h2(t('doc.fields.meetings'), 'partnership_meetings'));
  if (meeting.length === 0) blocks.push({ kind: 'note', text: ctx.notProvided });
  else {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: meeting.map((m) => {
        const when = m.data.date ? `${colon(ctx, date(m.data.date))} ` : '';
        return [{ text: `${when}${clean(m.data.title) || t('doc.untitled')}` }];
      }),
    });
    blocks.push({ kind: 'paragraph', runs: [{ text: t('doc.fields.seeAnnex', { letter: 'B' }), italic: true }] });
  }
  return blocks;
}

export function diagnosisSection(ctx: Ctx): Block[] {
  const { t, number } = ctx.l;
  const d = ctx.strategy.sections.diagnosis.data;
  const services = ctx.strategy.items.service;
  const blocks: Block[] = [
    field(ctx, t('doc.fields.population'), d.population === null ? '' : number(d.population)),
    field(ctx, t('doc.fields.tcnCount'), d.tcnCount === null ? '' : number(d.tcnCount)),
    field(ctx, t('doc.fields.countriesOfOrigin'), d.countriesOfOrigin.map(clean).join(', ')),
    field(ctx, t('doc.fields.languages'), d.languages.map(clean).join(', ')),
    field(ctx, t('doc.fields.targetGroups'), tagList(ctx, 'targetGroup', d.targetGroups)),
    ...otherFields(ctx, 'diagnosis', d, [
      'population',
      'tcnCount',
      'countriesOfOrigin',
      'languages',
      'targetGroups',
      'summary',
      'dataSources',
    ]),
    h2(t('doc.fields.summary'), 'diagnosis_summary'),
    ...paragraphs(ctx, d.summary),
    h2(t('doc.fields.services'), 'diagnosis_services'),
  ];
  if (services.length === 0) blocks.push({ kind: 'note', text: ctx.notProvided });
  else {
    blocks.push({
      kind: 'table',
      caption: t('doc.fields.services'),
      columns: [
        { header: t('doc.table.service'), width: 24 },
        { header: t('doc.fields.runBy'), width: 20 },
        { header: t('doc.fields.targetGroups'), width: 22 },
        { header: t('doc.fields.description'), width: 34 },
      ],
      rows: services.map((s) => [
        cell(ctx, clean(s.data.name) || t('doc.untitled'), true),
        cell(ctx, s.data.runBy),
        cell(ctx, tagList(ctx, 'targetGroup', s.data.targetGroups)),
        [...cell(ctx, s.data.description), ...otherFieldLines(ctx, 'service', s.data, SERVICE_PLACED)],
      ]),
    });
  }
  blocks.push(h2(t('doc.fields.dataSources'), 'diagnosis_sources'), ...paragraphs(ctx, d.dataSources));
  return blocks;
}

export function visionSection(ctx: Ctx): Block[] {
  const { t, date } = ctx.l;
  const v = ctx.strategy.sections.vision.data;
  const objectives = v.objectives.map(clean).filter(Boolean);
  return [
    h2(t('doc.fields.vision'), 'vision_vision'),
    ...paragraphs(ctx, v.vision),
    h2(t('doc.fields.objectives'), 'vision_objectives'),
    objectives.length === 0
      ? { kind: 'note', text: ctx.notProvided }
      : { kind: 'list', ordered: true, items: objectives.map((o) => [{ text: o }]) },
    h2(t('doc.fields.adoption'), 'vision_adoption'),
    field(ctx, t('doc.fields.councilDecision'), v.councilDecision),
    field(ctx, t('doc.fields.adoptionDate'), v.adoptionDate ? date(v.adoptionDate) : ''),
    field(ctx, t('doc.fields.period'), period(v)),
    ...otherFields(ctx, 'vision', v, [
      'vision',
      'objectives',
      'summary',
      'councilDecision',
      'adoptionDate',
      'periodStart',
      'periodEnd',
    ]),
  ];
}

/** "2026–2028", "from 2026", "until 2028", or '' when no year is given. */
export function period(v: { periodStart: string; periodEnd: string }): string {
  if (v.periodStart && v.periodEnd)
    return v.periodStart === v.periodEnd ? v.periodStart : `${v.periodStart}–${v.periodEnd}`;
  return v.periodStart ? `${v.periodStart}–` : v.periodEnd ? `–${v.periodEnd}` : '';
}
