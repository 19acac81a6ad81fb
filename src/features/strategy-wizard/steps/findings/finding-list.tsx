import { Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALE } from '@/domain';
import type { FindingKind, StoredItem } from '@/domain';
import { itemEditor } from '../../components/item-editor';
import { ItemList } from '../../components/item-list';
import { TagList } from '../shared/tag-list';

function findingSummary(kind: FindingKind) {
  function FindingSummary({ item }: { item: StoredItem<FindingKind> }) {
    const { t } = useTranslation(['wizard', 'taxonomy']);
    return (
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
    );
  }
  return FindingSummary;
}

function findingForm(kind: FindingKind) {
  return itemEditor(kind, () =>
    import('./finding-editor').then(({ FindingEditor }) => {
      function Form(props: { item: StoredItem<FindingKind>; autoFocus: boolean }) {
        return <FindingEditor kind={kind} {...props} />;
      }
      return Form;
    }),
  );
}

// One summary and one form component per kind, made once: the list's cards compare them by identity.
const SUMMARIES = {
  need: findingSummary('need'),
  strength: findingSummary('strength'),
  challenge: findingSummary('challenge'),
};
const FORMS = { need: findingForm('need'), strength: findingForm('strength'), challenge: findingForm('challenge') };

/** Needs, strengths and challenges share one list and one form. */
export function FindingList({ kind }: { kind: FindingKind }) {
  const { t } = useTranslation(['wizard', 'taxonomy']);
  const name = useCallback(
    (item: StoredItem<FindingKind>, i: number) => item.data.title.trim() || t(`${kind}.untitled`, { n: i + 1 }),
    [t, kind],
  );
  return (
    <ItemList<FindingKind>
      kind={kind}
      title={t(`${kind}.listTitle`)}
      addLabel={t(`${kind}.add`)}
      emptyText={t(`${kind}.empty`)}
      itemName={name}
      Summary={SUMMARIES[kind]}
      Editor={FORMS[kind]}
    />
  );
}
