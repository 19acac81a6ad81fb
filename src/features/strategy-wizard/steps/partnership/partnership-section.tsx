import { Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PartnershipSection } from '@/domain';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { useRecordForm } from '../../hooks/use-record-form';
import { useOptions } from '../shared/options';

export function PartnershipSectionForm() {
  const { t } = useTranslation(['wizard', 'common']);
  const options = useOptions();
  const { form, formRef } = useRecordForm<PartnershipSection, PartnershipSection>({
    target: { type: 'section', key: 'partnership' },
    schema: PartnershipSection,
    toRecord: (v) => v,
  });
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('partnership.formLabel')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField<PartnershipSection> name="municipality" label={t('partnership.municipality')} />
          <SelectField<PartnershipSection>
            name="country"
            label={t('partnership.country')}
            options={options.countries}
            placeholder={t('common:notChosen')}
          />
        </SimpleGrid>
        <TextField<PartnershipSection>
          name="leadLibrary"
          label={t('partnership.leadLibrary')}
          description={t('partnership.leadLibraryHint')}
        />
        <TextField<PartnershipSection> name="description" label={t('partnership.description')} multiline />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Checkbox mt="lg" label={t('partnership.agreementSigned')} {...form.register('agreementSigned')} />
          <TextField<PartnershipSection> name="agreementDate" label={t('partnership.agreementDate')} type="date" />
        </SimpleGrid>
      </Stack>
    </FormProvider>
  );
}
