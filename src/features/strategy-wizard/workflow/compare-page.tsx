import { Alert, Badge, Card, Container, Grid, Group, NativeSelect, Radio, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeField, fieldsOf, itemName } from '@/domain';
import { compareStrategies } from '@/domain/compare';
import type { Strategy, VersionSummary, Wording } from '@/domain';
import type { ItemChange } from '@/domain/compare';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { formatDateTime } from '@/lib/format';
import { wordDiff } from '@/lib/word-diff';
import type { WordPart } from '@/lib/word-diff';
import { useSettledStrategy } from '../hooks/use-strategy';
import { createWording } from '../steps/review/use-wording';
import { CopyButton } from './copy-button';
import { DiffText } from './diff-text';
import { useVersion } from './versions-api';
import { useWorkflow } from './workflow-api';

/** What the redline download needs: both texts and who kept each, when. */
export type ComparedVersions = {
  before: Strategy;
  after: Strategy;
  from: VersionSummary;
  to: VersionSummary | null;
};

type View = 'inline' | 'sideBySide';

/**
 * Two versions of the strategy, or a version and now, step by step: items added, removed and
 * changed, with the changed words marked, inline or side by side. `extra` shows beside the
 * comparison (the redline download, from the export feature).
 */
export function ComparePage({
  workspaceId,
  extra,
}: {
  workspaceId: string;
  extra?: (compared: ComparedVersions) => ReactNode;
}) {
  const { t, i18n } = useTranslation(['workflow', 'common', 'wizard', 'fields', 'taxonomy', 'review']);
  const [params, setParams] = useSearchParams();
  const workflow = useWorkflow(workspaceId);
  const versions = workflow.data?.versions ?? [];
  const fromId = params.get('from') ?? versions[0]?.id ?? null;
  const toId = params.get('to') ?? 'now';
  const view: View = params.get('view') === 'sideBySide' ? 'sideBySide' : 'inline';
  const from = useVersion(workspaceId, fromId);
  const to = useVersion(workspaceId, toId === 'now' ? null : toId);
  const current = useSettledStrategy();
  const before = from.data?.strategy;
  const after = toId === 'now' ? current : to.data?.strategy;
  const comparison = useMemo(() => (before && after ? compareStrategies(before, after) : null), [before, after]);
  const tt = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const wordings = useMemo(
    () =>
      before && after
        ? { before: createWording(before, tt, i18n.language), after: createWording(after, tt, i18n.language) }
        : null,
    [before, after, tt, i18n.language],
  );

  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const optionLabel = (v: VersionSummary) =>
    t('compare.option', {
      number: v.number,
      name: v.name || (v.action ? t(`actions.${v.action}`) : ''),
      date: formatDateTime(v.at, i18n.language),
    });

  return (
    <Container size="lg" px={0}>
      <PageHeading>{t('compare.title')}</PageHeading>
      <Text mb="md">{t('compare.intro')}</Text>
      {!workflow.data ? (
        <Loading label={t('compare.loading')} />
      ) : versions.length === 0 ? (
        <Text>{t('versionsEmpty')}</Text>
      ) : (
        <Stack gap="lg">
          <Group align="flex-end" gap="md" wrap="wrap">
            <NativeSelect
              label={t('compare.from')}
              value={fromId ?? ''}
              onChange={(e) => set('from', e.currentTarget.value)}
              data={versions.map((v) => ({ value: v.id, label: optionLabel(v) }))}
              style={{ flex: '1 1 260px' }}
            />
            <NativeSelect
              label={t('compare.to')}
              value={toId}
              onChange={(e) => set('to', e.currentTarget.value)}
              data={[
                { value: 'now', label: t('compare.now') },
                ...versions.map((v) => ({ value: v.id, label: optionLabel(v) })),
              ]}
              style={{ flex: '1 1 260px' }}
            />
          </Group>
          <Radio.Group label={t('compare.view')} value={view} onChange={(v) => set('view', v)}>
            <Group gap="md" mt={4}>
              <Radio value="inline" label={t('compare.inline')} />
              <Radio value="sideBySide" label={t('compare.sideBySide')} />
            </Group>
          </Radio.Group>
          {from.isError || to.isError ? (
            <Alert color="red.9" variant="outline" role="alert">
              {t('compare.notFound')}
            </Alert>
          ) : !comparison || !wordings || !before || !after ? (
            <Loading label={t('compare.loading')} />
          ) : (
            <>
              {from.data &&
                extra?.({
                  before,
                  after,
                  from: from.data.version,
                  to: toId === 'now' ? null : (to.data?.version ?? null),
                })}
              <Text fw={600} role="status">
                {t('compare.summary', comparison.counts)}
              </Text>
              {comparison.steps.length === 0 && <Text>{t('compare.none')}</Text>}
              {comparison.steps.map((step) => (
                <section key={step.step} aria-labelledby={`cmp-${step.step}`}>
                  <Title order={2} size="h3" id={`cmp-${step.step}`} mb="sm">
                    {t(`wizard:steps.${step.step}.title`)}
                  </Title>
                  <Stack gap="sm">
                    {step.sections.map((s) => (
                      <Card key={s.key} withBorder padding="sm">
                        {s.fields.map((key) => (
                          <FieldDiff
                            key={key}
                            label={t(`fields:${s.key}.${key}` as never) as string}
                            before={describeField(s.key, key, s.before, wordings.before)}
                            after={describeField(s.key, key, s.after, wordings.after)}
                            view={view}
                          />
                        ))}
                      </Card>
                    ))}
                    {step.items.map((change) => (
                      <ItemDiff key={`${change.type}-${change.id}`} change={change} wordings={wordings} view={view} />
                    ))}
                  </Stack>
                </section>
              ))}
            </>
          )}
        </Stack>
      )}
    </Container>
  );
}

