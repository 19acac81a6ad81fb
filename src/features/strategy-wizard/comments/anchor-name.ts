import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { itemName, STEP_OF_SECTION } from '@/domain';
import { parseAnchor } from '@/domain/comments';
import type { Strategy } from '@/domain';

/**
 * What a thread is about, in words: "Need “Language courses”", "the step “Vision and
 * objectives”", "the strategy as a whole". Read from the strategy as it is now.
 */
export function useAnchorName(): (anchor: string, strategy: Strategy) => string {
  const { t } = useTranslation(['comments', 'wizard']);
  return useCallback(
    (raw: string, strategy: Strategy) => {
      const anchor = parseAnchor(raw);
      if (!anchor || anchor.type === 'strategy') return t('strategy');
      if (anchor.type === 'section')
        return t('sectionNamed', { step: t(`wizard:steps.${STEP_OF_SECTION[anchor.key]}.title`) });
      const list = strategy.items[anchor.kind] as { id: string; data: unknown }[];
      const index = list.findIndex((i) => i.id === anchor.id);
      if (index < 0) return t('deletedItem');
      const kind = t(`kinds.${anchor.kind}`);
      const name = itemName(list[index]?.data);
      return name ? t('itemNamed', { kind, name }) : t('itemNumbered', { kind, n: index + 1 });
    },
    [t],
  );
}
