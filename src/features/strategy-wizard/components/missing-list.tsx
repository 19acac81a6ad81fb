import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Missing } from '@/domain';
import { dynamicKey } from '@/lib/i18n';

/** "Still missing: country; at least two partners; …" in words. */
export function MissingList({ missing }: { missing: Missing[] }) {
  const { t } = useTranslation(['wizard', 'fields']);
  if (missing.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('missing.title')}
      </Text>
      <List size="sm" spacing={0}>
        {missing.map((m) => (
          <List.Item key={`${m.key}:${m.field ?? ''}`}>
            {t(dynamicKey<['wizard', 'fields']>(`missing.${m.key}`), {
              ...(m.count === undefined ? {} : { count: m.count }),
              ...(m.field ? { field: t(dynamicKey<['wizard', 'fields']>(`fields:${m.field}`)) } : {}),
            })}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
