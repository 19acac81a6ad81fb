import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal } from '@mantine/core';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MarkPracticeBody } from '@/domain/good-practice';
import type { PracticeKind } from '@/domain/good-practice';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextField } from '@/components/form/text-field';
import { useMarkPractice } from '../api/programmes-api';

const NoteForm = MarkPracticeBody.pick({ note: true });
type Values = { note: string };

/** The coordinator says why an item of a town is good practice; every town of the programme reads it. */
export function MarkPracticeDialog({
  programmeId,
  item,
  note,
  onClose,
  onSaved,
}: {
  programmeId: string;
  item: { workspaceId: string; kind: PracticeKind; itemId: string; title: string };
  /** The note it was marked with before, to change. */
  note?: string;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const { t } = useTranslation('programmes');
  const mark = useMarkPractice(programmeId);
  const form = useForm<Values>({ resolver: zodResolver(NoteForm), defaultValues: { note: note ?? '' } });
  const onSubmit = form.handleSubmit(async ({ note: text }) => {
    await mark.mutateAsync({ workspaceId: item.workspaceId, kind: item.kind, itemId: item.itemId, note: text });
    onSaved(t('practice.saved', { title: item.title }));
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={t('practice.markTitle', { title: item.title })} size="lg">
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary
            errors={form.formState.errors}
            labels={() => t('practice.note')}
            focusKey={form.formState.submitCount}
          />
          <TextField<Values>
            name="note"
            label={t('practice.note')}
            description={t('practice.noteHint')}
            multiline
            rows={4}
            required
            autoFocus
          />
          <Group mt="md" gap="sm">
            <Button type="submit" loading={mark.isPending}>
              {t('practice.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('practice.cancel')}
            </Button>
          </Group>
          {mark.isError && (
            <Alert color="red.9" variant="outline" role="alert" mt="sm">
              {t('practice.failed')}
            </Alert>
          )}
        </form>
      </FormProvider>
    </Modal>
  );
}
