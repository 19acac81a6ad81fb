import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  NativeSelect,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WORKFLOW_STATES } from '@/domain';
import type { WorkflowState } from '@/domain';
import { filterTowns, needsAttention, sortTowns, sumMoney } from '@/domain/programmes';
import type { Dashboard, Money, TownFilter, TownProgress, TownSort } from '@/domain/programmes';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { StateBadge } from '@/components/layout/state-badge';
import { countryName, formatAmount, formatDate, formatDaysAgo, formatNumber, languageName } from '@/lib/format';
import { useDashboard } from '../api/programmes-api';

const EnrolTownDialog = lazy(() => import('./enrol-town-dialog').then((m) => ({ default: m.EnrolTownDialog })));

type Direction = 'ascending' | 'descending';

/** The order a column sorts in first: what needs attention comes first. */
const FIRST_DIRECTION: Record<TownSort, Direction> = {
  name: 'ascending',
  state: 'ascending',
  percent: 'ascending',
  warnings: 'descending',
  openComments: 'descending',
  lastActivity: 'ascending',
  budget: 'descending',
};

/**
 * The coordinator's overview of a programme: every town with where it stands, how far each
 * step is, what it plans and what is open; sorted, filtered and searched on the screen, the
 * towns that are late, idle or without a lead marked in words, not by colour alone.
 */
export function DashboardPage({
  programmeId,
  coordinates,
  summarySlot,
}: {
  programmeId: string;
  coordinates: boolean;
  /** The programme summary document (the export feature's), composed in by the route. */
  summarySlot?: ReactNode;
}) {
  const { t } = useTranslation(['programmes', 'common']);
  const dashboard = useDashboard(programmeId);
  const [enrolling, setEnrolling] = useState(false);
  const data = dashboard.data;
  return (
    <Container size="xl" px={0}>
      <PageHeading title={data?.programme.name ?? t('dashboard.title')}>
        {data?.programme.name ?? t('dashboard.title')}
      </PageHeading>
      {data ? (
        <>
          <Overview dashboard={data} />
          <Group justify="space-between" align="flex-end" mt="xl" mb="sm" wrap="wrap" gap="sm">
            <Title order={2} id="towns-heading">
              {t('dashboard.townsTitle')}
            </Title>
            <Group gap="sm">
              <Button component={Link} to={`/programmes/${programmeId}/compare`} variant="default">
                {t('compare.open')}
              </Button>
              <Button component={Link} to={`/programmes/${programmeId}/across`} variant="default">
                {t('across.open')}
              </Button>
              <Button component={Link} to={`/programmes/${programmeId}/good-practice`} variant="default">
                {t('practice.open')}
              </Button>
              {coordinates && <Button onClick={() => setEnrolling(true)}>{t('enrol.open')}</Button>}
            </Group>
          </Group>
          <Towns dashboard={data} />
          <Downloads programmeId={programmeId} />
          {summarySlot}
          {enrolling && (
            <Suspense fallback={null}>
              <EnrolTownDialog programme={data.programme} onClose={() => setEnrolling(false)} />
            </Suspense>
          )}
        </>
      ) : dashboard.isError ? (
        <Alert color="red.9" variant="outline" role="alert">
          {t('common:errors.screenFailed')}
          <Button variant="subtle" ml="md" onClick={() => void dashboard.refetch()}>
            {t('common:actions.retry')}
          </Button>
        </Alert>
      ) : (
        <Loading label={t('common:loading')} />
      )}
    </Container>
  );
}

