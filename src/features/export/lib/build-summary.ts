import { Packer } from 'docx';
import type { ProgrammeSummary, TownSummary } from '@/domain/programme-summary';
import { createDocx } from './build-docx';
import type { Labels } from './labels';
import type { Block, Cell, Column, DocumentModel, Part } from './model/types';
import { cleanText } from './sanitize';

// The programme summary document: the programme at a glance, a chapter per town (where it
// stands, its key needs, its recommendations, its actions and budget) and the across-towns
// tables, through the same DOCX writer as a town's strategy.

const cell = (text: string, bold = false): Cell => [[{ text: cleanText(text), bold }]];
const table = (caption: string, columns: Column[], rows: string[][]): Block => ({
  kind: 'table',
  caption,
  columns,
  rows: rows.map((r) => r.map((text) => cell(text))),
});
const even = (headers: string[], first = 40): Column[] =>
  headers.map((header, i) => ({
    header,
    width: i === 0 ? first : (100 - first) / Math.max(1, headers.length - 1),
  }));

function moneyText(l: Labels, budget: { currency: string; amount: number }[]): string {
  return budget.length === 0 ? l.t('summary.noBudget') : budget.map((m) => l.money(m.amount, m.currency)).join(' · ');
}

function monthsText(l: Labels, start: string, end: string): string {
  if (!start) return l.t('doc.notProvided');
  return end && end !== start ? `${l.month(start)} – ${l.month(end)}` : l.month(start);
}

function townBlocks(town: TownSummary, l: Labels, anchor: string): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: cleanText(town.name), anchor },
    { kind: 'field', label: l.t('summary.stateField'), value: [{ text: l.state(town.state) }] },
    {
      kind: 'field',
      label: l.t('summary.percentField'),
      value: [{ text: `${l.number(town.percent)} %` }],
    },
    { kind: 'field', label: l.t('summary.budgetField'), value: [{ text: moneyText(l, town.budget) }] },
    { kind: 'heading', level: 2, text: l.t('summary.keyNeeds'), anchor: `${anchor}-needs` },
  ];
  if (town.needs.length === 0) blocks.push({ kind: 'note', text: l.t('summary.noNeeds') });
  else {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: town.needs.map((n) => [
        { text: cleanText(n.title) || l.t('doc.untitled') },
        ...(n.priority ? [{ text: ` (${l.taxonomy(`priority.${n.priority}`)})`, italic: true }] : []),
      ]),
    });
    if (town.needCount > town.needs.length)
      blocks.push({ kind: 'note', text: l.t('summary.shown', { shown: town.needs.length, count: town.needCount }) });
  }
  blocks.push({ kind: 'heading', level: 2, text: l.t('summary.recommendations'), anchor: `${anchor}-recs` });
  if (town.recommendations.length === 0) blocks.push({ kind: 'note', text: l.t('summary.noRecommendations') });
  else
    blocks.push({
      kind: 'list',
      ordered: true,
      items: town.recommendations.map((r) => [{ text: cleanText(r) || l.t('doc.untitled') }]),
    });
  blocks.push({ kind: 'heading', level: 2, text: l.t('summary.actions'), anchor: `${anchor}-actions` });
  if (town.actions.length === 0) blocks.push({ kind: 'note', text: l.t('summary.noActions') });
  else {
    blocks.push(
      table(
        l.t('summary.actionsCaption', { town: town.name }),
        [
          { header: l.t('summary.action'), width: 40 },
          { header: l.t('summary.lead'), width: 22 },
          { header: l.t('summary.months'), width: 22 },
          { header: l.t('summary.budget'), width: 16 },
        ],
        town.actions.map((a) => [
          a.title || l.t('doc.untitled'),
          a.lead || l.t('doc.notProvided'),
          monthsText(l, a.startMonth, a.endMonth),
          a.budget === null ? l.t('doc.notProvided') : l.money(a.budget, a.currency),
        ]),
      ),
    );
    if (town.actionCount > town.actions.length)
      blocks.push({
        kind: 'note',
        text: l.t('summary.shown', { shown: town.actions.length, count: town.actionCount }),
      });
  }
  return blocks;
}

