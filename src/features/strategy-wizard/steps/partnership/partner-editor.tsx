import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Partner } from '@/domain';
import type { StoredItem } from '@/domain';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { useRecordForm } from '../../hooks/use-record-form';
import { useOptions } from '../shared/options';

export function PartnerEditor({ item, autoFocus }: { item: StoredItem<'partner'>; autoFocus: boolean }) {
  const { t } = useTranslation(['wizard', 'common']);
  const options = useOptions();
  const { form, formRef } = useRecordForm<Partner, Partner>({
    target: { type: 'item', kind: 'partner', id: item.id },
    schema: Partner,
    toRecord: (v) => v,
  });
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('partnership.partnerFormLabel')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField<Partner> name="name" label={t('partnership.partnerName')} autoFocus={autoFocus} />
          <SelectField<Partner>
            name="type"
            label={t('partnership.partnerType')}
            options={options.partnerTypes}
            placeholder={t('common:notChosen')}
          />
          <TextField<Partner>
            name="contactPerson"
            label={t('partnership.contactPerson')}
            description={t('partnership.contactHint')}
          />
          <TextField<Partner>
            name="contactEmail"
            label={t('partnership.contactEmail')}
            type="email"
            inputMode="email"
          />
        </SimpleGrid>
        <TextField<Partner> name="role" label={t('partnership.role')} multiline rows={2} />
      </Stack>
    </FormProvider>
  );
}
