import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkflowState } from '@/domain';

/** Darker shades than Mantine's defaults: AA contrast on white for text and outline. */
export const STATE_COLOR: Record<WorkflowState, string> = {
  draft: 'gray.8',
  inReview: 'blue.9',
  changesRequested: 'orange.9',
  approved: 'green.9',
  submitted: 'indigo.9',
  returned: 'orange.9',
  accepted: 'green.9',
};

/** Where a strategy stands, as a small outlined label (the list of workspaces, the navigation). */
export function StateBadge({ state }: { state: WorkflowState }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATE_COLOR[state]}
      variant="outline"
      radius="sm"
      tt="none"
      h="auto"
      // The state's whole name, wrapped if need be: never cut with "…".
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center' } }}
      data-testid="workflow-state"
    >
      {t(`workflowState.${state}`)}
    </Badge>
  );
}
