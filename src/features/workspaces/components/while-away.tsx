import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { commentPath, parseAnchor, stepOfAnchor } from '@/domain/comments';
import type { Notification } from '@/domain/notifications';
import { formatDateTime } from '@/lib/format';
import { useMarkRead, useNotifications } from '../api/notifications';

const SHOWN = 15;

/**
 * What others did in the person's workspaces since they last looked: steps of the workflow,
 * replies, mentions. Each leads to its place and is marked read when opened.
 */
export function WhileAway() {
  const { t, i18n } = useTranslation(['workspaces', 'workflow', 'wizard']);
  const notes = useNotifications();
  const markRead = useMarkRead();
  if (!notes.data || notes.data.items.length === 0) return null;
  const { items, unread } = notes.data;

  const where = (n: Notification) => {
    const anchor = n.anchor ? parseAnchor(n.anchor) : null;
    const step = anchor ? stepOfAnchor(anchor) : null;
    return step ? t('away.whereStep', { step: t(`wizard:steps.${step}.title`) }) : t('away.whereStrategy');
  };
  const describe = (n: Notification) => {
    const actor = n.actor || t('away.someone');
    if (n.kind === 'step' && n.action) return t('away.step', { actor, action: t(`workflow:actions.${n.action}`) });
    return t(n.kind === 'mention' ? 'away.mention' : 'away.reply', { actor, where: where(n) });
  };
  const pathOf = (n: Notification) =>
    n.kind === 'step' ? `/w/${n.workspace.id}/approval` : commentPath(n.workspace.id, n.anchor ?? 'strategy');

  return (
    <Card withBorder mb="xl" component="section" aria-labelledby="away-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs">
          <Title order={2} id="away-heading" size="h3">
            {t('away.title')}
          </Title>
          {unread > 0 && (
            <Badge color="blue.9" variant="filled" radius="sm" tt="none">
              {t('away.unread', { count: unread })}
            </Badge>
          )}
        </Group>
        {unread > 0 && (
          <Button size="compact-sm" variant="default" onClick={() => markRead.mutate('all')}>
            {t('away.markAll')}
          </Button>
        )}
      </Group>
      {unread === 0 && <Text mb="xs">{t('away.none')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.slice(0, SHOWN).map((n) => (
          <li key={n.id}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              {!n.read && (
                <Badge size="sm" color="blue.9" variant="outline" radius="sm" tt="none">
                  {t('away.new')}
                </Badge>
              )}
              <div>
                <Anchor
                  component={Link}
                  to={pathOf(n)}
                  fw={n.read ? undefined : 700}
                  onClick={() => {
                    if (!n.read) markRead.mutate(n.id);
                  }}
                >
                  {describe(n)}
                </Anchor>
                <Text size="xs" c="gray.8">
                  {t('away.in', { workspace: n.workspace.name, date: formatDateTime(n.at, i18n.language) })}
                </Text>
              </div>
            </Group>
          </li>
        ))}
      </Stack>
    </Card>
  );
}