const BADGE: Record<ItemChange['type'], string> = { added: 'green.9', removed: 'red.9', changed: 'blue.9' };

function ItemDiff({
  change,
  wordings,
  view,
}: {
  change: ItemChange;
  wordings: { before: Wording; after: Wording };
  view: View;
}) {
  const { t } = useTranslation(['workflow', 'comments', 'fields']);
  const item = change.type === 'added' ? change.after : change.type === 'removed' ? change.before : change.afterItem;
  const name =
    itemName(item.data) ||
    t('comments:itemNumbered', { kind: t(`comments:kinds.${change.kind}`), n: item.position + 1 });
  const record = item.data as unknown as Record<string, unknown>;
  const fields =
    change.type === 'changed'
      ? change.fields
      : fieldsOf(change.kind)
          .filter((f) => f.show.as !== 'currency')
          .map((f) => f.key)
          .filter((k) =>
            describeField(change.kind, k, record, change.type === 'added' ? wordings.after : wordings.before).trim(),
          );
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={`cmp-item-${change.type}-${change.id}`}>
      <Group gap="xs" mb="xs">
        <Title order={3} size="h5" id={`cmp-item-${change.type}-${change.id}`}>
          {t(`comments:kinds.${change.kind}`)}: {name}
        </Title>
        <Badge color={BADGE[change.type]} variant="outline" radius="sm" tt="none">
          {t(`compare.${change.type}`)}
        </Badge>
      </Group>
      {fields.map((key) => (
        <FieldDiff
          key={key}
          label={t(`fields:${change.kind}.${key}` as never) as string}
          before={
            change.type === 'added'
              ? ''
              : describeField(change.kind, key, change.type === 'removed' ? record : change.before, wordings.before)
          }
          after={
            change.type === 'removed'
              ? ''
              : describeField(change.kind, key, change.type === 'added' ? record : change.after, wordings.after)
          }
          view={view}
        />
      ))}
    </Card>
  );
}

function FieldDiff({ label, before, after, view }: { label: string; before: string; after: string; view: View }) {
  const { t } = useTranslation('workflow');
  const parts: WordPart[] = wordDiff(before, after);
  const empty = (
    <Text span c="gray.8" fs="italic">
      {t('compare.empty')}
    </Text>
  );
  return (
    <div style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      {view === 'inline' ? (
        <Text size="sm">{parts.length > 0 ? <DiffText parts={parts} side="both" /> : empty}</Text>
      ) : (
        <Grid columnGap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Text size="xs" c="gray.8" fw={600}>
              {t('compare.before')}
            </Text>
            <Text size="sm">{before ? <DiffText parts={parts} side="before" /> : empty}</Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Text size="xs" c="gray.8" fw={600}>
              {t('compare.after')}
            </Text>
            <Text size="sm">{after ? <DiffText parts={parts} side="after" /> : empty}</Text>
          </Grid.Col>
        </Grid>
      )}
      {before && before !== after && <CopyButton text={before} />}
    </div>
  );
}
