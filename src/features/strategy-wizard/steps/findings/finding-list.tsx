import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemList } from '../../components/item-list';
import { TagList } from '../shared/tag-list';
import { SCALE } from '@/domain';
import type { FindingKind } from '@/domain';
import { FindingEditor } from './finding-editor';

/** Needs, strengths and challenges share one list and one form. */
export function FindingList({ kind }: { kind: FindingKind }) {
  const { t } = useTranslation(['wizard', 'taxonomy']);
  return (
    <ItemList
      kind={kind}
      title={t(`${kind}.listTitle`)}
      addLabel={t(`${kind}.add`)}
      emptyText={t(`${kind}.empty`)}
      itemName={(item, i) => item.data.title.trim() || t(`${kind}.untitled`, { n: i + 1 })}
      summary={(item) => (
        <>
          {item.data.priority && (
            <Text size="sm">
              {t(`finding.${SCALE[kind]}`)}: {t(`taxonomy:${SCALE[kind]}.${item.data.priority}`)}
            </Text>
          )}
          {item.data.description && (
            <Text size="sm" lineClamp={2}>
              {item.data.description}
            </Text>
          )}
          <TagList themes={item.data.themes} targetGroups={item.data.targetGroups} />
        </>
      )}
      editor={(item, isNew) => <FindingEditor kind={kind} item={item} autoFocus={isNew} />}
    />
  );
}
