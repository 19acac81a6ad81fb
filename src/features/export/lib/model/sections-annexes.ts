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

/**
 * Need or challenge → recommendation → action → indicator, one row per need and per challenge
 * (then the recommendations linked to neither), so a council sees how each finding is answered
 * and how its answer will be measured.
 */
export function traceabilityAnnex(ctx: Ctx): Block[] {
  const { t, taxonomy } = ctx.l;
  const { need, challenge, recommendation, action } = ctx.strategy.items;
  if (need.length === 0 && challenge.length === 0 && recommendation.length === 0)
    return [{ kind: 'note', text: ctx.notProvided }];
  const actionsOf = (recIds: string[]) => action.filter((a) => recIds.includes(a.data.recommendationId));
  const row = (first: Cell, scale: Cell, recIds: string[], unaddressed: string): Cell[] => {
    const recs = refLines(ctx, recIds);
    const acts = actionsOf(recIds);
    const indicators = acts.flatMap((a) =>
      a.data.indicators.map((i) => `${ctx.codes.get(a.id) ?? ''} ${clean(i.name) || t('doc.untitled')}`.trim()),
    );
    return [
      first,
      scale,
      recs.length ? recs.map((r) => [{ text: r }]) : italic(unaddressed),
      acts.length
        ? refLines(
            ctx,
            acts.map((a) => a.id),
          ).map((a) => [{ text: a }])
        : italic(t('doc.text.noAction')),
      indicators.length ? indicators.map((i) => [{ text: i }]) : acts.length ? italic(t('doc.text.noIndicator')) : [[]],
    ];
  };
  const finding = (id: string) => [[{ text: ref(ctx, id) ?? '', bold: true }]];
  const rows = [
    ...need.map((n) =>
      row(
        finding(n.id),
        cell(ctx, n.data.priority ? taxonomy(`priority.${n.data.priority}`) : ''),
        recommendation.filter((r) => r.data.needIds.includes(n.id)).map((r) => r.id),
        t('doc.text.notAddressed'),
      ),
    ),
    ...challenge.map((c) =>
      row(
        finding(c.id),
        cell(ctx, c.data.priority ? taxonomy(`severity.${c.data.priority}`) : ''),
        recommendation.filter((r) => r.data.challengeIds.includes(c.id)).map((r) => r.id),
        t('doc.text.challengeNotAddressed'),
      ),
    ),
  ];
  const findings = new Set([...need, ...challenge].map((f) => f.id));
  const unlinked = recommendation.filter(
    (r) => ![...r.data.needIds, ...r.data.challengeIds].some((id) => findings.has(id)),
  );
  if (unlinked.length > 0) {
    rows.push(
      row(
        italic(t('doc.text.noFinding')),
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
        { header: t('doc.table.needOrChallenge'), width: 23 },
        { header: t('doc.table.priorityOrSeverity'), width: 12 },
        { header: t('doc.table.recommendations'), width: 22 },
        { header: t('doc.table.actions'), width: 22 },
        { header: t('doc.table.indicators'), width: 21 },
      ],
      rows,
    },
  ];
}
