import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Meeting } from '@/domain';
import type { StoredItem } from '@/domain';
import { TextField } from '@/components/form/text-field';
import { SelectField } from '@/components/form/select-field';
import { useRecordForm } from '../../hooks/use-record-form';
import { useOptions } from '../shared/options';

export function MeetingEditor({ item, autoFocus }: { item: StoredItem<'meeting'>; autoFocus: boolean }) {
  const { t } = useTranslation(['wizard', 'common']);
  const options = useOptions();
  const { form, formRef } = useRecordForm<Meeting, Meeting>({
    target: { type: 'item', kind: 'meeting', id: item.id },
    schema: Meeting,
    toRecord: (v) => v,
  });
  return (
    <FormProvider {...form}>
      <Stack
        ref={formRef}
        gap="sm"
        component="form"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('partnership.meetingFormLabel')}
      >
        <TextField<Meeting> name="title" label={t('partnership.meetingTitle')} autoFocus={autoFocus} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField<Meeting> name="date" label={t('partnership.meetingDate')} type="date" />
          <SelectField<Meeting>
            name="format"
            label={t('partnership.meetingFormat')}
            options={options.meetingFormats}
            placeholder={t('common:notChosen')}
          />
          <TextField<Meeting>
            name="participants"
            label={t('partnership.participants')}
            type="number"
            inputMode="numeric"
          />
        </SimpleGrid>
        <TextField<Meeting> name="notes" label={t('partnership.meetingNotes')} multiline rows={2} />
      </Stack>
    </FormProvider>
  );
}
