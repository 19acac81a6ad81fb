import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { discardUnsentEdits } from '@/lib/session';

/** Signing out while edits could not be sent: keep them on this device, discard them, or stay. */
export function UnsentEditsDialog({
  count,
  onClose,
  onSignOut,
}: {
  count: number;
  onClose: () => void;
  onSignOut: () => Promise<void>;
}) {
  const { t } = useTranslation(['auth', 'common']);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('signOutDialog.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Text mb="lg">{t('signOutDialog.text', { count })}</Text>
      <Stack gap="sm">
        <Button onClick={() => void onSignOut()}>{t('signOutDialog.keep')}</Button>
        <Button
          variant="outline"
          color="red.9"
          onClick={() => {
            discardUnsentEdits();
            void onSignOut();
          }}
        >
          {t('signOutDialog.discard')}
        </Button>
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('signOutDialog.stay')}
        </Button>
      </Stack>
    </Modal>
  );
}
