import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceRole } from '@/domain';

export function ReadOnlyText({ role, coordinates }: { role: WorkspaceRole | null; coordinates: boolean }) {
  const { t } = useTranslation('auth');
  return (
    <>
      <Text fw={700}>{t('readOnly.title')}</Text>
      <Text>
        {role
          ? t('readOnly.asRole', { role: t(`roles.${role}`) })
          : coordinates
            ? t('readOnly.asCoordinator')
            : t('readOnly.asAdmin')}
      </Text>
    </>
  );
}