/** The programme's items as a spreadsheet, in the language of the screen. */
function Downloads({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('programmes');
  const lng = i18n.language;
  return (
    <Card withBorder mt="xl" component="section" aria-labelledby="downloads-heading">
      <Title order={2} size="h3" id="downloads-heading" mb="xs">
        {t('csv.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('csv.hint', { language: languageName(lng, lng) })}
      </Text>
      <Button
        component="a"
        variant="default"
        href={`/api/programmes/${programmeId}/items.csv?lang=${encodeURIComponent(lng)}`}
        download
      >
        {t('csv.download')}
      </Button>
    </Card>
  );
}

/** Sums per currency across towns. */
const totalBudget = (towns: readonly TownProgress[]): Money[] => sumMoney(towns.flatMap((town) => town.budget));

const formatMoney = (m: Money, lng: string) => formatAmount(m.amount, m.currency, lng);

function Overview({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation('programmes');
  const { programme, towns, daysToDeadline } = dashboard;
  const lng = i18n.language;
  const delivered = towns.filter((town) => town.state === 'submitted' || town.state === 'accepted').length;
  const attention = towns.filter(needsAttention).length;
  const budget = totalBudget(towns);
  return (
    <section aria-labelledby="overview-heading">
      <VisuallyHidden>
        <h2 id="overview-heading">{t('dashboard.overviewTitle')}</h2>
      </VisuallyHidden>
      <Text mb="xs">
        {t('dashboard.facts', {
          country: countryName(programme.country, lng),
          deadline: formatDate(programme.deadline, lng),
        })}{' '}
        <Text span fw={700} c={daysToDeadline < 0 ? 'red.9' : undefined}>
          {daysToDeadline < 0
            ? t('dashboard.deadlinePassed', { count: -daysToDeadline })
            : daysToDeadline === 0
              ? t('dashboard.deadlineToday')
              : t('dashboard.deadlineIn', { count: daysToDeadline })}
        </Text>
      </Text>
      <Text size="sm" c="gray.8" mb="md">
        {t('dashboard.coordinators', { names: programme.coordinators.map((c) => c.name).join(', ') })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
        <Figure label={t('dashboard.figures.towns')} value={formatNumber(towns.length, lng)} />
        <Figure
          label={t('dashboard.figures.delivered')}
          value={t('dashboard.figures.ofTowns', {
            done: formatNumber(delivered, lng),
            all: formatNumber(towns.length, lng),
          })}
        />
        <Figure label={t('dashboard.figures.attention')} value={formatNumber(attention, lng)} />
        <Figure
          label={t('dashboard.figures.budget')}
          value={budget.length === 0 ? t('dashboard.noBudget') : budget.map((m) => formatMoney(m, lng)).join(' · ')}
        />
      </SimpleGrid>
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text component="dt" size="sm" c="gray.8">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} fz="lg">
        {value}
      </Text>
    </Card>
  );
}

function Towns({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation(['programmes', 'common']);
  const lng = i18n.language;
  const [filter, setFilter] = useState<TownFilter>({ search: '', state: 'all', attentionOnly: false });
  const [sort, setSort] = useState<{ by: TownSort; direction: Direction }>({ by: 'name', direction: 'ascending' });
  // Typing in the search stays instant with fifty towns: the table follows a moment later.
  const search = useDeferredValue(filter.search);
  const collator = useMemo(() => new Intl.Collator(lng), [lng]);
  const shown = useMemo(
    () => sortTowns(filterTowns(dashboard.towns, { ...filter, search }, lng), sort.by, sort.direction, collator),
    [dashboard.towns, filter, search, sort, collator, lng],
  );
  const sortBy = (by: TownSort) =>
    setSort((s) =>
      s.by === by
        ? { by, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { by, direction: FIRST_DIRECTION[by] },
    );
  const header = (by: TownSort) => (
    <Table.Th aria-sort={sort.by === by ? sort.direction : undefined} scope="col">
      <UnstyledButton onClick={() => sortBy(by)} fw={700} fz="sm" className="sort-button">
        {t(`dashboard.columns.${by}`)}
        <span aria-hidden="true">{sort.by === by ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
  return (
    <section aria-labelledby="towns-heading">
      <Group gap="md" align="flex-end" wrap="wrap" mb="sm">
        <TextInput
          label={t('dashboard.search')}
          type="search"
          value={filter.search}
          onChange={(e) => {
            const search = e.currentTarget.value;
            setFilter((f) => ({ ...f, search }));
          }}
          w={{ base: '100%', xs: 260 }}
        />
        <NativeSelect
          label={t('dashboard.stateFilter')}
          value={filter.state}
          onChange={(e) => {
            const state = e.currentTarget.value as WorkflowState | 'all';
            setFilter((f) => ({ ...f, state }));
          }}
          data={[
            { value: 'all', label: t('dashboard.allStates') },
            ...WORKFLOW_STATES.map((s) => ({ value: s, label: t(`common:workflowState.${s}`) })),
          ]}
        />
        <Checkbox
          label={t('dashboard.attentionOnly')}
          checked={filter.attentionOnly}
          onChange={(e) => {
            const attentionOnly = e.currentTarget.checked;
            setFilter((f) => ({ ...f, attentionOnly }));
          }}
          mb={8}
        />
      </Group>
      <Text role="status" aria-live="polite" size="sm" mb="xs" data-testid="towns-count">
        {t('dashboard.showing', { count: dashboard.towns.length, shown: shown.length })}
      </Text>
      <Table.ScrollContainer minWidth={1080}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="towns-table">
          <Table.Caption>{t('dashboard.caption', { column: t(`dashboard.columns.${sort.by}`) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {header('name')}
              {header('state')}
              {header('percent')}
              <Table.Th scope="col">{t('dashboard.columns.needs')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.columns.recommendations')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.columns.actions')}</Table.Th>
              {header('warnings')}
              {header('openComments')}
              {header('lastActivity')}
              {header('budget')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((town) => (
              <TownRow key={town.workspaceId} town={town} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 && <Text mt="sm">{t('dashboard.noneShown')}</Text>}
    </section>
  );
}

/** One town: its name and what makes it stand out, in words; then the figures. */
function TownRow({ town }: { town: TownProgress }) {
  const { t, i18n } = useTranslation(['programmes', 'common']);
  const lng = i18n.language;
  const idleDays = Math.floor((Date.now() - Date.parse(town.lastActivity)) / 86_400_000);
  return (
    <Table.Tr data-attention={needsAttention(town) || undefined} data-testid="town-row">
      <Table.Th scope="row" fw={400}>
        <Anchor component={Link} to={`/w/${town.workspaceId}`} fw={700}>
          {town.municipality || town.name}
        </Anchor>
        {town.municipality && (
          <Text size="xs" c="gray.8">
            {town.name}
          </Text>
        )}
        {town.flags.length > 0 && (
          <Group gap={4} mt={4}>
            {town.flags.map((flag) => (
              <Badge
                key={flag}
                color={flag === 'dueSoon' ? 'orange.9' : 'red.9'}
                variant="outline"
                tt="none"
                radius="sm"
              >
                {flag === 'stalled' ? t('flags.stalled', { count: idleDays }) : t(`flags.${flag}`)}
              </Badge>
            ))}
          </Group>
        )}
      </Table.Th>
      <Table.Td>
        <StateBadge state={town.state} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={700}>
          {formatNumber(town.percent / 100, lng, { style: 'percent' })}
        </Text>
        <StepMarks town={town} />
      </Table.Td>
      <Table.Td>{formatNumber(town.needs, lng)}</Table.Td>
      <Table.Td>{formatNumber(town.recommendations, lng)}</Table.Td>
      <Table.Td>{formatNumber(town.actions, lng)}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={town.warnings > 0 ? 700 : 400} c={town.warnings > 0 ? 'red.9' : undefined}>
          {formatNumber(town.warnings, lng)}
        </Text>
      </Table.Td>
      <Table.Td>{formatNumber(town.openComments, lng)}</Table.Td>
      <Table.Td>
        <Text size="sm">{formatDaysAgo(town.lastActivity, lng)}</Text>
        <Text size="xs" c="gray.8">
          {formatDate(town.lastActivity, lng)}
        </Text>
      </Table.Td>
      <Table.Td>
        {town.budget.length === 0 ? (
          <Text size="sm" c="gray.8">
            {t('dashboard.noBudget')}
          </Text>
        ) : (
          town.budget.map((m) => (
            <Text size="sm" key={m.currency} style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(m, lng)}
            </Text>
          ))
        )}
      </Table.Td>
    </Table.Tr>
  );
}

const MARK: Record<TownProgress['steps'][number]['status'], { sign: string; color: string }> = {
  complete: { sign: '✓', color: 'var(--mantine-color-green-9)' },
  inProgress: { sign: '•', color: 'var(--mantine-color-blue-9)' },
  attention: { sign: '!', color: 'var(--mantine-color-red-9)' },
  notStarted: { sign: '', color: 'var(--mantine-color-gray-6)' },
};

/** Each step as a small mark with a sign (✓ • !), and its name and status for screen readers. */
function StepMarks({ town }: { town: TownProgress }) {
  const { t } = useTranslation(['programmes', 'wizard']);
  return (
    <ul className="step-marks" aria-label={t('dashboard.stepsOf', { name: town.name })}>
      {town.steps.map(({ step, status }) => (
        <li
          key={step}
          title={`${t(`wizard:steps.${step}.title`)}: ${t(`dashboard.stepStatus.${status}`)}`}
          style={{ borderColor: MARK[status].color, color: MARK[status].color }}
        >
          <span aria-hidden="true">{MARK[status].sign}</span>
          <VisuallyHidden>{`${t(`wizard:steps.${step}.title`)}: ${t(`dashboard.stepStatus.${status}`)}`}</VisuallyHidden>
        </li>
      ))}
    </ul>
  );
}
