import { diffWordsWithSpace } from 'diff';

// Which words changed between two texts, for the comparison of versions and the redline
// document. Words are what the `diff` package finds in any Latin, Cyrillic or Greek script
// (Latvian ā, ē, ķ, Polish ą, ł, ż…); spaces are kept exactly, so each side reads back whole.

export type WordPart = { text: string; change: 'same' | 'added' | 'removed' };

export function wordDiff(before: string, after: string): WordPart[] {
  if (before === after) return before ? [{ text: before, change: 'same' }] : [];
  return diffWordsWithSpace(before, after).map((p) => ({
    text: p.value,
    change: p.added ? 'added' : p.removed ? 'removed' : 'same',
  }));
}
