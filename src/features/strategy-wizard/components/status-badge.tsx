import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StepStatus } from '@/domain';

const COLOR: Record<StepStatus, string> = {
  notStarted: 'gray.8',
  inProgress: 'blue.9',
  complete: 'green.9',
  attention: 'red.9',
};

/** A step's status in words (colour only repeats it). */
export function StatusBadge({ status }: { status: StepStatus }) {
  const { t } = useTranslation('wizard');
  return (
    <Badge color={COLOR[status]} variant={status === 'complete' ? 'filled' : 'outline'} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The same status as compact text, for the step navigation. */
export function StatusText({ status }: { status: StepStatus }) {
  const { t } = useTranslation('wizard');
  return (
    <Text span size="xs" c={COLOR[status]} fw={status === 'attention' ? 700 : 500}>
      {status === 'complete' ? '✓ ' : status === 'attention' ? '! ' : ''}
      {t(`status.${status}`)}
    </Text>
  );
}
