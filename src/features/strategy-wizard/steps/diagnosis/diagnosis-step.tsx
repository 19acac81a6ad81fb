import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemList } from '../../components/item-list';
import { TagList } from '../shared/tag-list';
import { DiagnosisSectionForm } from './diagnosis-section';
import { ServiceEditor } from './service-editor';

export default function DiagnosisStep() {
  const { t } = useTranslation('wizard');
  return (
    <Stack gap="xl">
      <DiagnosisSectionForm />
      <ItemList
        kind="service"
        title={t('diagnosis.services')}
        addLabel={t('diagnosis.addService')}
        emptyText={t('diagnosis.noServices')}
        itemName={(item, i) => item.data.name.trim() || t('diagnosis.untitledService', { n: i + 1 })}
        summary={(item) => (
          <>
            {item.data.runBy && <Text size="sm">{t('diagnosis.runByValue', { name: item.data.runBy })}</Text>}
            <TagList targetGroups={item.data.targetGroups} />
          </>
        )}
        editor={(item, isNew) => <ServiceEditor item={item} autoFocus={isNew} />}
      />
    </Stack>
  );
}
