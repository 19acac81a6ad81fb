import { TaskListPage } from '@/features/strategy-wizard/components/task-list-page';

export function Component() {
  return <TaskListPage />;
}
