import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../lib/outline';
import { needsAttention } from '../lib/outline';

/** The document's sections, each with what is wrong in words (colour only repeats it). */
export function OutlinePreview({ outline }: { outline: OutlineEntry[] }) {
  const { t } = useTranslation('export');
  const flagged = outline.filter(needsAttention).length;
  return (
    <Stack gap="xs">
      <Title order={3} id="export-outline-title">
        {t('panel.outlineTitle')}
      </Title>
      <Text size="sm">{flagged === 0 ? t('panel.allGood') : t('panel.needsAttention', { count: flagged })}</Text>
      {flagged > 0 && (
        <Text size="sm">
          {t('panel.outlineIntro')}{' '}
          {/* One click from "3 missing" to the list of what is missing, each with its way to the field. */}
          <Anchor component={Link} to="../review" relative="path">
            {t('panel.toChecklist')}
          </Anchor>
        </Text>
      )}
      <List aria-labelledby="export-outline-title" spacing={6} listStyleType="none" withPadding={false}>
        {outline.map((entry) => {
          const title = t(`doc.sections.${entry.id}`);
          return (
            <List.Item key={entry.id}>
              <Group gap="xs" wrap="wrap" align="baseline">
                <Text fw={600}>
                  {entry.annex ? t('doc.annex', { letter: entry.number, title }) : `${entry.number}. ${title}`}
                </Text>
                <Flags entry={entry} />
              </Group>
              {entry.problems.length > 0 && (
                <List size="sm" withPadding>
                  {entry.problems.map((p) => (
                    <List.Item key={`${p.code}-${p.itemId}`}>
                      <Text span size="sm" c="red.9">
                        {t(`problems.${p.code}`, { title: p.title || t('doc.untitled') })}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

function Flags({ entry }: { entry: OutlineEntry }) {
  const { t } = useTranslation('export');
  if (!needsAttention(entry)) {
    return (
      <Text span size="sm" c="green.9">
        <span aria-hidden="true">✓ </span>
        {t('panel.statusOk')}
      </Text>
    );
  }
  const flags: { text: string; color: string }[] = [];
  if (entry.empty) flags.push({ text: t('panel.statusEmpty'), color: 'gray.8' });
  if (entry.problems.length > 0)
    flags.push({ text: t('panel.statusProblems', { count: entry.problems.length }), color: 'red.9' });
  if (!entry.empty && entry.missing > 0)
    flags.push({ text: t('panel.statusMissing', { count: entry.missing }), color: 'blue.9' });
  return (
    <>
      {flags.map((f) => (
        <Text key={f.text} span size="sm" c={f.color} fw={500}>
          <span aria-hidden="true">! </span>
          {f.text}
        </Text>
      ))}
    </>
  );
}
