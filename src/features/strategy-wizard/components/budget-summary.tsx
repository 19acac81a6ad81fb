import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetTotals } from '@/domain/budget';
import type { BudgetRow } from '@/domain/budget';
import type { Money } from '@/domain/programmes';
import type { Strategy } from '@/domain';
import { formatAmount } from '@/lib/format';
import { useTagLabel } from '../steps/shared/options';

/** Amounts per currency, one per line: "22 500,50 €" then "2 000,00 zł". */
function Amounts({ money }: { money: readonly Money[] }) {
  const { i18n } = useTranslation();
  return (
    <>
      {money.map((m) => (
        <span key={m.currency} style={{ display: 'block', whiteSpace: 'nowrap' }}>
          {formatAmount(m.amount, m.currency, i18n.language)}
        </span>
      ))}
    </>
  );
}

function TotalsTable<K>({
  caption,
  head,
  rows,
  label,
}: {
  caption: string;
  head: string;
  rows: BudgetRow<K>[];
  label: (key: K) => string;
}) {
  const { t } = useTranslation('budget');
  return (
    <Table withTableBorder striped={false} verticalSpacing={4} captionSide="top">
      <Table.Caption style={{ textAlign: 'start', fontWeight: 700, color: 'var(--mantine-color-black)' }}>
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{head}</Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'end' }}>
            {t('amount')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={String(row.key)}>
            <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
              {label(row.key)}
            </Table.Th>
            <Table.Td style={{ textAlign: 'end', fontVariantNumeric: 'tabular-nums' }}>
              <Amounts money={row.budget} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The plan's budget added up (src/domain/budget.ts): in total, per recommendation, year,
 * funding source and theme, each per currency. Shown under the plan and on the review page;
 * the document has the same tables in its plan chapter. Drawn again only for another strategy:
 * under the plan it follows the settled one, which stays the same while the person types (its
 * parent renders at every change; redrawing 150 actions' totals each time delayed keystrokes).
 */
export const BudgetSummary = memo(function BudgetSummary({
  strategy,
  headingLevel = 2,
}: {
  strategy: Strategy;
  headingLevel?: 2 | 3;
}) {
  // The budget's words are their own namespace: only the plan and review pages load them.
  const { t, i18n } = useTranslation(['budget', 'wizard']);
  const tag = useTagLabel();
  const totals = useMemo(() => budgetTotals(strategy), [strategy]);
  const titles = useMemo(
    () =>
      new Map(
        strategy.items.recommendation.map((r, i) => [
          r.id,
          r.data.title.trim() || t('wizard:recommendation.untitled', { n: i + 1 }),
        ]),
      ),
    [strategy, t],
  );
  const lng = i18n.language;
  const total = totals.total.map((m) => formatAmount(m.amount, m.currency, lng)).join(' · ');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="budget-heading">
      <Stack gap="sm">
        <Title order={headingLevel} size="h3" id="budget-heading">
          {t('title')}
        </Title>
        {totals.total.length === 0 ? (
          <Text>{t('none')}</Text>
        ) : (
          <Text>
            <strong>{t('total')}</strong> {total}
          </Text>
        )}
        {totals.actions.unbudgeted > 0 && <Text>{t('unbudgeted', { count: totals.actions.unbudgeted })}</Text>}
        {totals.total.length > 0 && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TotalsTable
              caption={t('byRecommendation')}
              head={t('recommendation')}
              rows={totals.byRecommendation}
              label={(id) => (id ? (titles.get(id) ?? '') : t('noRecommendation'))}
            />
            <TotalsTable
              caption={t('byYear')}
              head={t('year')}
              rows={totals.byYear}
              label={(year) => year || t('noDates')}
            />
            <TotalsTable
              caption={t('byFunding')}
              head={t('funding')}
              rows={totals.byFunding}
              label={(source) => source || t('noFunding')}
            />
            <TotalsTable
              caption={t('byTheme')}
              head={t('theme')}
              rows={totals.byTheme}
              label={(theme) => (theme === 'none' ? t('noTheme') : tag(theme))}
            />
          </SimpleGrid>
        )}
        {totals.total.length > 0 && <Text size="sm">{t('rules')}</Text>}
      </Stack>
    </Card>
  );
});
