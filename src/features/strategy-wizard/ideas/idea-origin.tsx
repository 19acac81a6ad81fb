import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ideaOfItem } from '@/domain/ideas';
import { useIdeas } from './ideas-api';

/** On a recommendation or action made from an idea: whose idea, with how many votes, and a way to it. */
export function IdeaOrigin({ workspaceId, itemId }: { workspaceId: string; itemId: string }) {
  const { t } = useTranslation('wizard');
  const { data: idea } = useIdeas(workspaceId, (ideas) => {
    const found = ideaOfItem(ideas, itemId);
    return found ? { name: found.proposedBy.name, votes: found.votes } : null;
  });
  if (!idea) return null;
  return (
    <Text size="sm" c="gray.8">
      {t('ideas.origin', { name: idea.name, count: idea.votes })} ·{' '}
      <Anchor component={Link} to={`/w/${workspaceId}/ideas`} size="sm">
        {t('ideas.originLink')}
      </Anchor>
    </Text>
  );
}
