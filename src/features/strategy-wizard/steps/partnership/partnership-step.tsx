import { Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredItem } from '@/domain';
import { formatDate } from '@/lib/format';
import { itemEditor } from '../../components/item-editor';
import { ItemList } from '../../components/item-list';
import { PartnershipSectionForm } from './partnership-section';

const PartnerForm = itemEditor('partner', () => import('./partner-editor').then((m) => m.PartnerEditor));
const MeetingForm = itemEditor('meeting', () => import('./meeting-editor').then((m) => m.MeetingEditor));

function PartnerSummary({ item }: { item: StoredItem<'partner'> }) {
  const { t } = useTranslation(['wizard', 'taxonomy']);
  return (
    <Text size="sm">
      {[item.data.type && t(`taxonomy:partnerType.${item.data.type}`), item.data.role].filter(Boolean).join(' · ')}
    </Text>
  );
}

function MeetingSummary({ item }: { item: StoredItem<'meeting'> }) {
  const { t, i18n } = useTranslation(['wizard', 'taxonomy']);
  return (
    <Text size="sm">
      {[
        item.data.date && formatDate(item.data.date, i18n.language),
        item.data.format && t(`taxonomy:meetingFormat.${item.data.format}`),
        item.data.participants !== null && t('partnership.participantsCount', { count: item.data.participants }),
      ]
        .filter(Boolean)
        .join(' · ')}
    </Text>
  );
}

export default function PartnershipStep() {
  const { t } = useTranslation(['wizard', 'taxonomy']);
  const partnerName = useCallback(
    (item: StoredItem<'partner'>, i: number) => item.data.name.trim() || t('partnership.untitledPartner', { n: i + 1 }),
    [t],
  );
  const meetingName = useCallback(
    (item: StoredItem<'meeting'>, i: number) =>
      item.data.title.trim() || t('partnership.untitledMeeting', { n: i + 1 }),
    [t],
  );
  return (
    <Stack gap="xl">
      <PartnershipSectionForm />
      <ItemList
        kind="partner"
        title={t('partnership.partners')}
        addLabel={t('partnership.addPartner')}
        emptyText={t('partnership.noPartners')}
        itemName={partnerName}
        Summary={PartnerSummary}
        Editor={PartnerForm}
      />
      <ItemList
        kind="meeting"
        title={t('partnership.meetings')}
        addLabel={t('partnership.addMeeting')}
        emptyText={t('partnership.noMeetings')}
        itemName={meetingName}
        Summary={MeetingSummary}
        Editor={MeetingForm}
      />
    </Stack>
  );
}
