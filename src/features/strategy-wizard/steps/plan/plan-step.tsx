import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMonth, formatNumber } from '@/lib/format';
import { ItemList } from '../../components/item-list';
import { useWorkspace } from '../../hooks/use-strategy';
import { ActionEditor } from './action-editor';
import { PlanSectionForm } from './plan-section';

export default function PlanStep() {
  const { t, i18n } = useTranslation('wizard');
  const { strategy } = useWorkspace();
  const lng = i18n.language;
  return (
    <Stack gap="xl">
      <ItemList
        kind="action"
        title={t('action.listTitle')}
        addLabel={t('action.add')}
        emptyText={t('action.empty')}
        itemName={(item, i) => item.data.title.trim() || t('action.untitled', { n: i + 1 })}
        summary={(item) => {
          const a = item.data;
          const lead = strategy.items.partner.find((p) => p.id === a.leadPartnerId)?.data.name;
          const when =
            a.startMonth || a.endMonth ? `${formatMonth(a.startMonth, lng)} – ${formatMonth(a.endMonth, lng)}` : '';
          const budget =
            a.budget !== null
              ? formatNumber(a.budget, lng, { style: 'currency', currency: a.currency, maximumFractionDigits: 0 })
              : '';
          return (
            <Text size="sm">
              {[
                lead && t('action.leadValue', { name: lead }),
                when,
                budget,
                t('action.indicatorCount', { count: a.indicators.length }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          );
        }}
        editor={(item, isNew) => <ActionEditor item={item} autoFocus={isNew} />}
      />
      <PlanSectionForm />
    </Stack>
  );
}
