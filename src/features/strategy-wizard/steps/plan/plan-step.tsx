import { Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredItem, Strategy } from '@/domain';
import { formatAmount, formatMonth } from '@/lib/format';
import { itemEditor } from '../../components/item-editor';
import { ItemList } from '../../components/item-list';
import { useSettledStrategy, useStrategySelector } from '../../hooks/use-strategy';
import { BudgetSummary } from '../../components/budget-summary';
import { PlanSectionForm } from './plan-section';

const ActionForm = itemEditor('action', () => import('./action-editor').then((m) => m.ActionEditor));

function ActionSummary({ item }: { item: StoredItem<'action'> }) {
  const { t, i18n } = useTranslation('wizard');
  const lng = i18n.language;
  const a = item.data;
  // Only the lead's name: renaming another partner does not redraw this card.
  const lead = useStrategySelector(
    useCallback((s: Strategy) => s.items.partner.find((p) => p.id === a.leadPartnerId)?.data.name, [a.leadPartnerId]),
  );
  const when = a.startMonth || a.endMonth ? `${formatMonth(a.startMonth, lng)} – ${formatMonth(a.endMonth, lng)}` : '';
  // Money with its cents, as everywhere: "7 200,50 €".
  const budget = a.budget !== null ? formatAmount(a.budget, a.currency, lng) : '';
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
}

/** The totals follow the plan once typing pauses, off the keystroke's path (useSettledStrategy). */
function PlanBudget() {
  return <BudgetSummary strategy={useSettledStrategy()} />;
}

export default function PlanStep() {
  const { t } = useTranslation('wizard');
  const actionName = useCallback(
    (item: StoredItem<'action'>, i: number) => item.data.title.trim() || t('action.untitled', { n: i + 1 }),
    [t],
  );
  return (
    <Stack gap="xl">
      <ItemList
        kind="action"
        title={t('action.listTitle')}
        addLabel={t('action.add')}
        emptyText={t('action.empty')}
        itemName={actionName}
        Summary={ActionSummary}
        Editor={ActionForm}
      />
      <PlanBudget />
      <PlanSectionForm />
    </Stack>
  );
}
