import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { StepId } from '@/domain';

// Each step's code is its own chunk, loaded when the person opens the step — or sooner:
// the route starts loading it together with the strategy (see preload.ts).
export const STEP_IMPORTS: Record<StepId, () => Promise<{ default: ComponentType }>> = {
  partnership: () => import('./partnership/partnership-step'),
  diagnosis: () => import('./diagnosis/diagnosis-step'),
  needs: () => import('./findings/needs-step'),
  strengths: () => import('./findings/strengths-step'),
  challenges: () => import('./findings/challenges-step'),
  recommendations: () => import('./recommendations/recommendations-step'),
  plan: () => import('./plan/plan-step'),
  vision: () => import('./vision/vision-step'),
  review: () => import('./review/review-step'),
};

export const STEP_COMPONENTS = Object.fromEntries(
  Object.entries(STEP_IMPORTS).map(([step, load]) => [step, lazy(load)]),
) as Record<StepId, LazyExoticComponent<ComponentType>>;
