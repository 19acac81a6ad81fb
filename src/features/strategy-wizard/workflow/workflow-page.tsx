import {
  Alert,
  Anchor,
  Badge,
  Blockquote,
  Button,
  Card,
  Container,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Link } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { availableActions, openRequest } from '@/domain';
import type { WorkflowAction, WorkflowActor, WorkflowEntry, WorkflowInfo, WorkflowState } from '@/domain';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { formatDateTime } from '@/lib/format';
import { useActors } from '@/lib/session';
import { useWorkflow } from './workflow-api';
import { NameVersionForm } from './name-version-form';
import { StepDialog } from './step-dialog';
import { STATE_COLOR } from '@/components/layout/state-badge';

/** Who acts next in each state: said to everyone who has no step to take. */
const WAITING_FOR: Record<WorkflowState, 'lead' | 'reviewer' | 'coordinator' | 'nobody'> = {
  draft: 'lead',
  inReview: 'reviewer',
  changesRequested: 'lead',
  approved: 'lead',
  submitted: 'coordinator',
  returned: 'lead',
  accepted: 'nobody',
};

/**
 * Where the strategy stands on its way to adoption, the steps this person may take, every
 * step taken so far with its comment, and the versions kept on the way.
 */
export function WorkflowPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation(['workflow', 'common']);
  const workflow = useWorkflow(workspaceId);
  const actors = useActors(workspaceId);

  return (
    <Container size="lg" px={0}>
      <PageHeading>{t('title')}</PageHeading>
      <Text mb="lg">{t('intro')}</Text>
      {workflow.data ? (
        <Stack gap="xl">
          <Standing workspaceId={workspaceId} info={workflow.data} actors={actors} />
          <History entries={workflow.data.entries} info={workflow.data} />
          <Versions workspaceId={workspaceId} info={workflow.data} mayName={actors.includes('lead')} />
        </Stack>
      ) : workflow.isError ? (
        <Alert color="red.9" variant="outline" role="alert">
          {t('common:errors.screenFailed')}
          <Button variant="subtle" ml="md" onClick={() => void workflow.refetch()}>
            {t('common:actions.retry')}
          </Button>
        </Alert>
      ) : (
        <Loading label={t('common:loading')} />
      )}
    </Container>
  );
}

