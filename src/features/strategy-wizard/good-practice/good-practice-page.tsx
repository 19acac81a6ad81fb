import {
  Alert,
  Anchor,
  Badge,
  Blockquote,
  Button,
  Card,
  Container,
  Group,
  List,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemPath } from '@/domain/compare-towns';
import type { TownPractice } from '@/domain/good-practice';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { formatDate } from '@/lib/format';
import { useMay } from '../components/read-only';
import { useCopyPractice, useTownPractices } from './good-practice-api';

/**
 * The good practice of the town's programme: what the coordinator found worth sharing in other
 * towns, the entries that match this town's needs first, each copied into the plan in one step.
 */
export function GoodPracticePage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation(['programmes', 'common']);
  const practices = useTownPractices(workspaceId);
  const [said, setSaid] = useState<{ text: string; error?: boolean } | null>(null);
  return (
    <Container size="md" px={0}>
      <PageHeading>{t('practice.title')}</PageHeading>
      <Text mb="lg">{t('practice.intro')}</Text>
      <div role="status" aria-live="polite">
        {said && (
          <Alert color={said.error ? 'red.9' : 'green.9'} variant="outline" mb="md">
            {said.text}
          </Alert>
        )}
      </div>
      {practices.isPending && <Loading label={t('common:loading')} />}
      {practices.isError && (
        <Alert color="red.9" variant="outline" role="alert">
          {t('common:errors.screenFailed')}
          <Button variant="subtle" ml="md" onClick={() => void practices.refetch()}>
            {t('common:actions.retry')}
          </Button>
        </Alert>
      )}
      {practices.data?.length === 0 && <Text>{t('practice.none')}</Text>}
      <Stack component="ul" gap="md" p={0} style={{ listStyle: 'none' }}>
        {practices.data?.map((p) => (
          <PracticeCard key={p.id} workspaceId={workspaceId} practice={p} onSaid={setSaid} />
        ))}
      </Stack>
    </Container>
  );
}

function PracticeCard({
  workspaceId,
  practice,
  onSaid,
}: {
  workspaceId: string;
  practice: TownPractice;
  onSaid: (said: { text: string; error?: boolean }) => void;
}) {
  const { t, i18n } = useTranslation(['programmes', 'taxonomy']);
  const may = useMay(workspaceId);
  const copy = useCopyPractice(workspaceId);
  const { content } = practice;
  const own = practice.town.workspaceId === workspaceId;
  const matched = practice.matches.themes.length + practice.matches.targetGroups.length > 0;
  const kind = t(`practice.kinds.${practice.kind}`);
  const headingId = `practice-${practice.id}`;
  return (
    <Card withBorder component="li" padding="lg" aria-labelledby={headingId}>
      <Group gap="xs" mb={4}>
        <Badge variant="outline" color="gray.8" radius="sm" tt="none">
          {kind}
        </Badge>
        {matched && (
          <Badge variant="outline" color="green.9" radius="sm" tt="none">
            {t('practice.matches')}
          </Badge>
        )}
      </Group>
      <Title order={2} size="h3" id={headingId}>
        {content.title}
      </Title>
      <Text size="sm" c="gray.8" mb="sm">
        {own
          ? t('practice.fromYou', { date: formatDate(practice.markedAt, i18n.language) })
          : t('practice.from', { town: practice.town.name, date: formatDate(practice.markedAt, i18n.language) })}
      </Text>
      <Blockquote color="blue.9" p="sm" mb="sm" cite={t('practice.noteBy', { name: practice.markedBy })}>
        {practice.note}
      </Blockquote>
      {content.description && <Text mb="sm">{content.description}</Text>}
      {content.resources && (
        <>
          <Text size="sm" fw={700}>
            {t('practice.resources')}
          </Text>
          <Text size="sm" mb="sm">
            {content.resources}
          </Text>
        </>
      )}
      {content.indicators.length > 0 && (
        <>
          <Text size="sm" fw={700}>
            {t('practice.indicators')}
          </Text>
          <List size="sm" mb="sm">
            {content.indicators.map((i) => (
              <List.Item key={i.id}>{[i.name, i.unit && `(${i.unit})`].filter(Boolean).join(' ')}</List.Item>
            ))}
          </List>
        </>
      )}
      <Tags
        label={t('practice.themes')}
        values={content.themes.map((tag) => ({
          text: t(`taxonomy:theme.${tag}`),
          match: practice.matches.themes.includes(tag),
        }))}
      />
      <Tags
        label={t('practice.targetGroups')}
        values={content.targetGroups.map((g) => ({
          text: t(`taxonomy:targetGroup.${g}`),
          match: practice.matches.targetGroups.includes(g),
        }))}
      />
      {!own && (
        <Group mt="md" gap="md">
          {practice.copiedAs ? (
            <Anchor component={Link} to={itemPath(workspaceId, practice.kind, practice.copiedAs)} fw={700}>
              {t('practice.openCopy', { kind: kind.toLocaleLowerCase(i18n.language) })}
            </Anchor>
          ) : null}
          {may.edit ? (
            <Button
              variant={practice.copiedAs ? 'default' : 'filled'}
              loading={copy.isPending && copy.variables === practice.id}
              onClick={() =>
                copy.mutate(practice.id, {
                  onSuccess: () => onSaid({ text: t('practice.copied', { title: content.title }) }),
                  onError: () => onSaid({ text: t('practice.copyFailed'), error: true }),
                })
              }
            >
              {practice.copiedAs ? t('practice.copyAgain') : t('practice.copy')}
            </Button>
          ) : (
            <Text size="sm" c="gray.8">
              {t('practice.cannotCopy')}
            </Text>
          )}
        </Group>
      )}
    </Card>
  );
}

function Tags({ label, values }: { label: string; values: { text: string; match: boolean }[] }) {
  const { t } = useTranslation('programmes');
  if (values.length === 0) return null;
  return (
    <Group gap={6} mb={6} wrap="wrap">
      <Text size="sm" fw={700}>
        {label}
      </Text>
      {values.map((v) => (
        <Badge
          key={v.text}
          variant={v.match ? 'filled' : 'outline'}
          color={v.match ? 'green.9' : 'gray.8'}
          radius="sm"
          tt="none"
          h="auto"
          styles={{ label: { whiteSpace: 'normal' } }}
        >
          {v.text}
          {v.match && ` · ${t('practice.yourNeed')}`}
        </Badge>
      ))}
    </Group>
  );
}
