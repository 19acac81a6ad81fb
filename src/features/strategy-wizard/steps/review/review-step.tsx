import { Stack } from '@mantine/core';
import { findProblems } from '@/domain';
import { useWorkspace } from '../../hooks/use-strategy';
import { useAnswerRows } from './answer-rows';
import { AnswerSection } from './answer-section';
import { ProblemsList } from './problems-list';
import { BudgetSummary } from '../../components/budget-summary';

/** Check answers: every step's content with a way back to change it, and the broken links first. */
export default function ReviewStep() {
  const { strategy } = useWorkspace();
  const base = `/w/${strategy.workspace.id}`;
  const sections = useAnswerRows(strategy);
  return (
    <Stack gap="lg">
      <ProblemsList problems={findProblems(strategy)} base={base} />
      {sections.map((s) => (
        <AnswerSection key={s.step} step={s.step} base={base} rows={s.rows} groups={s.groups} />
      ))}
      <BudgetSummary strategy={strategy} />
    </Stack>
  );
}
