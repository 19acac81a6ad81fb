import { invitationLink } from '@/lib/links';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Card, Group, Modal, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { EnrolTownForm } from '@/domain/programmes';
import type { EnrolledTown, Programme } from '@/domain/programmes';
import { ErrorSummary } from '@/components/form/error-summary';
import { TextField } from '@/components/form/text-field';
import { CopyLink } from '@/components/layout/copy-link';

import { programmeLinkUrl, useEnrolTown, useMakeProgrammeLink } from '../api/programmes-api';

type Values = z.input<typeof EnrolTownForm>;

/**
 * A coordinator enrols a town: a new strategy workspace in the programme, and the link for its
 * lead (shown once, as every invitation link). The coordinator is not a member of the town.
 */
export function EnrolTownDialog({ programme, onClose }: { programme: Programme; onClose: () => void }) {
  const { t } = useTranslation(['programmes', 'auth']);
  const enrol = useEnrolTown(programme.id);
  const [enrolled, setEnrolled] = useState<EnrolledTown | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(EnrolTownForm),
    defaultValues: { municipality: '', name: '' },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const name = values.name.trim() || t('enrol.defaultName', { town: values.municipality.trim() });
    setEnrolled(await enrol.mutateAsync({ ...values, name }));
  });
  return (
    <Modal opened onClose={onClose} title={t('enrol.title', { programme: programme.name })} size="lg">
      {enrolled ? (
        <>
          <Text mb="sm">{t('enrol.done', { name: enrolled.workspace.name })}</Text>
          <CopyLink
            label={t('enrol.linkLabel')}
            hint={t('auth:invite.onlyOnce')}
            url={invitationLink(enrolled.invitation.token)}
            testId="lead-link"
          />
          <Group mt="lg" gap="md">
            <Anchor component={Link} to={`/w/${enrolled.workspace.id}`}>
              {t('enrol.openTown')}
            </Anchor>
            <Button variant="default" onClick={onClose}>
              {t('enrol.close')}
            </Button>
          </Group>
        </>
      ) : (
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate>
            <Text mb="sm">{t('enrol.intro')}</Text>
            <ErrorSummary
              errors={form.formState.errors}
              labels={(name) => (name === 'name' ? t('enrol.name') : t('enrol.municipality'))}
              focusKey={form.formState.submitCount}
            />
            <TextField<Values> name="municipality" label={t('enrol.municipality')} required autoFocus />
            <TextField<Values> name="name" label={t('enrol.name')} description={t('enrol.nameHint')} />
            <Group mt="md" gap="sm">
              <Button type="submit" loading={enrol.isPending}>
                {t('enrol.submit')}
              </Button>
              <Button variant="default" onClick={onClose}>
                {t('enrol.cancel')}
              </Button>
            </Group>
            {enrol.isError && (
              <Alert color="red.9" variant="outline" role="alert" mt="sm">
                {t('enrol.failed')}
              </Alert>
            )}
          </form>
        </FormProvider>
      )}
      <ExistingTown programmeId={programme.id} />
    </Modal>
  );
}

/** A town already writing its strategy here: a link its lead opens to bring that strategy in. */
function ExistingTown({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation(['programmes', 'auth']);
  const make = useMakeProgrammeLink(programmeId);
  return (
    <Card withBorder mt="xl" padding="md" component="section" aria-labelledby="existing-town-heading">
      <Title order={3} size="h4" id="existing-town-heading">
        {t('enrol.existingTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('enrol.existingIntro')}
      </Text>
      <Button variant="default" loading={make.isPending} onClick={() => make.mutate()}>
        {t('enrol.makeLink')}
      </Button>
      {make.isError && (
        <Alert color="red.9" variant="outline" role="alert" mt="sm">
          {t('enrol.failed')}
        </Alert>
      )}
      {make.data && (
        <CopyLink
          label={t('enrol.existingLinkLabel')}
          hint={t('enrol.existingLinkHint')}
          url={programmeLinkUrl(make.data.token)}
          testId="programme-link"
        />
      )}
    </Card>
  );
}
