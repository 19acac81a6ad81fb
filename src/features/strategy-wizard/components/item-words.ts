import type { ParseKeys } from 'i18next';
import type { ItemKind } from '@/domain';

// The words of each kind of item (`wizard` namespace), for screens that speak of any kind.

/** An item's name while it has no title: "Need 3 (no title yet)", with `n`. */
export const UNTITLED = {
  partner: 'partnership.untitledPartner',
  meeting: 'partnership.untitledMeeting',
  service: 'diagnosis.untitledService',
  need: 'need.untitled',
  strength: 'strength.untitled',
  challenge: 'challenge.untitled',
  recommendation: 'recommendation.untitled',
  action: 'action.untitled',
} as const satisfies Record<ItemKind, ParseKeys<'wizard'>>;

/** The button that adds one to its list: "Add a need". */
export const ADD_ITEM = {
  partner: 'partnership.addPartner',
  meeting: 'partnership.addMeeting',
  service: 'diagnosis.addService',
  need: 'need.add',
  strength: 'strength.add',
  challenge: 'challenge.add',
  recommendation: 'recommendation.add',
  action: 'action.add',
} as const satisfies Record<ItemKind, ParseKeys<'wizard'>>;
