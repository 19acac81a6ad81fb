import { Alert, Anchor, Button, Card, Container, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Programme } from '@/domain/programmes';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { countryName, formatDate, languageName } from '@/lib/format';
import { useProgrammes } from '../api/programmes-api';
import { ProgrammeFormCard } from './programme-form';

/**
 * The programmes a coordinator follows (an administrator sees them all, creates them and names
 * their coordinators). Each opens on its dashboard of towns.
 */
export function ProgrammesPage({ manage }: { manage: boolean }) {
  const { t } = useTranslation(['programmes', 'common']);
  const programmes = useProgrammes();
  const [editing, setEditing] = useState<Programme | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Container size="md" px={0}>
      <PageHeading>{t('list.title')}</PageHeading>
      <Text mb="lg">{manage ? t('list.introAdmin') : t('list.intro')}</Text>
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color="green.9" variant="outline" mb="md">
            {notice}
          </Alert>
        )}
      </div>
      {manage && (
        <Card withBorder mb="xl" component="section" aria-labelledby="new-programme-heading">
          <Title order={2} size="h3" id="new-programme-heading">
            {t('form.title')}
          </Title>
          <ProgrammeFormCard onDone={(p) => setNotice(t('form.created', { name: p.name }))} />
        </Card>
      )}
      <section aria-labelledby="programmes-heading">
        <Title order={2} id="programmes-heading" mb="sm">
          {t('list.listTitle')}
        </Title>
        {programmes.isPending && <Loading label={t('common:loading')} />}
        {programmes.isError && (
          <Alert color="red.9" variant="outline" role="alert">
            {t('common:errors.screenFailed')}
            <Button variant="subtle" ml="md" onClick={() => void programmes.refetch()}>
              {t('common:actions.retry')}
            </Button>
          </Alert>
        )}
        {programmes.data?.length === 0 && <Text>{manage ? t('list.emptyAdmin') : t('list.empty')}</Text>}
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {programmes.data?.map((p) => (
            <ProgrammeCard key={p.id} programme={p} onEdit={manage ? () => setEditing(p) : undefined} />
          ))}
        </Stack>
      </section>
      {editing && (
        <Modal opened onClose={() => setEditing(null)} title={t('form.editTitle')} size="lg">
          <ProgrammeFormCard
            programme={editing}
            onDone={(p) => {
              setEditing(null);
              setNotice(t('form.saved', { name: p.name }));
            }}
          />
        </Modal>
      )}
    </Container>
  );
}

function ProgrammeCard({ programme, onEdit }: { programme: Programme; onEdit?: () => void }) {
  const { t, i18n } = useTranslation('programmes');
  const lng = i18n.language;
  return (
    <Card withBorder component="li" padding="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div>
          <Anchor component={Link} to={`/programmes/${programme.id}`} fw={700} fz="lg">
            {programme.name}
          </Anchor>
          <Text size="sm">
            {t('list.facts', {
              country: countryName(programme.country, lng),
              deadline: formatDate(programme.deadline, lng),
              language: languageName(programme.language, lng),
              count: programme.townCount,
            })}
          </Text>
          <Text size="sm" c="gray.8">
            {t('dashboard.coordinators', { names: programme.coordinators.map((c) => c.name).join(', ') })}
          </Text>
        </div>
        {onEdit && (
          <Button variant="default" size="compact-sm" onClick={onEdit}>
            {t('list.edit', { name: programme.name })}
          </Button>
        )}
      </Group>
    </Card>
  );
}
