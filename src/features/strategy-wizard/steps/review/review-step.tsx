import { Stack } from '@mantine/core';
import { useWorkspace } from '../../hooks/use-strategy';
import { useAnswerRows } from './answer-rows';
import { AnswerSection } from './answer-section';
import { ChecklistSection } from './checklist-section';
import { BudgetSummary } from '../../components/budget-summary';

/** Check answers: what is still to do first, then every step's content with a way back to change it. */
export default function ReviewStep() {
  const { strategy } = useWorkspace();
  const base = `/w/${strategy.workspace.id}`;
  const sections = useAnswerRows(strategy);
  return (
    <Stack gap="lg">
      <ChecklistSection strategy={strategy} base={base} />
      {sections.map((s) => (
        <AnswerSection key={s.step} step={s.step} base={base} rows={s.rows} groups={s.groups} />
      ))}
      <BudgetSummary strategy={strategy} />
    </Stack>
  );
}
