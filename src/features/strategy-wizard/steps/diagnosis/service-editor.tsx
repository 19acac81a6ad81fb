import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Service } from '@/domain';
import type { StoredItem } from '@/domain';
import { CheckboxGroupField } from '@/components/form/checkbox-group-field';
import { TextField } from '@/components/form/text-field';
import { asArray } from '../../hooks/use-autosave-form';
import { useRecordForm } from '../../hooks/use-record-form';
import { useOptions } from '../shared/options';

export function ServiceEditor({ item, autoFocus }: { item: StoredItem<'service'>; autoFocus: boolean }) {
  const { t } = useTranslation('wizard');
  const options = useOptions();
  const { form, formRef } = useRecordForm<Service, Service>({
    target: { type: 'item', kind: 'service', id: item.id },
    schema: Service,
    toRecord: (v) => ({ ...v, targetGroups: asArray(v.targetGroups) }) as Service,
  });
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('diagnosis.serviceFormLabel')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField<Service> name="name" label={t('diagnosis.serviceName')} autoFocus={autoFocus} />
          <TextField<Service> name="runBy" label={t('diagnosis.runBy')} />
        </SimpleGrid>
        <TextField<Service> name="description" label={t('diagnosis.serviceDescription')} multiline rows={2} />
        <CheckboxGroupField<Service>
          name="targetGroups"
          legend={t('diagnosis.serviceTargetGroups')}
          options={options.targetGroups}
        />
      </Stack>
    </FormProvider>
  );
}
