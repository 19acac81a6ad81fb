import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContentStep, ItemKind } from '@/domain';

export type Row = { label: string; value: ReactNode };
export type ItemGroup = { kind: ItemKind; title: string; items: { id: string; title: string; rows: Row[] }[] };

function Rows({ rows }: { rows: Row[] }) {
  const { t } = useTranslation('review');
  return (
    <dl style={{ margin: 0 }}>
      {rows.map((r) => (
        <div
          key={r.label}
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: '0 16px',
            padding: '4px 0',
            borderTop: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <Text component="dt" fw={600} style={{ flex: '0 0 220px' }}>
            {r.label}
          </Text>
          <Text component="dd" m={0} style={{ flex: '1 1 260px', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {r.value === '' || r.value === null || r.value === undefined ? (
              <Text span c="gray.8">
                {t('notProvided')}
              </Text>
            ) : (
              r.value
            )}
          </Text>
        </div>
      ))}
    </dl>
  );
}

/** One list of the step (partners, needs…): each item folds open to show every field. */
function ItemGroupList({ group }: { group: ItemGroup }) {
  const { t } = useTranslation('review');
  const headingId = `answers-list-${group.kind}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mt="sm" mb={4}>
        {group.title}
      </Title>
      {group.items.length === 0 ? (
        <Text c="gray.8">{t('notProvided')}</Text>
      ) : (
        <Stack gap={4}>
          {group.items.map((item) => (
            <details key={item.id}>
              <summary style={{ cursor: 'pointer', padding: '4px 0' }}>{item.title}</summary>
              <div style={{ paddingInlineStart: 16 }}>
                <Rows rows={item.rows} />
              </div>
            </details>
          ))}
        </Stack>
      )}
    </section>
  );
}

/** One step's answers as a summary list, with a "Change" link that returns to the step. */
export function AnswerSection({
  step,
  base,
  rows,
  groups = [],
  children,
}: {
  step: ContentStep;
  base: string;
  rows: Row[];
  groups?: ItemGroup[];
  children?: ReactNode;
}) {
  const { t } = useTranslation(['review', 'wizard']);
  const title = t(`wizard:steps.${step}.title`);
  return (
    <Card withBorder component="section" aria-labelledby={`answers-${step}`}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id={`answers-${step}`}>
          {title}
        </Title>
        <Anchor component={Link} to={`${base}/${step}`} aria-label={t('change', { section: title })}>
          {t('changeShort')}
        </Anchor>
      </Group>
      {rows.length > 0 && <Rows rows={rows} />}
      {groups.map((g) => (
        <ItemGroupList key={g.kind} group={g} />
      ))}
      {children}
    </Card>
  );
}
