import { Alert, Anchor, Button, Container, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Workspace } from '@/domain';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { ApiError } from '@/lib/api-client';
import { countryName, formatDate } from '@/lib/format';
import { useJoinProgramme, useProgrammeLinkPreview } from '../api/programmes-api';

type Led = { id: string; name: string; programmeId?: string };

/**
 * The lead of a town that already writes its strategy here opens the coordinator's link and
 * chooses which of the strategies they lead joins the programme.
 */
export function JoinProgrammePage({ token, workspaces }: { token: string; workspaces: Led[] | undefined }) {
  const { t, i18n } = useTranslation(['programmes', 'common']);
  const preview = useProgrammeLinkPreview(token);
  const join = useJoinProgramme(token);
  const [chosen, setChosen] = useState<string | null>(null);
  const [joined, setJoined] = useState<Workspace | null>(null);
  const [missing, setMissing] = useState(false);
  const free = (workspaces ?? []).filter((w) => !w.programmeId);
  // The server's refusals, in the reader's words.
  const refusal = (e: unknown) => {
    if (!(e instanceof ApiError)) return t('join.failed');
    if (e.code === 'link_used') return t('join.used');
    if (e.code === 'link_expired') return t('join.expired');
    if (e.status === 404) return t('join.invalid');
    if (e.status === 409) return t('join.already');
    if (e.status === 403) return t('join.notLead');
    return t('join.failed');
  };

  return (
    <Container size="sm" px={0}>
      <PageHeading>{t('join.title')}</PageHeading>
      {preview.isPending && <Loading label={t('common:loading')} />}
      {preview.isError && (
        <Alert color="red.9" variant="outline" role="alert">
          {refusal(preview.error)}
        </Alert>
      )}
      {preview.data && !joined && (
        <>
          <Text mb="md">
            {t('join.intro', {
              name: preview.data.invitedBy,
              programme: preview.data.programme.name,
              country: countryName(preview.data.programme.country, i18n.language),
              deadline: formatDate(preview.data.programme.deadline, i18n.language),
            })}
          </Text>
          {workspaces === undefined ? (
            <Loading label={t('common:loading')} />
          ) : free.length === 0 ? (
            <Text fw={700}>{t('join.none')}</Text>
          ) : (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (!chosen) {
                  setMissing(true);
                  return;
                }
                join.mutate(chosen, { onSuccess: setJoined });
              }}
            >
              <Radio.Group
                label={t('join.choose')}
                value={chosen}
                onChange={(v) => {
                  setChosen(v);
                  setMissing(false);
                }}
                error={missing ? t('join.chooseOne') : undefined}
                required
              >
                <Stack gap="xs" mt="xs">
                  {free.map((w) => (
                    <Radio key={w.id} value={w.id} label={w.name} />
                  ))}
                </Stack>
              </Radio.Group>
              <Button type="submit" mt="md" loading={join.isPending}>
                {t('join.submit')}
              </Button>
              {join.isError && (
                <Alert color="red.9" variant="outline" role="alert" mt="sm">
                  {refusal(join.error)}
                </Alert>
              )}
            </form>
          )}
        </>
      )}
      <div role="status" aria-live="polite">
        {joined && (
          <Alert color="green.9" variant="outline">
            <Text mb="xs">{t('join.done', { name: joined.name, programme: preview.data?.programme.name ?? '' })}</Text>
            <Anchor component={Link} to={`/w/${joined.id}`} fw={700}>
              {t('join.open')}
            </Anchor>
          </Alert>
        )}
      </div>
    </Container>
  );
}
