import { Alert, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checklist } from '@/domain/checklist';
import type { Strategy } from '@/domain';
import { ToDoList } from '../../components/todo-list';
import { useMay } from '../../components/read-only';

/**
 * Check answers: in one place, everything the strategy still lacks and every break of its
 * thread, step by step, each with one link to where it is put right.
 */
export function ChecklistSection({ strategy, base }: { strategy: Strategy; base: string }) {
  const { t } = useTranslation(['review', 'wizard']);
  const steps = useMemo(() => checklist(strategy), [strategy]);
  const canEdit = useMay(strategy.workspace.id).edit;
  const count = steps.reduce((n, s) => n + s.todos.length, 0);
  return (
    <section aria-labelledby="todo-heading">
      <Title order={2} size="h3" id="todo-heading" mb="xs">
        {t('todo.title')}
      </Title>
      {count === 0 ? (
        <Alert color="green.9" variant="outline">
          <Text>{t('todo.none')}</Text>
        </Alert>
      ) : (
        <>
          <Text mb="xs">{t('todo.intro', { count })}</Text>
          {steps.map(({ step, todos }) => (
            <section key={step} aria-labelledby={`todo-${step}`}>
              <Title order={3} size="h4" id={`todo-${step}`} mt="sm" mb={4}>
                {t(`wizard:steps.${step}.title`)}
              </Title>
              <ToDoList todos={todos} base={base} canEdit={canEdit} />
            </section>
          ))}
        </>
      )}
    </section>
  );
}
