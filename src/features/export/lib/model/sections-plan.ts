import type { Action, Indicator } from '@/domain';
import { budgetTotals } from '@/domain/budget';
import type { BudgetRow } from '@/domain/budget';
import type { Ctx } from './context';
import { cell, clean, colon, otherFieldLines, otherFields, paragraphs, partnerName, ref } from './context';
import type { Block, Cell, CellParagraph } from './types';

// The implementation plan as one wide table, then monitoring with every indicator.

/** What the plan table places itself; any other field of an action is listed in its first cell. */
const ACTION_PLACED = [
  'title',
  'description',
  'recommendationId',
  'risks',
  'leadPartnerId',
  'supportingPartnerIds',
  'startMonth',
  'endMonth',
  'resources',
  'budget',
  'currency',
  'fundingSource',
  'indicators',
];
const INDICATOR_PLACED = ['id', 'name', 'baseline', 'target', 'unit', 'verification'];

function timing(ctx: Ctx, a: Action): string {
  const { t, month } = ctx.l;
  if (a.startMonth && a.endMonth) return t('doc.text.timing', { start: month(a.startMonth), end: month(a.endMonth) });
  if (a.startMonth) return t('doc.text.from', { start: month(a.startMonth) });
  if (a.endMonth) return t('doc.text.until', { end: month(a.endMonth) });
  return '';
}

const amount = (ctx: Ctx, n: number | null) => (n === null ? '–' : ctx.l.number(n));

/** "Name: from 10 to 80 %"; a missing end says "not provided" rather than leaving a dangling "from – to". */
function indicatorLine(ctx: Ctx, i: Indicator): string {
  const name = clean(i.name) || ctx.l.t('doc.untitled');
  const vars = { name, baseline: amount(ctx, i.baseline), target: amount(ctx, i.target), unit: clean(i.unit) };
  if (i.baseline === null && i.target === null) return name;
  const key =
    i.baseline === null
      ? 'doc.text.indicatorTargetOnly'
      : i.target === null
        ? 'doc.text.indicatorBaselineOnly'
        : 'doc.text.indicator';
  return ctx.l.t(key, vars).replace(/ {2,}/g, ' ').replace(/ \)/g, ')').trim();
}

const labelled = (ctx: Ctx, label: string, text: string): CellParagraph => [
  { text: `${colon(ctx, label)} `, bold: true },
  { text },
];

function actionCell(ctx: Ctx, id: string, a: Action): Cell {
  const { t } = ctx.l;
  const rec = ref(ctx, a.recommendationId);
  const out: Cell = [[{ text: `${ctx.codes.get(id)} ${ctx.titles.get(id)}`, bold: true }]];
  for (const line of clean(a.description).split('\n').filter(Boolean)) out.push([{ text: line }]);
  const recLabel = t('doc.fields.recommendation');
  out.push(
    rec ? labelled(ctx, recLabel, rec) : [...labelled(ctx, recLabel, ''), { text: ctx.notProvided, italic: true }],
  );
  if (clean(a.risks)) out.push(labelled(ctx, t('doc.fields.risks'), clean(a.risks)));
  out.push(...otherFieldLines(ctx, 'action', a, ACTION_PLACED));
  return out;
}

function resourcesCell(ctx: Ctx, a: Action): Cell {
  const { t, money } = ctx.l;
  const out: Cell = clean(a.resources)
    .split('\n')
    .filter(Boolean)
    .map((line) => [{ text: line }]);
  if (a.budget !== null) out.push(labelled(ctx, t('doc.fields.budget'), money(a.budget, a.currency)));
  if (clean(a.fundingSource)) out.push(labelled(ctx, t('doc.fields.fundingSource'), clean(a.fundingSource)));
  return out.length > 0 ? out : cell(ctx, '');
}

export function planSection(ctx: Ctx): Block[] {
  const { t } = ctx.l;
  const actions = ctx.strategy.items.action;
  if (actions.length === 0) return [{ kind: 'note', text: ctx.notProvided }];
  return [
    { kind: 'paragraph', runs: [{ text: t('doc.text.planIntro') }] },
    {
      kind: 'table',
      caption: t('doc.sections.plan'),
      columns: [
        { header: t('doc.table.action'), width: 29 },
        { header: t('doc.table.lead'), width: 12 },
        { header: t('doc.table.partners'), width: 13 },
        { header: t('doc.table.timing'), width: 11 },
        { header: t('doc.table.resources'), width: 17 },
        { header: t('doc.table.indicators'), width: 18 },
      ],
      rows: actions.map(({ id, data: a }) => [
        actionCell(ctx, id, a),
        cell(ctx, partnerName(ctx, a.leadPartnerId)),
        cell(
          ctx,
          a.supportingPartnerIds
            .map((p) => partnerName(ctx, p))
            .filter(Boolean)
            .join('\n'),
        ),
        cell(ctx, timing(ctx, a)),
        resourcesCell(ctx, a),
        cell(ctx, a.indicators.map((i) => indicatorLine(ctx, i)).join('\n')),
      ]),
    },
    ...budgetBlocks(ctx),
  ];
}

