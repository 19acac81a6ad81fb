import { Alert, Container, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/layout/page-heading';
import { ACCESSIBILITY_ASSESSED_ON, AccessibilityContacts } from '@/domain/accessibility';
import { api } from '@/lib/api-client';
import { formatDate } from '@/lib/format';

/**
 * The accessibility statement the Web Accessibility Directive asks of a public body's site:
 * how far it complies, what is not yet accessible, how this was assessed and when, where to
 * send feedback and where to turn next. The contact and the enforcement body are the
 * operator's (the server's configuration); everything else is the product's own.
 */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation('accessibility');
  const details = useQuery({
    queryKey: ['accessibility'],
    queryFn: ({ signal }) => api('/accessibility', AccessibilityContacts, { signal }),
    staleTime: Infinity,
  });
  const gaps = t('gaps.items', { returnObjects: true }) as unknown;
  const section = (id: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {body}
    </section>
  );
  return (
    <Container size="md" px={0}>
      <Stack gap="lg">
        <PageHeading>{t('title')}</PageHeading>
        <Text>{t('intro')}</Text>
        {section('a11y-status', t('status.title'), <Text>{t('status.text')}</Text>)}
        {section(
          'a11y-gaps',
          t('gaps.title'),
          <List spacing="xs">
            {Array.isArray(gaps) && gaps.map((gap) => <List.Item key={String(gap)}>{String(gap)}</List.Item>)}
          </List>,
        )}
        {section(
          'a11y-assessment',
          t('assessment.title'),
          <Text>{t('assessment.text', { date: formatDate(ACCESSIBILITY_ASSESSED_ON, i18n.language) })}</Text>,
        )}
        {section(
          'a11y-feedback',
          t('feedback.title'),
          <Stack gap="xs">
            <Text>{t('feedback.text')}</Text>
            {details.isError ? (
              <Alert color="red.9" variant="outline" role="alert">
                {t('loadFailed')}
              </Alert>
            ) : details.data ? (
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {details.data.contact
                  ? t('feedback.contact', { contact: details.data.contact })
                  : t('feedback.noContact')}
              </Text>
            ) : null}
          </Stack>,
        )}
        {section(
          'a11y-enforcement',
          t('enforcement.title'),
          <Stack gap="xs">
            <Text>{t('enforcement.text')}</Text>
            {details.data?.enforcement && (
              <Text style={{ overflowWrap: 'anywhere' }}>
                {t('enforcement.body', { body: details.data.enforcement })}
              </Text>
            )}
          </Stack>,
        )}
      </Stack>
    </Container>
  );
}
