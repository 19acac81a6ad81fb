import { Alert, Anchor, Badge, Blockquote, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemPath } from '@/domain/compare-towns';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { formatDate } from '@/lib/format';
import { useDashboard, useProgrammePractices, useRemovePractice } from '../api/programmes-api';

/** The programme's good practice as its coordinator keeps it: every entry, its note, its town; removable. */
export function ProgrammePracticePage({ programmeId, coordinates }: { programmeId: string; coordinates: boolean }) {
  const { t, i18n } = useTranslation(['programmes', 'taxonomy', 'common']);
  const dashboard = useDashboard(programmeId);
  const practices = useProgrammePractices(programmeId);
  const remove = useRemovePractice(programmeId);
  const [said, setSaid] = useState<{ text: string; error?: boolean } | null>(null);
  return (
    <Container size="md" px={0}>
      <PageHeading>{t('practice.programmeTitle')}</PageHeading>
      <Group gap="lg" mb="md">
        <Anchor component={Link} to={`/programmes/${programmeId}`}>
          {t('compare.back', { name: dashboard.data?.programme.name ?? '' })}
        </Anchor>
        <Anchor component={Link} to={`/programmes/${programmeId}/compare?section=action`}>
          {t('compare.open')}
        </Anchor>
      </Group>
      <Text mb="lg">{t('practice.programmeIntro')}</Text>
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
        </Alert>
      )}
      {practices.data?.length === 0 && <Text>{t('practice.programmeNone')}</Text>}
      <Stack component="ul" gap="md" p={0} style={{ listStyle: 'none' }}>
        {practices.data?.map((p) => (
          <Card key={p.id} withBorder component="li" padding="lg" aria-labelledby={`entry-${p.id}`}>
            <Badge variant="outline" color="gray.8" radius="sm" tt="none" mb={4}>
              {t(`practice.kinds.${p.kind}`)}
            </Badge>
            <Title order={2} size="h3" id={`entry-${p.id}`}>
              <Anchor component={Link} to={itemPath(p.town.workspaceId, p.kind, p.itemId)} inherit>
                {p.content.title}
              </Anchor>
            </Title>
            <Text size="sm" c="gray.8" mb="sm">
              {t('practice.from', { town: p.town.name, date: formatDate(p.markedAt, i18n.language) })}
            </Text>
            <Blockquote color="blue.9" p="sm" mb="sm" cite={t('practice.noteBy', { name: p.markedBy })}>
              {p.note}
            </Blockquote>
            {p.content.themes.length > 0 && (
              <>
                <Text size="sm" fw={700}>
                  {t('practice.themes')}
                </Text>
                <Text size="sm" mb="sm">
                  {p.content.themes.map((tag) => t(`taxonomy:theme.${tag}`)).join(', ')}
                </Text>
              </>
            )}
            {coordinates && (
              <Button
                variant="outline"
                color="red.9"
                size="compact-sm"
                loading={remove.isPending && remove.variables === p.id}
                onClick={() =>
                  remove.mutate(p.id, {
                    onSuccess: () => setSaid({ text: t('practice.removed', { title: p.content.title }) }),
                    onError: () => setSaid({ text: t('practice.failed'), error: true }),
                  })
                }
              >
                {t('practice.remove', { title: p.content.title })}
              </Button>
            )}
          </Card>
        ))}
      </Stack>
    </Container>
  );
}
