import { Alert, Anchor, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** Last line of defence: a screen that failed to load says so, with a way back. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  console.warn(error);
  return (
    <Container size="sm" py="xl" component="main">
      <Alert color="red.9" variant="outline" title={t('errors.screenFailed')} role="alert">
        <Anchor component={Link} to="/">
          {t('actions.backToWorkspaces')}
        </Anchor>
      </Alert>
    </Container>
  );
}
