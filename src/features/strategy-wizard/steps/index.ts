import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { StepId } from '@/domain';

// Each step's code is its own chunk, loaded when the person opens the step.
export const STEP_COMPONENTS: Record<StepId, LazyExoticComponent<ComponentType>> = {
  partnership: lazy(() => import('./partnership/partnership-step')),
  diagnosis: lazy(() => import('./diagnosis/diagnosis-step')),
  needs: lazy(() => import('./findings/needs-step')),
  strengths: lazy(() => import('./findings/strengths-step')),
  challenges: lazy(() => import('./findings/challenges-step')),
  recommendations: lazy(() => import('./recommendations/recommendations-step')),
  plan: lazy(() => import('./plan/plan-step')),
  vision: lazy(() => import('./vision/vision-step')),
  review: lazy(() => import('./review/review-step')),
};
