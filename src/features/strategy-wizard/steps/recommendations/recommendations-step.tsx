import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { liveRefs } from '@/domain';
import { ItemList } from '../../components/item-list';
import { useWorkspace } from '../../hooks/use-strategy';
import { TagList } from '../shared/tag-list';
import { RecommendationEditor } from './recommendation-editor';

export default function RecommendationsStep() {
  const { t } = useTranslation('wizard');
  const { strategy } = useWorkspace();
  const titles = (ids: string[], list: readonly { id: string; data: { title: string } }[]) =>
    liveRefs(ids, list)
      .map((id) => list.find((i) => i.id === id)?.data.title.trim() || '…')
      .join('; ');
  return (
    <ItemList
      kind="recommendation"
      title={t('recommendation.listTitle')}
      addLabel={t('recommendation.add')}
      emptyText={t('recommendation.empty')}
      itemName={(item, i) => item.data.title.trim() || t('recommendation.untitled', { n: i + 1 })}
      summary={(item) => {
        const needs = titles(item.data.needIds, strategy.items.need);
        const challenges = titles(item.data.challengeIds, strategy.items.challenge);
        return (
          <>
            <Text size="sm">
              {t('recommendation.addresses')}:{' '}
              {[needs, challenges].filter(Boolean).join('; ') || t('recommendation.addressesNothing')}
            </Text>
            <TagList themes={item.data.themes} />
          </>
        );
      }}
      editor={(item, isNew) => <RecommendationEditor item={item} autoFocus={isNew} />}
    />
  );
}
