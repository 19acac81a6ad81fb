import { i18next, isLanguage } from '@/lib/i18n';
import type { Language } from '@/lib/i18n';

// The guidance of each step, each language's file cut by step at build time (vite.config.ts,
// `guidanceByStep`): a step page fetches the ninth it shows. Static globs, one per step.
type Slices = Record<string, () => Promise<Record<string, unknown>>>;
const GUIDANCE: Record<string, Slices> = {
  partnership: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=partnership',
    import: 'default',
  }),
  diagnosis: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=diagnosis',
    import: 'default',
  }),
  needs: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=needs',
    import: 'default',
  }),
  strengths: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=strengths',
    import: 'default',
  }),
  challenges: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=challenges',
    import: 'default',
  }),
  recommendations: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=recommendations',
    import: 'default',
  }),
  plan: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=plan',
    import: 'default',
  }),
  vision: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=vision',
    import: 'default',
  }),
  review: import.meta.glob<Record<string, unknown>>('../../../locales/*/guidance.json', {
    query: '?step=review',
    import: 'default',
  }),
};

/** One step's guidance in one language: `{ purpose, questions, examples }`. */
async function loadGuidance(lng: Language, step: string): Promise<Record<string, unknown>> {
  const load = GUIDANCE[step]?.[`../../../locales/${lng}/guidance.json`];
  if (!load) throw new Error(`No guidance for ${lng}/${step}`);
  return load();
}

const guidanceLoads = new Map<string, Promise<void>>();

/** Loads one step's guidance into i18next's `guidance` namespace, once per language and step. */
function loadStepGuidance(lng: Language, step: string): Promise<void> {
  const key = `${lng}/${step}`;
  let loading = guidanceLoads.get(key);
  if (!loading) {
    loading = loadGuidance(lng, step).then((slice) => {
      i18next.addResourceBundle(lng, 'guidance', { [step]: slice }, true, true);
    });
    guidanceLoads.set(key, loading);
    loading.catch(() => guidanceLoads.delete(key));
  }
  return loading;
}

/**
 * Makes one step's guidance available to `t('guidance:…')` in the current language, suspending
 * the screen until it has arrived (like a namespace, but a ninth of its size).
 */
export function useStepGuidance(step: string, lng: string): void {
  if (!isLanguage(lng) || i18next.exists(`guidance:${step}.purpose`, { lng })) return;
  throw loadStepGuidance(lng, step);
}

/** Once a step's guidance is here in the current language: a step page's first frame shows it. */
export function stepGuidanceReady(step: string): Promise<void> {
  const lng = i18next.language;
  return isLanguage(lng) && step in GUIDANCE ? loadStepGuidance(lng, step).catch(() => undefined) : Promise.resolve();
}

/** Starts loading a step's guidance early (the route's loader), so the page does not wait for it later. */
export function preloadStepGuidance(step: string) {
  void stepGuidanceReady(step);
}
