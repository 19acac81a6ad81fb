import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { ItemList } from '../../components/item-list';
import { MeetingEditor } from './meeting-editor';
import { PartnerEditor } from './partner-editor';
import { PartnershipSectionForm } from './partnership-section';

export default function PartnershipStep() {
  const { t, i18n } = useTranslation(['wizard', 'taxonomy']);
  return (
    <Stack gap="xl">
      <PartnershipSectionForm />
      <ItemList
        kind="partner"
        title={t('partnership.partners')}
        addLabel={t('partnership.addPartner')}
        emptyText={t('partnership.noPartners')}
        itemName={(item, i) => item.data.name.trim() || t('partnership.untitledPartner', { n: i + 1 })}
        summary={(item) => (
          <Text size="sm">
            {[item.data.type && t(`taxonomy:partnerType.${item.data.type}`), item.data.role]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        editor={(item, isNew) => <PartnerEditor item={item} autoFocus={isNew} />}
      />
      <ItemList
        kind="meeting"
        title={t('partnership.meetings')}
        addLabel={t('partnership.addMeeting')}
        emptyText={t('partnership.noMeetings')}
        itemName={(item, i) => item.data.title.trim() || t('partnership.untitledMeeting', { n: i + 1 })}
        summary={(item) => (
          <Text size="sm">
            {[
              item.data.date && formatDate(item.data.date, i18n.language),
              item.data.format && t(`taxonomy:meetingFormat.${item.data.format}`),
              item.data.participants !== null && t('partnership.participantsCount', { count: item.data.participants }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        editor={(item, isNew) => <MeetingEditor item={item} autoFocus={isNew} />}
      />
    </Stack>
  );
}
