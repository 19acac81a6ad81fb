import { useTranslation } from 'react-i18next';
import { CONTENT_STEPS, describeRecord, STEP_CONTENT } from '@/domain';
import type { ContentStep, ItemKind, Strategy } from '@/domain';
import type { ItemGroup, Row } from './answer-section';
import { itemName, useWording } from './use-wording';

const LIST_TITLE = {
  partner: 'wizard:partnership.partners',
  meeting: 'wizard:partnership.meetings',
  service: 'wizard:diagnosis.services',
  need: 'wizard:need.listTitle',
  strength: 'wizard:strength.listTitle',
  challenge: 'wizard:challenge.listTitle',
  recommendation: 'wizard:recommendation.listTitle',
  action: 'wizard:action.listTitle',
} as const satisfies Record<ItemKind, string>;

/**
 * Every step's answers in the reader's language, derived from the field descriptions
 * (src/domain/fields.ts): each section field as a row, each item with all its fields.
 */
export function useAnswerRows(strategy: Strategy): { step: ContentStep; rows: Row[]; groups: ItemGroup[] }[] {
  const { t } = useTranslation(['review', 'wizard']);
  const wording = useWording(strategy);
  const untitled = t('review:untitled');
  return CONTENT_STEPS.map((step) => {
    const content = STEP_CONTENT[step];
    const rows = content.sections.flatMap((key) =>
      describeRecord(key, strategy.sections[key].data as Record<string, unknown>, wording).map((f) => ({
        label: f.label,
        value: f.text,
      })),
    );
    const groups = content.lists.map(({ kind }) => {
      const list = strategy.items[kind];
      return {
        kind,
        title: `${t(LIST_TITLE[kind])} (${t('review:count', { count: list.length })})`,
        items: list.map((item, n) => ({
          id: item.id,
          title: `${n + 1}. ${itemName(item.data) || untitled}`,
          rows: describeRecord(kind, item.data as Record<string, unknown>, wording).map((f) => ({
            label: f.label,
            value: f.text,
          })),
        })),
      };
    });
    return { step, rows, groups };
  });
}
