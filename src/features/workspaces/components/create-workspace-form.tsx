import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group } from '@mantine/core';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateWorkspaceBody } from '@/domain';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextField } from '@/components/form/text-field';
import { useCreateWorkspace } from '../api/create-workspace';

export function CreateWorkspaceForm() {
  const { t } = useTranslation('workspaces');
  const navigate = useNavigate();
  const create = useCreateWorkspace();
  const form = useForm<CreateWorkspaceBody>({
    resolver: zodResolver(CreateWorkspaceBody),
    defaultValues: { name: '' },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const ws = await create.mutateAsync(values);
    navigate(`/w/${ws.id}`);
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="create-heading">
        <h2 id="create-heading" style={{ marginTop: 0 }}>
          {t('create.title')}
        </h2>
        <ErrorSummary
          errors={form.formState.errors}
          labels={() => t('create.nameLabel')}
          focusKey={form.formState.submitCount}
        />
        <Group align="flex-end" gap="sm" wrap="wrap" mt="sm">
          <div style={{ flex: '1 1 260px' }}>
            <TextField<CreateWorkspaceBody>
              name="name"
              label={t('create.nameLabel')}
              description={t('create.nameHint')}
              required
            />
          </div>
          <Button type="submit" loading={create.isPending}>
            {t('create.submit')}
          </Button>
        </Group>
        {create.isError && (
          <Alert color="red.9" variant="outline" mt="sm" role="alert">
            {t('create.failed')}
          </Alert>
        )}
      </form>
    </FormProvider>
  );
}
