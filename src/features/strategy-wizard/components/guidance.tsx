import { useTranslation } from 'react-i18next';
import type { StepId } from '@/domain';
import { useStepGuidance } from '../guidance-loader';
import { GuidanceText } from './guidance-text';

/** What the step is for, the questions to ask, and good practice from other libraries. */
export function Guidance({ step }: { step: StepId }) {
  const { i18n } = useTranslation();
  useStepGuidance(step, i18n.language);
  return <GuidanceText step={step} />;
}
