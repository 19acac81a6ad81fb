import { Alert, Anchor, Badge, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stateOf } from '@/domain';
import type { WorkspaceSummary } from '@/domain';
import { StateBadge } from '@/components/layout/state-badge';
import { LazyConfirmDialog as ConfirmDialog } from '@/components/layout/lazy-confirm-dialog';
import { lazyDialog } from '@/components/layout/lazy-dialog';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { formatDateTime } from '@/lib/format';
import { currentUser, useRoleAbilities } from '@/lib/session';
import { useDeleteWorkspace } from '../api/delete-workspace';
import { useWorkspaces } from '../api/get-workspaces';
import { useNotifications } from '../api/notifications';
import { CreateWorkspaceForm } from './create-workspace-form';

// Its words (the steps, the workflow) load only when there is something to tell.
const RenameWorkspaceDialog = lazyDialog(
  () => import('./rename-workspace-dialog').then((m) => m.RenameWorkspaceDialog),
  (props) => props.workspace !== null,
);
const WhileAway = lazy(() => import('./while-away').then((m) => ({ default: m.WhileAway })));

/** The list of the person's strategy workspaces: open, create, rename, delete, import. */
export function WorkspacesPage({ importSlot }: { importSlot?: ReactNode }) {
  const { t } = useTranslation(['workspaces', 'common']);
  const workspaces = useWorkspaces();
  const [renaming, setRenaming] = useState<WorkspaceSummary | null>(null);
  const [deleting, setDeleting] = useState<WorkspaceSummary | null>(null);
  const remove = useDeleteWorkspace();
  const notes = useNotifications();
  return (
    <Container size="md" px={0}>
      <PageHeading>{t('title')}</PageHeading>
      <Text mb="lg">{t('intro')}</Text>
      {currentUser()?.systemRole === 'coordinator' && (
        <Alert color="blue.9" variant="outline" mb="lg" title={t('programmes.title')}>
          <Text mb="xs">{t('programmes.text')}</Text>
          <Anchor component={Link} to="/programmes" fw={700}>
            {t('programmes.link')}
          </Anchor>
        </Alert>
      )}
      {(notes.data?.items.length ?? 0) > 0 && (
        <Suspense fallback={null}>
          <WhileAway />
        </Suspense>
      )}
      <Card withBorder mb="xl" component="section">
        <CreateWorkspaceForm />
      </Card>
      <section aria-labelledby="list-heading">
        <Title order={2} id="list-heading" mb="sm">
          {t('list.title')}
        </Title>
        {workspaces.isPending && <Loading label={t('common:loading')} />}
        {workspaces.isError && (
          <Alert color="red.9" variant="outline" role="alert" mb="md">
            {t('list.failed')}{' '}
            <Button variant="subtle" size="compact-sm" onClick={() => void workspaces.refetch()}>
              {t('common:actions.retry')}
            </Button>
          </Alert>
        )}
        {workspaces.data?.length === 0 && <Text>{t('list.empty')}</Text>}
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {workspaces.data?.map((ws) => (
            <WorkspaceCard
              key={ws.id}
              workspace={ws}
              onRename={() => setRenaming(ws)}
              onDelete={() => setDeleting(ws)}
            />
          ))}
        </Stack>
      </section>
      {importSlot && (
        <Card withBorder mt="xl" component="section">
          {importSlot}
        </Card>
      )}
      <RenameWorkspaceDialog workspace={renaming} onClose={() => setRenaming(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('delete.title')}
        message={t('delete.message', { name: deleting?.name ?? '' })}
        confirmLabel={t('delete.confirm')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting.id);
          setDeleting(null);
        }}
      />
    </Container>
  );
}

function WorkspaceCard({
  workspace,
  onRename,
  onDelete,
}: {
  workspace: WorkspaceSummary;
  onRename: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation('workspaces');
  const may = useRoleAbilities(workspace.role);
  const unread = useNotifications().data?.items.filter((n) => !n.read && n.workspace.id === workspace.id).length ?? 0;
  return (
    <Card withBorder component="li" padding="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/w/${workspace.id}`} fw={700} size="lg">
              {workspace.name}
            </Anchor>
            <StateBadge state={stateOf(workspace)} />
            {unread > 0 && (
              <Badge color="blue.9" variant="filled" radius="sm" tt="none">
                {t('list.unread', { count: unread })}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="gray.8">
            {workspace.municipality ? `${workspace.municipality} · ` : ''}
            {t('list.updated', { date: formatDateTime(workspace.updatedAt, i18n.language) })} ·{' '}
            {t('list.items', { count: workspace.itemCount })}
          </Text>
        </div>
        <Group gap="xs">
          {may.rename && (
            <Button
              variant="default"
              size="xs"
              onClick={onRename}
              aria-label={t('rename.labelFor', { name: workspace.name })}
            >
              {t('rename.button')}
            </Button>
          )}
          {may.remove && (
            <Button
              variant="outline"
              color="red.9"
              size="xs"
              onClick={onDelete}
              aria-label={t('delete.labelFor', { name: workspace.name })}
            >
              {t('delete.button')}
            </Button>
          )}
        </Group>
      </Group>
    </Card>
  );
}
