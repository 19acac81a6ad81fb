import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import wizard from '../../locales/en/wizard.json';

// t() is typed from the English files (src/lib/i18n-types.d.ts), so a wrong key is a compile
// error. This file is what `npm run typecheck` fails on if that typing is ever lost: the
// expected errors below then do not happen. The function is never called.
export function typedKeys() {
  // @ts-expect-error: no such key in the wizard namespace
  i18next.t('wizard:no.such.key');
  const fixed = i18next.getFixedT(null, 'wizard');
  // @ts-expect-error: a common key without its namespace is not a wizard key
  fixed('loading');
  // Right keys compile and give a string; a plural key is called by its base name.
  const title: string = i18next.t('wizard:steps.vision.title');
  const problems: string = fixed('overview.problems', { count: 2 });
  return [title, problems];
}

describe('typed translation keys', () => {
  it('are checked against keys the English files have', () => {
    expect(wizard.steps.vision.title).toBe('Vision and objectives');
    expect(Object.keys(wizard.overview)).toEqual(expect.arrayContaining(['problems_one', 'problems_other']));
  });
});
