import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { todosOf } from '@/domain/checklist';
import type { StepProgress } from '@/domain';
import { ToDoList } from './todo-list';
import { useMay } from './read-only';

/** Entries shown on a step; the rest are one link away, on the review page. */
const SHOWN = 5;

/** What this step still needs, with links, so a step marked "needs attention" says why. */
export function StepToDos({ progress, base }: { progress: Pick<StepProgress, 'problems' | 'gaps'>; base: string }) {
  const todos = todosOf(progress);
  const { t } = useTranslation(['review']);
  const { workspaceId = '' } = useParams();
  const canEdit = useMay(workspaceId).edit;
  const more = todos.length - SHOWN;
  return (
    <div style={{ flex: '1 1 18rem', minWidth: 0 }}>
      <Text size="sm" fw={600}>
        {t('todo.onStep')}
      </Text>
      <Text component="div" size="sm">
        <ToDoList todos={todos.slice(0, SHOWN)} base={base} canEdit={canEdit} />
      </Text>
      {more > 0 && (
        <Anchor component={Link} to={`${base}/review`} size="sm">
          {t('todo.more', { count: more })}
        </Anchor>
      )}
    </div>
  );
}
