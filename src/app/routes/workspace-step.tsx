import { StepRoute } from '@/features/strategy-wizard/components/step-route';

export function Component() {
  return <StepRoute />;
}
