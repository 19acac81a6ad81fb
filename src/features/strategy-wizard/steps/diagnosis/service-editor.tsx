import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Service } from '@/domain';
import type { StoredItem } from '@/domain';
import { CheckboxGroupField } from '@/components/form/checkbox-group-field';
import { TextField } from '@/components/form/text-field';
import { asArray, useAutosaveForm } from '../../hooks/use-autosave-form';
import { useItemActions } from '../../hooks/use-step-data';
import { useOptions } from '../shared/options';

export function ServiceEditor({ item, autoFocus }: { item: StoredItem<'service'>; autoFocus: boolean }) {
  const { t } = useTranslation('wizard');
  const { update } = useItemActions('service');
  const options = useOptions();
  const form = useAutosaveForm<Service>(Service, item.data, (v) =>
    update(item.id, { ...v, targetGroups: asArray(v.targetGroups) } as Service),
  );
  return (
    <FormProvider {...form}>
      <Stack
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
