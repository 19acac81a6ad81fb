import type { FindingKind, StoredItem } from '@/domain';
import type { Ctx } from './context';
import { field, otherFields, paragraphs, partnerName, rating, refs, tagList } from './context';
import type { Block } from './types';

// Needs, strengths, challenges and the recommendations that answer them: one heading
// per item ("N2 Know where to find services"), then its details in words.

function itemHeading(ctx: Ctx, id: string): Block {
  return {
    kind: 'heading',
    level: 2,
    text: `${ctx.codes.get(id)} ${ctx.titles.get(id)}`,
    anchor: `item_${ctx.codes.get(id)}`,
  };
}

/** The description as paragraphs, or a "Description: not provided" line. */
function description(ctx: Ctx, text: string): Block[] {
  return text.trim() ? paragraphs(ctx, text) : [field(ctx, ctx.l.t('doc.fields.description'), '')];
}

export function findingsSection(ctx: Ctx, kind: FindingKind): Block[] {
  const { t } = ctx.l;
  const list = ctx.strategy.items[kind] as StoredItem<'need'>[];
  if (list.length === 0) return [{ kind: 'note', text: ctx.notProvided }];
  return list.flatMap((item) => {
    const f = item.data;
    const r = rating(ctx, kind, f);
    return [
      itemHeading(ctx, item.id),
      ...description(ctx, f.description),
      field(ctx, r.label, r.text),
      field(ctx, t('doc.fields.targetGroups'), tagList(ctx, 'targetGroup', f.targetGroups)),
      field(ctx, t('doc.fields.themes'), tagList(ctx, 'theme', f.themes)),
      field(ctx, t('doc.fields.evidence'), f.evidence),
      field(ctx, t('doc.fields.proposedBy'), partnerName(ctx, f.partnerId)),
      ...otherFields(ctx, kind, f, FINDING_PLACED),
    ];
  });
}

const FINDING_PLACED = ['title', 'description', 'priority', 'targetGroups', 'themes', 'evidence', 'partnerId'];
const RECOMMENDATION_PLACED = ['title', 'description', 'themes', 'needIds', 'challengeIds', 'strengthIds'];

const inline = (text: string) => text.split('\n').join('; ');

export function recommendationsSection(ctx: Ctx): Block[] {
  const { t } = ctx.l;
  const { recommendation, action } = ctx.strategy.items;
  if (recommendation.length === 0) return [{ kind: 'note', text: ctx.notProvided }];
  return recommendation.flatMap((item) => {
    const r = item.data;
    const actions = action.filter((a) => a.data.recommendationId === item.id).map((a) => a.id);
    return [
      itemHeading(ctx, item.id),
      ...description(ctx, r.description),
      field(ctx, t('doc.fields.themes'), tagList(ctx, 'theme', r.themes)),
      field(ctx, t('doc.fields.addressesNeeds'), inline(refs(ctx, r.needIds))),
      field(ctx, t('doc.fields.addressesChallenges'), inline(refs(ctx, r.challengeIds))),
      field(ctx, t('doc.fields.buildsOnStrengths'), inline(refs(ctx, r.strengthIds))),
      field(ctx, t('doc.fields.actions'), inline(refs(ctx, actions))),
      ...otherFields(ctx, 'recommendation', r, RECOMMENDATION_PLACED),
    ];
  });
}
