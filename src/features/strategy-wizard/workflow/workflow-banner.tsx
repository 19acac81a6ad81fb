import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkflowState } from '@/domain';
import { formatDate } from '@/lib/format';
import { useWorkflow } from './workflow-api';

/**
 * On every screen of a strategy that is not a draft: where it stands, since when, and what that
 * means for editing; after a request for changes, the request itself, for everyone to answer.
 */
export function WorkflowBanner({
  workspaceId,
  state,
}: {
  workspaceId: string;
  state: Exclude<WorkflowState, 'draft'>;
}) {
  const { t, i18n } = useTranslation(['workflow', 'common']);
  const workflow = useWorkflow(workspaceId);
  const last = workflow.data?.entries.find((e) => e.to === state);
  const text = last
    ? t(`banner.${state}`, {
        date: formatDate(last.at, i18n.language),
        name: last.by.name || t('someone'),
        comment: last.comment,
      })
    : t(`explain.${state}`);
  const open = state === 'changesRequested' || state === 'returned';
  return (
    <Alert
      color={open ? 'orange.9' : 'blue.9'}
      variant="outline"
      role="note"
      mb="md"
      title={t(`common:workflowState.${state}`)}
      data-testid="workflow-banner"
    >
      <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
      <Anchor component={Link} to={`/w/${workspaceId}/approval`} mt={4} display="inline-block">
        {t('banner.link')}
      </Anchor>
    </Alert>
  );
}
