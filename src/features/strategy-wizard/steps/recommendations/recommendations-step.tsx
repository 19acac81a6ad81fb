import { Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredItem, Strategy } from '@/domain';
import { itemEditor } from '../../components/item-editor';
import { ItemList } from '../../components/item-list';
import { sameElements, useStrategySelector } from '../../hooks/use-strategy';
import { TagList } from '../shared/tag-list';

const RecommendationForm = itemEditor('recommendation', () =>
  import('./recommendation-editor').then((m) => m.RecommendationEditor),
);

function RecommendationSummary({ item }: { item: StoredItem<'recommendation'> }) {
  const { t } = useTranslation('wizard');
  const { needIds, challengeIds } = item.data;
  // The titles of what it addresses (links to deleted items left out), and nothing else of the strategy.
  const addressed = useStrategySelector(
    useCallback(
      (s: Strategy) =>
        [...s.items.need, ...s.items.challenge]
          .filter((i) => needIds.includes(i.id) || challengeIds.includes(i.id))
          .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'need' ? -1 : 1))
          .map((i) => i.data.title.trim() || '…'),
      [needIds, challengeIds],
    ),
    sameElements,
  );
  return (
    <>
      <Text size="sm">
        {t('recommendation.addresses')}: {addressed.join('; ') || t('recommendation.addressesNothing')}
      </Text>
      <TagList themes={item.data.themes} />
    </>
  );
}

export default function RecommendationsStep() {
  const { t } = useTranslation('wizard');
  const name = useCallback(
    (item: StoredItem<'recommendation'>, i: number) =>
      item.data.title.trim() || t('recommendation.untitled', { n: i + 1 }),
    [t],
  );
  return (
    <ItemList
      kind="recommendation"
      title={t('recommendation.listTitle')}
      addLabel={t('recommendation.add')}
      emptyText={t('recommendation.empty')}
      itemName={name}
      Summary={RecommendationSummary}
      Editor={RecommendationForm}
    />
  );
}
