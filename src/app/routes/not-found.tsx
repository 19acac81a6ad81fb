import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { PageHeading } from '@/components/layout/page-heading';

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
