// The guided steps, in order. `slug` is the URL segment; titles come from `wizard:steps.<id>.title`.
export const STEPS = [
  'partnership',
  'diagnosis',
  'needs',
  'strengths',
  'challenges',
  'recommendations',
  'plan',
  'vision',
  'review',
] as const;
export type StepId = (typeof STEPS)[number];
export const CONTENT_STEPS = STEPS.filter((s) => s !== 'review') as Exclude<StepId, 'review'>[];
export type ContentStep = (typeof CONTENT_STEPS)[number];

export const isStepId = (v: string | undefined): v is StepId => !!v && (STEPS as readonly string[]).includes(v);
