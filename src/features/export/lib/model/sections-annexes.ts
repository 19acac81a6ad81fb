import type { Ctx } from './context';
import { cell, clean, otherFieldLines, ref } from './context';
import type { Block, Cell } from './types';

// Annexes: partner organisations, meetings and workshops, and the traceability matrix
// (need → recommendations → actions) where the thread shows, or shows that it breaks.

export function partnersAnnex(ctx: Ctx): Block[] {
  const { t, taxonomy } = ctx.l;
  const partners = ctx.strategy.items.partner;
  if (partners.length === 0) return [{ kind: 'note', text: ctx.notProvided }];
  // Contact e-mail addresses stay out: the document is meant to be circulated and
  // published, the e-mails are personal data (they are in the backup file).
  return [
    {
      kind: 'table',
      caption: t('doc.sections.partners'),
      columns: [
        { header: t('doc.table.name'), width: 28 },
        { header: t('doc.table.type'), width: 17 },
        { header: t('doc.table.contactPerson'), width: 20 },
        { header: t('doc.table.role'), width: 35 },
      ],
      rows: partners.map((p) => [
        cell(ctx, ctx.partnerNames.get(p.id) ?? '', true),
        cell(ctx, p.data.type ? taxonomy(`partnerType.${p.data.type}`) : ''),
        cell(ctx, p.data.contactPerson),
        [
          ...cell(ctx, p.data.role),
          ...otherFieldLines(ctx, 'partner', p.data, ['name', 'type', 'contactPerson', 'role']),
        ],
      ]),
    },
  ];
}

export function meetingsAnnex(ctx: Ctx): Block[] {
  const { t, taxonomy, date, number } = ctx.l;
  const meetings = ctx.strategy.items.meeting;
  if (meetings.length === 0) return [{ kind: 'note', text: ctx.notProvided }];
  return [
    {
      kind: 'table',
      caption: t('doc.sections.meetings'),
      columns: [
        { header: t('doc.table.date'), width: 16 },
        { header: t('doc.table.meeting'), width: 30 },
        { header: t('doc.table.format'), width: 14 },
        { header: t('doc.table.participants'), width: 13 },
        { header: t('doc.table.notes'), width: 27 },
      ],
      rows: meetings.map(({ data: m }) => [
        cell(ctx, m.date ? date(m.date) : ''),
        cell(ctx, clean(m.title) || t('doc.untitled'), true),
        cell(ctx, m.format ? taxonomy(`meetingFormat.${m.format}`) : ''),
        cell(ctx, m.participants === null ? '' : number(m.participants)),
        [
          ...cell(ctx, m.notes),
          ...otherFieldLines(ctx, 'meeting', m, ['date', 'title', 'format', 'participants', 'notes']),
        ],
      ]),
    },
  ];
}

const italic = (text: string): Cell => [[{ text, italic: true }]];
const refLines = (ctx: Ctx, ids: string[]) => ids.map((id) => ref(ctx, id)).filter((r): r is string => r !== null);

export function traceabilityAnnex(ctx: Ctx): Block[] {
  const { t, taxonomy } = ctx.l;
  const { need, recommendation, action } = ctx.strategy.items;
  if (need.length === 0 && recommendation.length === 0) return [{ kind: 'note', text: ctx.notProvided }];
  const actionsOf = (recIds: string[]) =>
    refLines(
      ctx,
      action.filter((a) => recIds.includes(a.data.recommendationId)).map((a) => a.id),
    );
  const row = (first: Cell, priority: Cell, recIds: string[], unaddressed: string): Cell[] => {
    const recs = refLines(ctx, recIds);
    const acts = actionsOf(recIds);
    return [
      first,
      priority,
      recs.length ? recs.map((r) => [{ text: r }]) : italic(unaddressed),
      acts.length ? acts.map((a) => [{ text: a }]) : italic(t('doc.text.noAction')),
    ];
  };
  const rows = need.map((n) =>
    row(
      [[{ text: ref(ctx, n.id) ?? '', bold: true }]],
      cell(ctx, n.data.priority ? taxonomy(`priority.${n.data.priority}`) : ''),
      recommendation.filter((r) => r.data.needIds.includes(n.id)).map((r) => r.id),
      t('doc.text.notAddressed'),
    ),
  );
  const unlinked = recommendation.filter((r) => !r.data.needIds.some((id) => need.some((n) => n.id === id)));
  if (unlinked.length > 0) {
    rows.push(
      row(
        italic(t('doc.text.noNeed')),
        [[]],
        unlinked.map((r) => r.id),
        '',
      ),
    );
  }
  return [
    { kind: 'paragraph', runs: [{ text: t('doc.text.traceabilityIntro') }] },
    {
      kind: 'table',
      caption: t('doc.sections.traceability'),
      columns: [
        { header: t('doc.table.need'), width: 30 },
        { header: t('doc.table.priority'), width: 12 },
        { header: t('doc.table.recommendations'), width: 29 },
        { header: t('doc.table.actions'), width: 29 },
      ],
      rows,
    },
  ];
}