/**
 * The plan's budget added up, as the plan step shows it (src/domain/budget.ts): the total, then
 * per recommendation, year, funding source and theme, each per currency.
 */
function budgetBlocks(ctx: Ctx): Block[] {
  const { t, money, taxonomy } = ctx.l;
  const totals = budgetTotals(ctx.strategy);
  const heading: Block = { kind: 'heading', level: 2, text: t('doc.budget.title'), anchor: 'plan_budget' };
  if (totals.total.length === 0) return [heading, { kind: 'note', text: t('doc.budget.none') }];
  const amounts = (row: { budget: { amount: number; currency: string }[] }) =>
    cell(ctx, row.budget.map((m) => money(m.amount, m.currency)).join('\n'));
  const table = <K>(caption: string, head: string, rows: BudgetRow<K>[], label: (key: K) => string): Block => ({
    kind: 'table',
    caption,
    columns: [
      { header: head, width: 70 },
      { header: t('doc.budget.amount'), width: 30 },
    ],
    rows: rows.map((row) => [cell(ctx, label(row.key)), amounts(row)]),
  });
  const recommendation = (id: string) => (id ? (ref(ctx, id) ?? '') : t('doc.budget.noRecommendation'));
  return [
    heading,
    {
      kind: 'field',
      label: t('doc.budget.total'),
      value: [{ text: totals.total.map((m) => money(m.amount, m.currency)).join(' · ') }],
    },
    ...(totals.actions.unbudgeted > 0
      ? [
          {
            kind: 'paragraph' as const,
            runs: [{ text: t('doc.budget.unbudgeted', { count: totals.actions.unbudgeted }) }],
          },
        ]
      : []),
    table(t('doc.budget.byRecommendation'), t('doc.budget.recommendation'), totals.byRecommendation, recommendation),
    table(t('doc.budget.byYear'), t('doc.budget.year'), totals.byYear, (year) => year || t('doc.budget.noDates')),
    table(t('doc.budget.byFunding'), t('doc.budget.funding'), totals.byFunding, (source) =>
      source ? clean(source) : t('doc.budget.noFunding'),
    ),
    table(t('doc.budget.byTheme'), t('doc.budget.theme'), totals.byTheme, (theme) =>
      theme === 'none' ? t('doc.budget.noTheme') : taxonomy(`theme.${theme}`),
    ),
    { kind: 'paragraph', runs: [{ text: t('doc.budget.rules'), italic: true }] },
  ];
}

export function monitoringSection(ctx: Ctx): Block[] {
  const { t, number } = ctx.l;
  const plan = ctx.strategy.sections.plan.data;
  const actions = ctx.strategy.items.action;
  const h2 = (text: string, anchor: string): Block => ({ kind: 'heading', level: 2, text, anchor });
  const num = (n: number | null) => (n === null ? '' : number(n));
  const rows: Cell[][] = actions.flatMap(({ id, data: a }) => {
    const name = cell(ctx, `${ctx.codes.get(id)} ${ctx.titles.get(id)}`);
    if (a.indicators.length === 0)
      return [[name, cell(ctx, ''), cell(ctx, ''), cell(ctx, ''), cell(ctx, ''), cell(ctx, '')]];
    return a.indicators.map((i) => [
      name,
      cell(ctx, i.name, true),
      cell(ctx, num(i.baseline)),
      cell(ctx, num(i.target)),
      cell(ctx, i.unit),
      [...cell(ctx, i.verification), ...otherFieldLines(ctx, 'indicator', i, INDICATOR_PLACED)],
    ]);
  });
  return [
    h2(t('doc.fields.monitoring'), 'monitoring_how'),
    ...paragraphs(ctx, plan.monitoring),
    h2(t('doc.fields.review'), 'monitoring_review'),
    ...paragraphs(ctx, plan.review),
    ...otherFields(ctx, 'plan', plan, ['monitoring', 'review']),
    h2(t('doc.table.indicators'), 'monitoring_indicators'),
    ...(rows.length === 0
      ? [{ kind: 'note' as const, text: ctx.notProvided }]
      : [
          { kind: 'paragraph' as const, runs: [{ text: t('doc.text.indicatorsIntro') }] },
          {
            kind: 'table' as const,
            caption: t('doc.table.indicators'),
            columns: [
              { header: t('doc.table.action'), width: 22 },
              { header: t('doc.table.indicator'), width: 24 },
              { header: t('doc.table.baseline'), width: 9 },
              { header: t('doc.table.target'), width: 9 },
              { header: t('doc.table.unit'), width: 13 },
              { header: t('doc.table.verification'), width: 23 },
            ],
            rows,
          },
        ]),
  ];
}
