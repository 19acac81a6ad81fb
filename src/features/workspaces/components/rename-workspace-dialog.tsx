import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal } from '@mantine/core';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RenameWorkspaceBody } from '@/domain';
import { TextField } from '@/components/form/text-field';
import { useRenameWorkspace } from '../api/rename-workspace';

export function RenameWorkspaceDialog({
  workspace,
  onClose,
}: {
  workspace: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['workspaces', 'common']);
  return (
    <Modal
      opened={workspace !== null}
      onClose={onClose}
      title={t('rename.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {workspace && <RenameForm workspace={workspace} onDone={onClose} />}
    </Modal>
  );
}

function RenameForm({ workspace, onDone }: { workspace: { id: string; name: string }; onDone: () => void }) {
  const { t } = useTranslation(['workspaces', 'common']);
  const rename = useRenameWorkspace();
  const form = useForm<RenameWorkspaceBody>({
    resolver: zodResolver(RenameWorkspaceBody),
    defaultValues: { name: workspace.name },
  });
  const onSubmit = form.handleSubmit(async ({ name }) => {
    await rename.mutateAsync({ id: workspace.id, name });
    onDone();
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate>
        <TextField<RenameWorkspaceBody> name="name" label={t('create.nameLabel')} required autoFocus />
        {rename.isError && (
          <Alert color="red.9" variant="outline" mt="sm" role="alert">
            {t('rename.failed')}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={rename.isPending}>
            {t('rename.submit')}
          </Button>
        </Group>
      </form>
    </FormProvider>
  );
}
