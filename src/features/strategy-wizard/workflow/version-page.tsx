import { Alert, Anchor, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTENT_STEPS, describeRecord, itemName, STEP_CONTENT } from '@/domain';
import type { StoredItem } from '@/domain';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { formatDateTime } from '@/lib/format';
import { createWording } from '../steps/review/use-wording';
import { CopyButton } from './copy-button';
import { useVersion } from './versions-api';

/** One kept version, read-only, step by step, with a way to copy each of its texts back. */
export function VersionPage({ workspaceId, versionId }: { workspaceId: string; versionId: string }) {
  const { t, i18n } = useTranslation(['workflow', 'common', 'wizard', 'fields', 'taxonomy', 'review', 'comments']);
  const kept = useVersion(workspaceId, versionId);
  const tt = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const wording = useMemo(
    () => (kept.data ? createWording(kept.data.strategy, tt, i18n.language) : null),
    [kept.data, tt, i18n.language],
  );
  if (kept.isError) {
    return (
      <Alert color="red.9" variant="outline" role="alert">
        {t('compare.notFound')}
      </Alert>
    );
  }
  if (!kept.data || !wording) return <Loading label={t('compare.loading')} />;
  const { version, strategy } = kept.data;
  const name = version.name || (version.action ? t(`actions.${version.action}`) : '');
  const record = (data: unknown) => data as Record<string, unknown>;
  const Field = ({ label, text }: { label: string; text: string }) => (
    <div style={{ marginBottom: 'var(--mantine-spacing-xs)' }}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
      <CopyButton text={text} label={t('compare.copyThis')} />
    </div>
  );
  return (
    <Container size="lg" px={0}>
      <PageHeading>{t('compare.openTitle', { number: version.number, name })}</PageHeading>
      <Text mb="xs">
        {t('compare.openIntro', {
          date: formatDateTime(version.at, i18n.language),
          name: version.by.name || t('someone'),
          state: t(`common:workflowState.${version.state}`),
        })}
      </Text>
      <Group mb="lg">
        <Anchor component={Link} to={`/w/${workspaceId}/versions/compare?from=${version.id}&to=now`}>
          {t('compare.compareWithNow')}
        </Anchor>
      </Group>
      <Stack gap="lg">
        {CONTENT_STEPS.map((step) => (
          <section key={step} aria-labelledby={`v-${step}`}>
            <Title order={2} size="h3" id={`v-${step}`} mb="sm">
              {t(`wizard:steps.${step}.title`)}
            </Title>
            <Stack gap="sm">
              {STEP_CONTENT[step].sections.map((key) => {
                const fields = describeRecord(key, record(strategy.sections[key].data), wording).filter((f) =>
                  f.text.trim(),
                );
                return fields.length === 0 ? null : (
                  <Card key={key} withBorder padding="sm">
                    {fields.map((f) => (
                      <Field key={f.spec.key} label={f.label} text={f.text} />
                    ))}
                  </Card>
                );
              })}
              {STEP_CONTENT[step].lists.map(({ kind }) =>
                (strategy.items[kind] as StoredItem[]).map((item, i) => (
                  <Card key={item.id} withBorder padding="sm" component="article" aria-labelledby={`v-item-${item.id}`}>
                    <Title order={3} size="h5" id={`v-item-${item.id}`} mb="xs">
                      {t(`comments:kinds.${kind}`)}:{' '}
                      {itemName(item.data) ||
                        t('comments:itemNumbered', { kind: t(`comments:kinds.${kind}`), n: i + 1 })}
                    </Title>
                    {describeRecord(kind, record(item.data), wording)
                      .filter((f) => f.text.trim() && f.spec.show.as !== 'currency')
                      .map((f) => (
                        <Field key={f.spec.key} label={f.label} text={f.text} />
                      ))}
                  </Card>
                )),
              )}
            </Stack>
          </section>
        ))}
      </Stack>
    </Container>
  );
}
