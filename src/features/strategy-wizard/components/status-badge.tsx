import { Badge } from '@mantine/core';
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
