import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Container,
  Group,
  SegmentedControl,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AcrossTowns } from '@/domain/across-towns';
import type { Money } from '@/domain/programmes';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { api } from '@/lib/api-client';
import { formatAmount, formatMonth, formatNumber } from '@/lib/format';
import { useDashboard } from '../api/programmes-api';

// Darker than Mantine's defaults: 3:1 against white at least for the bars (WCAG 1.4.11).
const SERIES_COLORS = { needs: 'blue.9', recommendations: 'teal.9', actions: 'orange.9' } as const;

type Cell = string | number;

/** A table wider than the screen scrolls in its own box, which the keyboard can reach and scroll (WCAG 2.1.1). */
const scrollable = (label: string) => ({
  viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label },
});
type TableView = { columns: string[]; rows: Cell[][] };

/**
 * The themes across the country: what the programme's towns plan, counted by theme and target
 * group, a town × theme map, the planned budget by theme and by funding source, and the actions
 * by month. Each chart has a table of the same numbers that can be copied into a spreadsheet.
 */
export function AcrossTownsPage({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation(['programmes', 'taxonomy', 'common']);
  const lng = i18n.language;
  const dashboard = useDashboard(programmeId);
  const across = useQuery({
    queryKey: ['programmes', programmeId, 'across'],
    queryFn: ({ signal }) => api(`/programmes/${programmeId}/across`, AcrossTowns, { signal }),
  });
  const data = across.data;
  const num = (n: number) => formatNumber(n, lng);
  const kinds = ['needs', 'recommendations', 'actions'] as const;
  const kindLabel = (k: (typeof kinds)[number]) => t(`across.kinds.${k}`);
  const series = kinds.map((k) => ({ name: k, label: kindLabel(k), color: SERIES_COLORS[k] }));

  return (
    <Container size="xl" px={0}>
      <PageHeading>{t('across.title')}</PageHeading>
      <Anchor component={Link} to={`/programmes/${programmeId}`} mb="md" display="inline-block">
        {t('compare.back', { name: dashboard.data?.programme.name ?? '' })}
      </Anchor>
      <Text mb="lg">{t('across.intro')}</Text>
      {across.isPending && <Loading label={t('common:loading')} />}
      {across.isError && (
        <Alert color="red.9" variant="outline" role="alert">
          {t('common:errors.screenFailed')}
          <Button variant="subtle" ml="md" onClick={() => void across.refetch()}>
            {t('common:actions.retry')}
          </Button>
        </Alert>
      )}
      {data && (
        <>
          <Figure
            title={t('across.byTheme')}
            note={t('across.byThemeNote')}
            table={{
              columns: [t('across.theme'), ...kinds.map(kindLabel)],
              rows: data.byTheme.map((r) => [t(`taxonomy:theme.${r.theme}`), r.needs, r.recommendations, r.actions]),
            }}
            chart={
              <BarChart
                h={Math.max(220, data.byTheme.length * 44)}
                data={data.byTheme.map((r) => ({ ...r, label: t(`taxonomy:theme.${r.theme}`) }))}
                dataKey="label"
                orientation="vertical"
                yAxisProps={{ width: 200 }}
                series={series}
                withLegend
                valueFormatter={num}
              />
            }
          />
          <Figure
            title={t('across.byGroup')}
            note={t('across.byGroupNote')}
            table={{
              columns: [t('across.group'), ...kinds.map(kindLabel)],
              rows: data.byTargetGroup.map((r) => [
                t(`taxonomy:targetGroup.${r.group}`),
                r.needs,
                r.recommendations,
                r.actions,
              ]),
            }}
            chart={
              <BarChart
                h={Math.max(220, data.byTargetGroup.length * 44)}
                data={data.byTargetGroup.map((r) => ({ ...r, label: t(`taxonomy:targetGroup.${r.group}`) }))}
                dataKey="label"
                orientation="vertical"
                yAxisProps={{ width: 200 }}
                series={series}
                withLegend
                valueFormatter={num}
              />
            }
          />
          <HeatMap data={data} />
          <BudgetFigure
            title={t('across.budgetByTheme')}
            note={t('across.budgetByThemeNote')}
            head={t('across.theme')}
            rows={data.budgetByTheme.map((r) => ({
              label: r.theme === 'none' ? t('compare.noTheme') : t(`taxonomy:theme.${r.theme}`),
              budget: r.budget,
            }))}
          />
          <BudgetFigure
            title={t('across.budgetByFunding')}
            note={t('across.budgetByFundingNote')}
            head={t('across.funding')}
            rows={data.budgetByFunding.map((r) => ({ label: r.source || t('across.noFunding'), budget: r.budget }))}
          />
          <Figure
            title={t('across.timeline')}
            note={t('across.timelineNote')}
            table={{
              columns: [t('across.month'), t('across.runningActions')],
              rows: data.timeline.map((r) => [formatMonth(r.month, lng), r.actions]),
            }}
            chart={
              <BarChart
                h={280}
                data={data.timeline.map((r) => ({ ...r, label: formatMonth(r.month, lng) }))}
                dataKey="label"
                series={[{ name: 'actions', label: t('across.runningActions'), color: SERIES_COLORS.actions }]}
                valueFormatter={num}
                xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 24 }}
              />
            }
          />
        </>
      )}
    </Container>
  );
}

