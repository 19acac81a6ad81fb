import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInProgramme } from '../hooks/use-strategy';
import { useTownPractices } from './good-practice-api';

/** On a recommendation or action copied from the programme's good practice: from which town, and a way to it. */
export function PracticeOrigin({ workspaceId, itemId }: { workspaceId: string; itemId: string }) {
  const inProgramme = useInProgramme();
  return inProgramme ? <Origin workspaceId={workspaceId} itemId={itemId} /> : null;
}

function Origin({ workspaceId, itemId }: { workspaceId: string; itemId: string }) {
  const { t } = useTranslation('wizard');
  const { data: practices } = useTownPractices(workspaceId);
  const source = practices?.find((p) => p.copiedAs === itemId);
  if (!source) return null;
  return (
    <Text size="sm" c="gray.8">
      {t('practice.origin', { town: source.town.name })} ·{' '}
      <Anchor component={Link} to={`/w/${workspaceId}/good-practice`} size="sm">
        {t('practice.originLink')}
      </Anchor>
    </Text>
  );
}