function Standing({ workspaceId, info, actors }: { workspaceId: string; info: WorkflowInfo; actors: WorkflowActor[] }) {
  const { t, i18n } = useTranslation(['workflow', 'common']);
  const [acting, setActing] = useState<WorkflowAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = availableActions(info.state, actors);
  const last = info.entries[0];
  const request = openRequest(info.entries);
  // Back in review after a request for changes: what the reviewer wants to see first, from the
  // text they sent back to the text submitted again (the newest version, kept at the submission).
  const sinceRequest =
    info.state === 'inReview'
      ? info.entries.find((e) => e.action === 'requestChanges' || e.action === 'returnToTown')
      : undefined;
  return (
    <section aria-labelledby="state-heading">
      <Card withBorder padding="lg">
        <Title order={2} id="state-heading" size="h3" mb="sm">
          {t('stateTitle')}
        </Title>
        <Group gap="sm" mb="xs">
          <Badge color={STATE_COLOR[info.state]} variant="outline" size="lg" radius="sm" tt="none" data-testid="state">
            {t(`common:workflowState.${info.state}`)}
          </Badge>
          {last && (
            <Text size="sm">
              {t('since', { date: formatDateTime(last.at, i18n.language), name: last.by.name || t('someone') })}
            </Text>
          )}
        </Group>
        <Text mb="md">{t(`explain.${info.state}`)}</Text>
        {sinceRequest?.versionId && (
          <Anchor
            component={Link}
            to={`/w/${workspaceId}/versions/compare?from=${sinceRequest.versionId}&to=${info.versions[0]?.id ?? 'now'}`}
            display="inline-block"
            mb="md"
            fw={700}
          >
            {t('compare.sinceRequest')}
          </Anchor>
        )}
        {request && (request.to === 'changesRequested' || request.to === 'returned') && (
          <Blockquote
            color="orange.9"
            p="md"
            mb="md"
            cite={t(`request.${request.to}`, {
              name: request.by.name || t('someone'),
              date: formatDateTime(request.at, i18n.language),
            })}
          >
            <Text style={{ whiteSpace: 'pre-wrap' }}>{request.comment}</Text>
          </Blockquote>
        )}
        <Title order={3} size="h4" mb="xs">
          {t('actionsTitle')}
        </Title>
        {actions.length > 0 ? (
          <Group gap="sm">
            {actions.map((action) => (
              <Button
                key={action}
                variant={action === 'withdraw' || action === 'reopen' ? 'outline' : 'filled'}
                onClick={() => {
                  setDone(null);
                  setActing(action);
                }}
              >
                {t(`actions.${action}`)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text>
            {t('noActions')} {t(`waitingFor.${WAITING_FOR[info.state]}`)}
          </Text>
        )}
        <div role="status" aria-live="polite">
          {done && (
            <Alert color="green.9" variant="outline" mt="md">
              {done}
            </Alert>
          )}
        </div>
      </Card>
      {acting && (
        <StepDialog
          workspaceId={workspaceId}
          action={acting}
          state={info.state}
          onClose={(taken) => {
            setActing(null);
            if (taken) setDone(t(`done.${taken}`));
          }}
        />
      )}
    </section>
  );
}

function History({ entries, info }: { entries: readonly WorkflowEntry[]; info: WorkflowInfo }) {
  const { t, i18n } = useTranslation(['workflow', 'common']);
  const numbers = new Map(info.versions.map((v) => [v.id, v.number]));
  return (
    <section aria-labelledby="history-heading">
      <Title order={2} id="history-heading" size="h3" mb="sm">
        {t('historyTitle')}
      </Title>
      {entries.length === 0 ? (
        <Text>{t('historyEmpty')}</Text>
      ) : (
        <ol className="plain-list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <li key={entry.id} style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
              <Text fw={600}>
                {t('entry', { name: entry.by.name || t('someone'), action: t(`actions.${entry.action}`) })}
              </Text>
              <Text size="sm">
                {formatDateTime(entry.at, i18n.language)} · {t(`common:workflowState.${entry.from}`)} →{' '}
                {t(`common:workflowState.${entry.to}`)}
                {entry.versionId && numbers.get(entry.versionId)
                  ? ` · ${t('versionKept', { number: numbers.get(entry.versionId) })}`
                  : ''}
              </Text>
              {entry.comment && (
                <Blockquote p="xs" mt={4} color="gray.7">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.comment}
                  </Text>
                </Blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Versions({ workspaceId, info, mayName }: { workspaceId: string; info: WorkflowInfo; mayName: boolean }) {
  const { t, i18n } = useTranslation(['workflow', 'common']);
  return (
    <section aria-labelledby="versions-heading">
      <Title order={2} id="versions-heading" size="h3" mb="sm">
        {t('versionsTitle')}
      </Title>
      <Text mb="sm">{t('versionsIntro')}</Text>
      {info.versions.length > 0 && (
        <Anchor component={Link} to={`/w/${workspaceId}/versions/compare`} display="inline-block" mb="sm">
          {t('compare.link')}
        </Anchor>
      )}
      {mayName && <NameVersionForm workspaceId={workspaceId} />}
      {info.versions.length === 0 ? (
        <Text mt="sm">{t('versionsEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560} mt="sm">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('version.number')}</Table.Th>
                <Table.Th scope="col">{t('version.name')}</Table.Th>
                <Table.Th scope="col">{t('version.when')}</Table.Th>
                <Table.Th scope="col">{t('version.by')}</Table.Th>
                <Table.Th scope="col">{t('version.state')}</Table.Th>
                <Table.Th scope="col">{t('version.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {info.versions.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{v.number}</Table.Td>
                  <Table.Td>
                    {v.name || (v.action ? t('version.keptAt', { action: t(`actions.${v.action}`) }) : '')}
                  </Table.Td>
                  <Table.Td>{formatDateTime(v.at, i18n.language)}</Table.Td>
                  <Table.Td>{v.by.name || t('someone')}</Table.Td>
                  <Table.Td>{t(`common:workflowState.${v.state}`)}</Table.Td>
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <Anchor component={Link} to={`/w/${workspaceId}/versions/${v.id}`} size="sm">
                        {t('compare.open')} <VisuallyHidden>{t('version.which', { number: v.number })}</VisuallyHidden>
                      </Anchor>
                      <Anchor component={Link} to={`/w/${workspaceId}/versions/compare?from=${v.id}&to=now`} size="sm">
                        {t('compare.compareWithNow')}{' '}
                        <VisuallyHidden>{t('version.which', { number: v.number })}</VisuallyHidden>
                      </Anchor>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