/** Sums of one currency: the chart draws the programme's main currency, the table shows all. */
function BudgetFigure({
  title,
  note,
  head,
  rows,
}: {
  title: string;
  note: string;
  head: string;
  rows: { label: string; budget: Money[] }[];
}) {
  const { t, i18n } = useTranslation('programmes');
  const lng = i18n.language;
  const currencies = [...new Set(rows.flatMap((r) => r.budget.map((m) => m.currency)))];
  const main = currencies[0];
  const amount = (r: { budget: Money[] }, c: string) => r.budget.find((m) => m.currency === c)?.amount ?? 0;
  const money = (n: number, c: string) => formatAmount(n, c, lng);
  return (
    <Figure
      title={title}
      note={note}
      table={{
        columns: [head, ...currencies.map((c) => t('across.budgetIn', { currency: c }))],
        rows: rows.map((r) => [r.label, ...currencies.map((c) => amount(r, c))]),
      }}
      format={(value, column) =>
        column === 0 ? String(value) : money(Number(value), currencies[column - 1] as string)
      }
      chart={
        main ? (
          <BarChart
            h={Math.max(200, rows.length * 40)}
            data={rows.map((r) => ({ label: r.label, budget: amount(r, main) }))}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 200 }}
            series={[{ name: 'budget', label: t('across.budgetIn', { currency: main }), color: 'indigo.9' }]}
            valueFormatter={(n) => money(n, main)}
          />
        ) : null
      }
    />
  );
}

/**
 * A chart and the same numbers as a table, one shown at a time; the table can be copied as
 * tab-separated text, which spreadsheets paste into cells.
 */
function Figure({
  title,
  note,
  chart,
  table,
  format,
}: {
  title: string;
  note: string;
  chart: ReactNode;
  table: TableView;
  format?: (value: Cell, column: number) => string;
}) {
  const { t, i18n } = useTranslation('programmes');
  const headingId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [copied, setCopied] = useState<string | null>(null);
  const show = (value: Cell, column: number) =>
    format ? format(value, column) : typeof value === 'number' ? formatNumber(value, i18n.language) : value;
  const copy = () => {
    const tsv = [table.columns, ...table.rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : v)))]
      .map((r) => r.map((v) => String(v).replace(/[\t\r\n]+/g, ' ')).join('\t'))
      .join('\n');
    void navigator.clipboard
      ?.writeText(tsv)
      .then(() => setCopied(t('across.copied')))
      .catch(() => setCopied(t('across.copyFailed')));
  };
  return (
    <Card withBorder component="section" aria-labelledby={headingId} mb="xl" padding="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="xs">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        <SegmentedControl
          aria-label={t('across.view', { title })}
          value={view}
          onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: t('across.chart') },
            { value: 'table', label: t('across.table') },
          ]}
        />
      </Group>
      <Text size="sm" c="gray.8" mb="md">
        {note}
      </Text>
      {table.rows.length === 0 ? (
        <Text>{t('across.empty')}</Text>
      ) : view === 'chart' ? (
        <div role="img" aria-label={t('across.chartLabel', { title })}>
          {chart}
        </div>
      ) : (
        <>
          <Table.ScrollContainer minWidth={320} scrollAreaProps={scrollable(title)}>
            <Table striped withTableBorder data-testid="figure-table">
              <VisuallyHidden component="caption">{title}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  {table.columns.map((c) => (
                    <Table.Th key={c} scope="col">
                      {c}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((r) => (
                  <Table.Tr key={String(r[0])}>
                    {r.map((v, i) =>
                      i === 0 ? (
                        <Table.Th key={i} scope="row" fw={400}>
                          {show(v, i)}
                        </Table.Th>
                      ) : (
                        <Table.Td key={i} style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                          {show(v, i)}
                        </Table.Td>
                      ),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group gap="sm" mt="sm">
            <Button variant="default" size="compact-sm" onClick={copy}>
              {t('across.copy')}
            </Button>
            <Text size="sm" role="status" aria-live="polite">
              {copied}
            </Text>
          </Group>
        </>
      )}
    </Card>
  );
}

/** Towns × themes: how many needs, recommendations and actions each town has per theme. */
function HeatMap({ data }: { data: AcrossTowns }) {
  const { t, i18n } = useTranslation(['programmes', 'taxonomy']);
  const headingId = useId();
  const max = Math.max(1, ...data.heatMap.counts.flat());
  const shade = (n: number) => {
    if (n === 0) return { background: 'transparent', color: 'var(--mantine-color-gray-8)' };
    const step = Math.min(9, 1 + Math.floor((n / max) * 8));
    return {
      background: `var(--mantine-color-blue-${step})`,
      // The darkest shades carry white text, the others black: 4.5:1 at least either way.
      color: step >= 8 ? 'var(--mantine-color-white)' : 'var(--mantine-color-black)',
    };
  };
  return (
    <Card withBorder component="section" aria-labelledby={headingId} mb="xl" padding="lg">
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('across.heatMap')}
      </Title>
      <Text size="sm" c="gray.8" mb="md">
        {t('across.heatMapNote')}
      </Text>
      {data.heatMap.themes.length === 0 ? (
        <Text>{t('across.empty')}</Text>
      ) : (
        <Table.ScrollContainer
          minWidth={200 + data.heatMap.themes.length * 90}
          scrollAreaProps={scrollable(t('across.heatMap'))}
        >
          <Table withTableBorder withColumnBorders data-testid="heat-map">
            <VisuallyHidden component="caption">{t('across.heatMap')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('across.town')}</Table.Th>
                {data.heatMap.themes.map((theme) => (
                  <Table.Th key={theme} scope="col" fz="xs" style={{ verticalAlign: 'bottom' }}>
                    {t(`taxonomy:theme.${theme}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.towns.map((town, i) => (
                <Table.Tr key={town.workspaceId}>
                  <Table.Th scope="row">{town.name}</Table.Th>
                  {(data.heatMap.counts[i] ?? []).map((n, j) => (
                    <Table.Td key={j} ta="center" fw={700} style={shade(n)}>
                      {formatNumber(n, i18n.language)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
