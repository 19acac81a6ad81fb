import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '@/lib/locale-files';

// Every language must have exactly the keys English has. Plural keys (_one, _few, …)
// are compared by their base key, and each language must have every plural form its
// grammar needs (Intl.PluralRules), so "1 need" and "5 needs" read right everywhere.
// glossary.json is not a namespace: it is the translators' list of terms, read only by
// tests/unit/glossary.test.ts (docs/glossary.md), never loaded by the app.

const ROOT = join(import.meta.dirname, '../../locales');
const LANGUAGES = ['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      for (const [kk, vv] of flatten(v, `${prefix}[${i}]`)) out.set(kk, vv);
    });
  } else {
    out.set(prefix, value);
  }
  return out;
}

const load = (lng: string, ns: string) => flatten(JSON.parse(readFileSync(join(ROOT, lng, ns), 'utf8')));
const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));
const GLOSSARY = 'glossary.json';
const namespaces = readdirSync(join(ROOT, 'en')).filter((f) => f.endsWith('.json') && f !== GLOSSARY);

describe('translations', () => {
  it('has the same namespaces in every language, and a glossary', () => {
    for (const lng of LANGUAGES)
      expect(readdirSync(join(ROOT, lng)).sort(), lng).toEqual([...namespaces, GLOSSARY].sort());
  });

  it('has a file for every namespace the app loads, and no other', () => {
    expect(namespaces.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...NAMESPACES].sort());
  });

  describe.each(namespaces)('%s', (ns) => {
    const english = load('en', ns);
    it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the keys English has', (lng) => {
      const other = load(lng, ns);
      expect([...baseKeys(other.keys())].sort()).toEqual([...baseKeys(english.keys())].sort());
    });

    it.each(LANGUAGES)('%s has every plural form its grammar needs and no empty text', (lng) => {
      const texts = load(lng, ns);
      const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const plurals = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const base of plurals) {
        for (const form of needed) {
          if (form === 'zero' && lng !== 'lv') continue;
          expect(texts.has(`${base}_${form}`), `${lng}/${ns}: ${base}_${form}`).toBe(true);
        }
      }
      for (const [key, value] of texts) expect(String(value).trim(), `${lng}/${ns}: ${key}`).not.toBe('');
    });
  });
});