function acrossBlocks(summary: ProgrammeSummary, l: Labels): Block[] {
  const { across } = summary;
  const kinds = [l.t('summary.needs'), l.t('summary.recommendations'), l.t('summary.actions')];
  const theme = (tag: string) => (tag === 'none' ? l.t('summary.noTheme') : l.taxonomy(`theme.${tag}`));
  const currencies = [...new Set(across.budgetByTheme.flatMap((r) => r.budget.map((m) => m.currency)))];
  const fundingCurrencies = [...new Set(across.budgetByFunding.flatMap((r) => r.budget.map((m) => m.currency)))];
  const amount = (budget: { currency: string; amount: number }[], c: string) =>
    l.money(budget.find((m) => m.currency === c)?.amount ?? 0, c);
  return [
    { kind: 'heading', level: 1, text: l.t('summary.across'), anchor: 'across' },
    { kind: 'heading', level: 2, text: l.t('summary.byTheme'), anchor: 'across-themes' },
    table(
      l.t('summary.byTheme'),
      even([l.t('summary.theme'), ...kinds]),
      across.byTheme.map((r) => [theme(r.theme), ...[r.needs, r.recommendations, r.actions].map(l.number)]),
    ),
    { kind: 'heading', level: 2, text: l.t('summary.byGroup'), anchor: 'across-groups' },
    table(
      l.t('summary.byGroup'),
      even([l.t('summary.group'), ...kinds]),
      across.byTargetGroup.map((r) => [
        l.taxonomy(`targetGroup.${r.group}`),
        ...[r.needs, r.recommendations, r.actions].map(l.number),
      ]),
    ),
    { kind: 'heading', level: 2, text: l.t('summary.heatMap'), anchor: 'across-map' },
    table(
      l.t('summary.heatMap'),
      even([l.t('summary.town'), ...across.heatMap.themes.map(theme)], 16),
      across.towns.map((town, i) => [town.name, ...(across.heatMap.counts[i] ?? []).map(l.number)]),
    ),
    { kind: 'heading', level: 2, text: l.t('summary.budgetByTheme'), anchor: 'across-budget-themes' },
    table(
      l.t('summary.budgetByTheme'),
      even([l.t('summary.theme'), ...currencies.map((c) => `${l.t('summary.budget')} (${c})`)]),
      across.budgetByTheme.map((r) => [theme(r.theme), ...currencies.map((c) => amount(r.budget, c))]),
    ),
    { kind: 'heading', level: 2, text: l.t('summary.budgetByFunding'), anchor: 'across-budget-funding' },
    table(
      l.t('summary.budgetByFunding'),
      even([l.t('summary.funding'), ...fundingCurrencies.map((c) => `${l.t('summary.budget')} (${c})`)]),
      across.budgetByFunding.map((r) => [
        r.source || l.t('summary.noFunding'),
        ...fundingCurrencies.map((c) => amount(r.budget, c)),
      ]),
    ),
    { kind: 'heading', level: 2, text: l.t('summary.timeline'), anchor: 'across-timeline' },
    table(
      l.t('summary.timeline'),
      even([l.t('summary.month'), l.t('summary.running')], 50),
      across.timeline.map((r) => [l.month(r.month), l.number(r.actions)]),
    ),
  ];
}

export function summaryModel(summary: ProgrammeSummary, l: Labels): DocumentModel {
  const { programme, towns } = summary;
  const anchors = towns.map((_, i) => `town-${i + 1}`);
  const overview: Block[] = [
    { kind: 'heading', level: 1, text: l.t('summary.overview'), anchor: 'overview' },
    table(
      l.t('summary.overview'),
      [
        { header: l.t('summary.town'), width: 24 },
        { header: l.t('summary.state'), width: 22 },
        { header: l.t('summary.percent'), width: 12 },
        { header: l.t('summary.needs'), width: 10 },
        { header: l.t('summary.actions'), width: 10 },
        { header: l.t('summary.budget'), width: 22 },
      ],
      towns.map((t) => [
        t.name,
        l.state(t.state),
        `${l.number(t.percent)} %`,
        l.number(t.needCount),
        l.number(t.actionCount),
        moneyText(l, t.budget),
      ]),
    ),
  ];
  const parts: Part[] = [
    {
      orientation: 'portrait',
      blocks: [...overview, ...towns.flatMap((t, i) => townBlocks(t, l, anchors[i] as string))],
    },
    { orientation: 'landscape', blocks: acrossBlocks(summary, l) },
  ];
  return {
    lng: l.lng,
    locale: l.locale,
    fileTitle: programme.name,
    subject: l.t('summary.subtitle'),
    keywords: 'LiBri, integration, programme',
    header: programme.name,
    cover: {
      municipality: l.country(programme.country),
      title: programme.name,
      subtitle: l.t('summary.subtitle'),
      rows: [
        { label: l.t('summary.deadline'), value: l.date(programme.deadline) },
        { label: l.t('summary.towns'), value: l.number(towns.length) },
        { label: l.t('summary.generated'), value: l.date(summary.generatedAt) },
      ],
    },
    contentsTitle: l.t('doc.contents'),
    toc: [
      { text: l.t('summary.overview'), anchor: 'overview' },
      ...towns.map((t, i) => ({ text: cleanText(t.name), anchor: anchors[i] as string })),
      { text: l.t('summary.across'), anchor: 'across' },
    ],
    parts,
    pageTemplate: l.t('doc.page', { page: '{{page}}', pages: '{{pages}}' }),
  };
}

/** The programme summary as a DOCX file, in the labels' language. */
export async function buildSummaryDocx(summary: ProgrammeSummary, labels: Labels): Promise<Uint8Array> {
  return Packer.pack(createDocx(summaryModel(summary, labels)), 'uint8array');
}
