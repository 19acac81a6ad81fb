import { invitationLink } from '@/lib/links';
import {
  Alert,
  Button,
  Card,
  Container,
  Group,
  List,
  NativeSelect,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSPACE_ROLES } from '@/domain';
import type { CreatedInvitation, Invitation, Member, WorkspaceRole } from '@/domain';
import { LazyConfirmDialog as ConfirmDialog } from '@/components/layout/lazy-confirm-dialog';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { currentUser, useAbilities } from '@/lib/session';
import {
  useChangeRole,
  useCreateInvitation,
  useInvitations,
  useMembers,
  useRemoveMember,
  useRevokeInvitation,
} from '../api/people-api';
import { AuditTable } from './audit-table';
import { CopyLink } from '@/components/layout/copy-link';

/** Who works on this strategy, with their roles; the lead changes roles, removes members and invites. */
export function MembersPage({ workspaceId, workspaceName }: { workspaceId: string; workspaceName: string }) {
  const { t } = useTranslation(['auth', 'common']);
  const may = useAbilities(workspaceId);
  const members = useMembers(workspaceId);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const changeRole = useChangeRole(workspaceId);
  const remove = useRemoveMember(workspaceId);
  const me = currentUser()?.id;

  const failed = (error: unknown) =>
    setNotice({
      text: error instanceof ApiError && error.status === 409 ? t('members.lastLead') : t('signIn.failed'),
      error: true,
    });

  return (
    <Container size="lg" px={0}>
      <PageHeading>{t('members.title', { name: workspaceName })}</PageHeading>
      <Text mb="md">{t('members.intro')}</Text>
      {!may.manageMembers && <Text mb="md">{t('members.readOnlyList')}</Text>}
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color={notice.error ? 'red.9' : 'green.9'} variant="outline" mb="md">
            {notice.text}
          </Alert>
        )}
      </div>
      {members.isPending && <Loading label={t('common:loading')} />}
      {members.data && (
        <Table.ScrollContainer minWidth={560} mb="xl">
          <Table striped withTableBorder>
            <Table.Caption>{t('members.link')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.name')}</Table.Th>
                <Table.Th scope="col">{t('members.email')}</Table.Th>
                <Table.Th scope="col">{t('members.role')}</Table.Th>
                <Table.Th scope="col">{t('members.joined')}</Table.Th>
                {may.manageMembers && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.map((m) => (
                <MemberRow
                  key={m.userId}
                  member={m}
                  isMe={m.userId === me}
                  manage={may.manageMembers}
                  onRole={(role) =>
                    changeRole.mutate(
                      { userId: m.userId, role },
                      {
                        onSuccess: () =>
                          setNotice({ text: t('members.roleChanged', { name: m.name, role: t(`roles.${role}`) }) }),
                        onError: failed,
                      },
                    )
                  }
                  onRemove={() => setRemoving(m)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {may.manageMembers && <Invitations workspaceId={workspaceId} />}
      {may.readAudit && (
        <section aria-labelledby="activity-heading">
          <Title order={2} id="activity-heading" size="h3" mt="xl" mb="xs">
            {t('audit.title')}
          </Title>
          <AuditTable workspaceId={workspaceId} />
        </section>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('members.remove', { name: removing?.name ?? '' })}
        message={t('members.removeConfirm', { name: removing?.name ?? '' })}
        confirmLabel={t('members.remove', { name: removing?.name ?? '' })}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const member = removing;
          setRemoving(null);
          if (member)
            remove.mutate(member.userId, {
              onSuccess: () => setNotice({ text: t('members.removed', { name: member.name }) }),
              onError: failed,
            });
        }}
      />
    </Container>
  );
}

function MemberRow({
  member,
  isMe,
  manage,
  onRole,
  onRemove,
}: {
  member: Member;
  isMe: boolean;
  manage: boolean;
  onRole: (role: WorkspaceRole) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation('auth');
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        {member.name} {isMe && t('members.you')}
      </Table.Th>
      <Table.Td>{member.email}</Table.Td>
      <Table.Td>
        {manage ? (
          <NativeSelect
            aria-label={t('members.changeRole', { name: member.name })}
            value={member.role}
            onChange={(e) => onRole(e.currentTarget.value as WorkspaceRole)}
            data={WORKSPACE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            size="xs"
          />
        ) : (
          t(`roles.${member.role}`)
        )}
      </Table.Td>
      <Table.Td>{formatDate(member.joinedAt, i18n.language)}</Table.Td>
      {manage && (
        <Table.Td>
          <Button variant="outline" color="red.9" size="compact-sm" onClick={onRemove}>
            {t('members.remove', { name: member.name })}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function Invitations({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation('auth');
  const [role, setRole] = useState<WorkspaceRole>('contributor');
  const [made, setMade] = useState<CreatedInvitation | null>(null);
  const create = useCreateInvitation(workspaceId);
  const revoke = useRevokeInvitation(workspaceId);
  const invitations = useInvitations(workspaceId, true);

  const stateText = (i: Invitation) =>
    i.state === 'open'
      ? t('invite.state.open', { date: formatDate(i.expiresAt, i18n.language) })
      : i.state === 'used'
        ? t('invite.state.used', { name: i.usedBy ?? '' })
        : i.state === 'expired'
          ? t('invite.state.expired', { date: formatDate(i.expiresAt, i18n.language) })
          : t('invite.state.revoked');

  return (
    <>
      <Card withBorder component="section" aria-labelledby="invite-heading" mb="xl">
        <Title order={2} id="invite-heading" size="h3" mb="xs">
          {t('invite.title')}
        </Title>
        <Text mb="sm">{t('invite.intro')}</Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('invite.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as WorkspaceRole)}
            data={WORKSPACE_ROLES.map((r) => ({ value: r, label: `${t(`roles.${r}`)} — ${t(`roles.describe.${r}`)}` }))}
          />
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate(role, {
                onSuccess: setMade,
              })
            }
          >
            {t('invite.create')}
          </Button>
        </Group>
        {create.isError && (
          <Alert color="red.9" variant="outline" role="alert" mt="sm">
            {t('signIn.failed')}
          </Alert>
        )}
        {made && (
          <CopyLink
            label={t('invite.created', { role: t(`roles.${made.role}`) })}
            hint={t('invite.onlyOnce')}
            url={invitationLink(made.token)}
            testId="invitation-link"
          />
        )}
      </Card>
      <section aria-labelledby="invitations-heading">
        <Title order={2} id="invitations-heading" size="h3" mb="xs">
          {t('invite.listTitle')}
        </Title>
        {invitations.data?.length === 0 && <Text>{t('invite.none')}</Text>}
        <List listStyleType="none" p={0} spacing="xs">
          {invitations.data?.map((i) => (
            <List.Item key={i.id}>
              <Group gap="sm" wrap="wrap">
                <Text fw={600}>{t(`roles.${i.role}`)}</Text>
                <Text>{stateText(i)}</Text>
                <Text size="sm" c="gray.8">
                  {t('invite.madeBy', { name: i.createdBy, date: formatDate(i.createdAt, i18n.language) })}
                </Text>
                {i.state === 'open' && (
                  <Button variant="outline" color="red.9" size="compact-sm" onClick={() => revoke.mutate(i.id)}>
                    {t('invite.revoke', { role: t(`roles.${i.role}`) })}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      </section>
    </>
  );
}
