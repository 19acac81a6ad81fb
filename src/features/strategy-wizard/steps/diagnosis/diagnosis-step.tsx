import { Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredItem } from '@/domain';
import { itemEditor } from '../../components/item-editor';
import { ItemList } from '../../components/item-list';
import { TagList } from '../shared/tag-list';
import { DiagnosisSectionForm } from './diagnosis-section';

const ServiceForm = itemEditor('service', () => import('./service-editor').then((m) => m.ServiceEditor));

function ServiceSummary({ item }: { item: StoredItem<'service'> }) {
  const { t } = useTranslation('wizard');
  return (
    <>
      {item.data.runBy && <Text size="sm">{t('diagnosis.runByValue', { name: item.data.runBy })}</Text>}
      <TagList targetGroups={item.data.targetGroups} />
    </>
  );
}

export default function DiagnosisStep() {
  const { t } = useTranslation('wizard');
  const serviceName = useCallback(
    (item: StoredItem<'service'>, i: number) => item.data.name.trim() || t('diagnosis.untitledService', { n: i + 1 }),
    [t],
  );
  return (
    <Stack gap="xl">
      <DiagnosisSectionForm />
      <ItemList
        kind="service"
        title={t('diagnosis.services')}
        addLabel={t('diagnosis.addService')}
        emptyText={t('diagnosis.noServices')}
        itemName={serviceName}
        Summary={ServiceSummary}
        Editor={ServiceForm}
      />
    </Stack>
  );
}
