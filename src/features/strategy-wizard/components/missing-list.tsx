import { List, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Missing } from '@/domain';
import { dynamicKey } from '@/lib/i18n';

/** "Still missing: country; at least two partners; …" in words. */
export function MissingList({ missing }: { missing: Missing[] }) {
  const { t } = useTranslation('wizard');
  if (missing.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('missing.title')}
      </Text>
      <List size="sm" spacing={0}>
        {missing.map((m) => (
          <List.Item key={`${m.key}:${m.field ?? ''}`}>
            {m.field ? (
              <Suspense fallback="…">
                <MissingField missing={m} field={m.field} />
              </Suspense>
            ) : (
              t(dynamicKey<'wizard'>(`missing.${m.key}`), m.count === undefined ? {} : { count: m.count })
            )}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** A field reported by its label ("Budget (3)"): the labels load only when such a field is missing. */
function MissingField({ missing, field }: { missing: Missing; field: string }) {
  const { t } = useTranslation(['wizard', 'fields']);
  return t(dynamicKey<['wizard', 'fields']>(`missing.${missing.key}`), {
    ...(missing.count === undefined ? {} : { count: missing.count }),
    field: t(dynamicKey<['wizard', 'fields']>(`fields:${field}`)),
  });
}
