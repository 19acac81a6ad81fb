import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dependantsOf, STEP_OF_KIND } from '@/domain';
import type { ItemKind } from '@/domain';
import { dynamicKey } from '@/lib/i18n';
import { useCurrentStrategy } from '../hooks/use-strategy';
import { UNTITLED } from './item-words';

/** The items that name the one about to be deleted, and which field of theirs will lose it. */
export function Dependants({ kind, id }: { kind: ItemKind; id: string }) {
  const { t } = useTranslation(['wizard', 'fields']);
  const current = useCurrentStrategy();
  const dependants = dependantsOf(current(), kind, id);
  if (dependants.length === 0) return null;
  return (
    <>
      <Text mb={4}>{t('list.deleteDependants')}</Text>
      <ul style={{ marginTop: 0 }}>
        {dependants.map((d) => (
          <li key={`${d.id}-${d.field}`}>
            {t('list.dependant', {
              step: t(`steps.${STEP_OF_KIND[d.kind]}.title`),
              name: d.name || t(UNTITLED[d.kind], { n: d.position + 1 }),
              field: t(dynamicKey<['wizard', 'fields']>(`fields:${d.kind}.${d.field}`)),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
