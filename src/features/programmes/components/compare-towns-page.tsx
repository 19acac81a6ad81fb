import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Container,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  COMPARE_SECTIONS,
  isCompareSection,
  itemPath,
  NO_THEME,
  TownComparison,
} from '@/domain/compare-towns';
import type { CompareSection, CompareTheme } from '@/domain/compare-towns';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { api } from '@/lib/api-client';
import type { PracticeKind } from '@/domain/good-practice';
import { useDashboard, useProgrammePractices } from '../api/programmes-api';
import { MarkPracticeDialog } from './mark-practice-dialog';

const DETAIL_MAX = 160;
const shorten = (text: string) => (text.length > DETAIL_MAX ? `${text.slice(0, DETAIL_MAX - 1).trimEnd()}…` : text);

/**
 * Two to four towns side by side: one section of their strategies, one row per theme so that
 * similar items line up, what a town alone has said in words, every item a link to its place.
 * The choice lives in the address, so a comparison can be bookmarked and sent.
 */
export function CompareTownsPage({ programmeId, coordinates }: { programmeId: string; coordinates: boolean }) {
  const { t } = useTranslation(['programmes', 'common']);
  const dashboard = useDashboard(programmeId);
  const [params, setParams] = useSearchParams();
  // The choice answers at once on the screen; the address follows, for bookmarks and links.
  const [chosen, setChosen] = useState(() => (params.get('towns') ?? '').split(',').filter((id) => id !== ''));
  const [section, setSection] = useState<CompareSection>(() => {
    const raw = params.get('section');
    return isCompareSection(raw) ? raw : 'need';
  });
  useEffect(() => {
    setParams(
      (p) => {
        if (chosen.length > 0) p.set('towns', chosen.join(','));
        else p.delete('towns');
        p.set('section', section);
        return p;
      },
      { replace: true },
    );
  }, [chosen, section, setParams]);
  const ready = chosen.length >= COMPARE_MIN && chosen.length <= COMPARE_MAX;
  const comparison = useQuery({
    queryKey: ['programmes', programmeId, 'compare', section, chosen.join(',')],
    queryFn: ({ signal }) =>
      api(`/programmes/${programmeId}/compare?section=${section}&towns=${chosen.join(',')}`, TownComparison, {
        signal,
      }),
    enabled: ready,
    placeholderData: keepPreviousData,
  });

  const towns = dashboard.data?.towns ?? [];
  return (
    <Container size="xl" px={0}>
      <PageHeading>{t('compare.title')}</PageHeading>
      <Anchor component={Link} to={`/programmes/${programmeId}`} mb="md" display="inline-block">
        {t('compare.back', { name: dashboard.data?.programme.name ?? '' })}
      </Anchor>
      <Text mb="md">{t('compare.intro')}</Text>
      {dashboard.isPending && <Loading label={t('common:loading')} />}
      {dashboard.data && (
        <Group align="flex-start" gap="xl" wrap="wrap" mb="lg">
          <Checkbox.Group
            label={t('compare.towns', { min: COMPARE_MIN, max: COMPARE_MAX })}
            description={t('compare.chosen', { count: chosen.length })}
            value={chosen}
            onChange={(values) => setChosen(values.slice(0, COMPARE_MAX))}
          >
            <Stack gap={6} mt="xs">
              {towns.map((town) => (
                <Checkbox
                  key={town.workspaceId}
                  value={town.workspaceId}
                  label={town.municipality || town.name}
                  disabled={!chosen.includes(town.workspaceId) && chosen.length >= COMPARE_MAX}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <NativeSelect
            label={t('compare.section')}
            value={section}
            onChange={(e) => {
              const next = e.currentTarget.value;
              if (isCompareSection(next)) setSection(next);
            }}
            data={COMPARE_SECTIONS.map((s) => ({ value: s, label: t(`compare.sections.${s}`) }))}
          />
        </Group>
      )}
      {!ready && dashboard.data && (
        <Text fw={700}>{t('compare.chooseTowns', { min: COMPARE_MIN, max: COMPARE_MAX, count: COMPARE_MAX })}</Text>
      )}
      {ready && comparison.isError && (
        <Alert color="red.9" variant="outline" role="alert">
          {t('common:errors.screenFailed')}
          <Button variant="subtle" ml="md" onClick={() => void comparison.refetch()}>
            {t('common:actions.retry')}
          </Button>
        </Alert>
      )}
      {ready && (comparison.isPending || comparison.isPlaceholderData) && <Loading label={t('common:loading')} />}
      {ready && comparison.data && (
        <div aria-busy={comparison.isPlaceholderData || undefined}>
          <ComparisonTable comparison={comparison.data} programmeId={programmeId} coordinates={coordinates} />
        </div>
      )}
    </Container>
  );
}

function ComparisonTable({
  comparison,
  programmeId,
  coordinates,
}: {
  comparison: TownComparison;
  programmeId: string;
  coordinates: boolean;
}) {
  const { t } = useTranslation(['programmes', 'taxonomy']);
  const section = comparison.section;
  const markable = coordinates && (section === 'recommendation' || section === 'action');
  const practices = useProgrammePractices(programmeId);
  const marked = new Map((practices.data ?? []).map((p) => [p.itemId, p]));
  const [marking, setMarking] = useState<{
    workspaceId: string;
    kind: PracticeKind;
    itemId: string;
    title: string;
  } | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const themeName = (theme: CompareTheme) => (theme === NO_THEME ? t('compare.noTheme') : t(`taxonomy:theme.${theme}`));
  const townName = (id: string) => {
    const town = comparison.towns.find((x) => x.workspaceId === id);
    return town ? town.municipality || town.name : '';
  };
  const sectionName = t(`compare.sections.${comparison.section}`);
  return (
    <>
      <div role="status" aria-live="polite">
        {said && (
          <Alert color="green.9" variant="outline" mb="md">
            {said}
          </Alert>
        )}
      </div>
      {marking && (
        <MarkPracticeDialog
          programmeId={programmeId}
          item={marking}
          note={marked.get(marking.itemId)?.note}
          onClose={() => setMarking(null)}
          onSaved={setSaid}
        />
      )}
      <section aria-labelledby="only-heading">
        <Title order={2} size="h3" id="only-heading" mb="xs">
          {t('compare.onlyTitle')}
        </Title>
        <List mb="lg" spacing={4}>
          {comparison.towns.map((town) => {
            const themes = comparison.rows.filter((r) => r.only.length === 1 && r.only[0] === town.workspaceId);
            return (
              <List.Item key={town.workspaceId}>
                <Text span fw={700}>
                  {town.municipality || town.name}:
                </Text>{' '}
                {themes.length === 0 ? t('compare.onlyNone') : themes.map((r) => themeName(r.theme)).join(', ')}
              </List.Item>
            );
          })}
        </List>
      </section>
      {comparison.rows.length === 0 ? (
        <Text>{t('compare.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={260 + comparison.towns.length * 260}>
          <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="comparison">
            <Table.Caption>{t('compare.caption', { section: sectionName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={220}>
                  {t('compare.theme')}
                </Table.Th>
                {comparison.towns.map((town) => (
                  <Table.Th key={town.workspaceId} scope="col">
                    {town.municipality || town.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {comparison.rows.map((row) => (
                <Table.Tr key={row.theme}>
                  <Table.Th scope="row" fw={700} style={{ verticalAlign: 'top' }}>
                    {themeName(row.theme)}
                    {row.only.length > 0 && (
                      <Text size="xs" fw={400} c="gray.8" mt={4}>
                        {t('compare.onlyIn', { towns: row.only.map(townName).join(', ') })}
                      </Text>
                    )}
                  </Table.Th>
                  {comparison.towns.map((town) => {
                    const items = row.items[town.workspaceId] ?? [];
                    return (
                      <Table.Td key={town.workspaceId} style={{ verticalAlign: 'top' }}>
                        {items.length === 0 ? (
                          <Text size="sm" c="gray.8">
                            {t('compare.nothing')}
                          </Text>
                        ) : (
                          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
                            {items.map((item) => (
                              <li key={item.id}>
                                <Badge variant="outline" color="gray.8" radius="sm" size="sm" mr={6}>
                                  {item.code}
                                </Badge>
                                <Anchor
                                  component={Link}
                                  to={itemPath(town.workspaceId, item.kind, item.itemId)}
                                  size="sm"
                                >
                                  {item.title || t('compare.untitled')}
                                </Anchor>
                                {item.detail && (
                                  <Text size="xs" c="gray.8">
                                    {shorten(item.detail)}
                                  </Text>
                                )}
                                {marked.has(item.itemId) && (
                                  <Badge variant="filled" color="green.9" radius="sm" size="sm" tt="none" mt={4}>
                                    {t('practice.marked')}
                                  </Badge>
                                )}
                                {markable && (section === 'recommendation' || section === 'action') && (
                                  <Button
                                    variant="subtle"
                                    size="compact-xs"
                                    mt={4}
                                    ml={marked.has(item.itemId) ? 6 : 0}
                                    aria-label={`${marked.has(item.itemId) ? t('practice.changeNote') : t('practice.mark')}: ${item.title}`}
                                    onClick={() =>
                                      setMarking({
                                        workspaceId: town.workspaceId,
                                        kind: section,
                                        itemId: item.itemId,
                                        title: item.title || t('compare.untitled'),
                                      })
                                    }
                                  >
                                    {marked.has(item.itemId) ? t('practice.changeNote') : t('practice.mark')}
                                  </Button>
                                )}
                              </li>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
