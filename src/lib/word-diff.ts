import { diffWordsWithSpace } from 'diff';

// Which words changed between two texts, for the comparison of versions and the redline
// document. Words are what the `diff` package finds in any Latin, Cyrillic or Greek script
// (Latvian ā, ē, ķ, Polish ą, ł, ż…); spaces are kept exactly, so each side reads back whole.

export type WordPart = { text: string; change: 'same' | 'added' | 'removed' };

/** Below this share of unchanged letters a text was rewritten: it reads better replaced whole. */
const REWRITTEN = 0.5;

const letters = (s: string) => s.replace(/\s+/g, '').length;

export function wordDiff(before: string, after: string): WordPart[] {
  if (before === after) return before ? [{ text: before, change: 'same' }] : [];
  const parts: WordPart[] = diffWordsWithSpace(before, after).map((p) => ({
    text: p.value,
    change: p.added ? 'added' : p.removed ? 'removed' : 'same',
  }));
  const kept = parts.filter((p) => p.change === 'same').reduce((n, p) => n + letters(p.text), 0);
  const longest = Math.max(letters(before), letters(after));
  if (before && after && longest > 0 && kept / longest < REWRITTEN) {
    return [
      { text: before, change: 'removed' },
      { text: after, change: 'added' },
    ];
  }
  return parts;
}
