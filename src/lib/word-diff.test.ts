import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

const marks = (before: string, after: string) =>
  wordDiff(before, after)
    .filter((p) => p.change !== 'same')
    .map((p) => `${p.change === 'added' ? '+' : '-'}${p.text.trim()}`);

describe('the words that changed', () => {
  it('marks whole Latvian words, letters with diacritics included', () => {
    expect(
      marks('Praktizēt latviešu valodu ārpus klases', 'Praktizēt latviešu valodu bibliotēkā ārpus nodarbībām'),
    ).toEqual(['+bibliotēkā', '-klases', '+nodarbībām']);
    expect(marks('Ģimenēm ar bērniem', 'Ģimenēm ar maziem bērniem')).toEqual(['+maziem']);
  });

  it('marks whole Polish words', () => {
    expect(marks('Zajęcia dla dzieci w świetlicy', 'Zajęcia dla młodzieży w świetlicy')).toEqual([
      '-dzieci',
      '+młodzieży',
    ]);
    expect(marks('Źródło: ankieta gminy', 'Źródło: ankieta gminy z 2025 r.')).toEqual(['+z 2025 r.']);
  });

  it('replaces a rewritten text whole rather than word by word', () => {
    expect(
      wordDiff(
        'Informal conversation in Latvian led by volunteers.',
        'Led by the central library, with the volunteers of the NGO.',
      ),
    ).toEqual([
      { text: 'Informal conversation in Latvian led by volunteers.', change: 'removed' },
      { text: 'Led by the central library, with the volunteers of the NGO.', change: 'added' },
    ]);
    expect(wordDiff('', 'Nowy tekst')).toEqual([{ text: 'Nowy tekst', change: 'added' }]);
    expect(wordDiff('Stary tekst', '')).toEqual([{ text: 'Stary tekst', change: 'removed' }]);
  });

  it('keeps the whole text, in order, when put back together', () => {
    const before = 'Kursy języka polskiego dla dorosłych';
    const after = 'Bezpłatne kursy języka polskiego dla dorosłych i młodzieży';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.change !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
    expect(wordDiff('Same', 'Same')).toEqual([{ text: 'Same', change: 'same' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
