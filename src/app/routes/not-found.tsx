import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppLayout, PageHeading } from '@/components/layout';

export function Component() {
  const { t } = useTranslation();
  return (
    <AppLayout>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Text mb="md">{t('notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('actions.backToWorkspaces')}
      </Anchor>
    </AppLayout>
  );
}
