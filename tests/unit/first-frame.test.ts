import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEPS } from '@/domain/steps';
import type { SessionUser } from '@/domain';
import { LANGUAGES } from '@/lib/locale-files';
import { firstFrame } from '@/app/first-frame';

// A step's first frame (src/app/first-frame.tsx): its words, drawn by the server into the page
// before any script runs (server/first-frame.test.ts: the page as the server sends it).

const words = (lng: string, ns: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${lng}/${ns}.json`), 'utf8')) as Record<
    string,
    Record<string, Record<string, unknown>>
  >;

/** As React writes text into HTML. */
const html = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

const ilze: SessionUser = {
  id: '0b6b1d38-8f0c-4c57-9a59-2a8f4f0d2c11',
  email: 'ilze@example.org',
  name: 'Ilze Bērziņa',
  systemRole: 'user',
  demo: false,
  twoStep: false,
  twoStepRequired: false,
};
const STEP_PAGE = '/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/needs';

describe("a step's first frame", () => {
  it("draws the step's counter, heading and guidance in the person's language, with their name", () => {
    const frame = firstFrame(STEP_PAGE, 'lv', ilze) ?? '';
    const wizard = words('lv', 'wizard');
    expect(frame).toContain(`>${html(String(wizard.step?.counter)).replace('{{n}}', '3').replace('{{total}}', '9')}<`);
    expect(frame).toMatch(/<h1[^>]*>Vajadzības<\/h1>/);
    expect(frame).toContain(html(String(words('lv', 'guidance').needs?.purpose)));
    expect(frame).toContain('Ilze Bērziņa');
    // The page's landmarks, as the app draws them.
    expect(frame).toMatch(/<header class="app-header"/);
    expect(frame).toMatch(/<main class="app-main" id="main"/);
    expect(frame).toMatch(/<nav [^>]*aria-label="Stratēģijas soļi"/);
    // Not yet usable: nothing in it takes a click or the focus until the app draws the page again.
    expect(frame).toMatch(/^(<style[^>]*>[^<]*<\/style>)*<div inert=""/);
  });

  it('has the language and the account once, in the header, as the app has them on a wide screen', () => {
    const frame = firstFrame(STEP_PAGE, 'en', ilze) ?? '';
    expect(frame.match(/<select /g)).toHaveLength(1);
    expect(frame.match(/Ilze Bērziņa/g)).toHaveLength(1);
    expect(frame).toMatch(/<header class="app-header">[\s\S]*<select [\s\S]*Ilze Bērziņa[\s\S]*<\/header>/);
  });

  it('writes what a person called themselves as text', () => {
    const frame = firstFrame(STEP_PAGE, 'en', { ...ilze, name: '<img src=x onerror=alert(1)>' }) ?? '';
    expect(frame).not.toContain('<img src=x');
    expect(frame).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('has every step in every language', () => {
    for (const lng of LANGUAGES) {
      for (const step of STEPS) {
        const frame = firstFrame(`/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/${step}`, lng, ilze) ?? '';
        expect(frame, `${lng} ${step}`).toMatch(
          new RegExp(`<h1[^>]*>${html(String(words(lng, 'wizard').steps?.[step]?.title))}</h1>`),
        );
        expect(frame, `${lng} ${step}`).toContain(html(String(words(lng, 'guidance')[step]?.purpose)));
      }
    }
  });

  it('draws nothing for a page that is not a step, or in a language the app does not have', () => {
    for (const path of [
      '/',
      '/w/7b0c5a52',
      '/w/7b0c5a52/export',
      '/w/7b0c5a52/members',
      '/w/7b0c5a52/needs/x',
      '/x/y/needs',
    ])
      expect(firstFrame(path, 'en', ilze), path).toBeNull();
    expect(firstFrame(STEP_PAGE, 'de', ilze)).toBeNull();
  });
});
