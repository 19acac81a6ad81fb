import { jsonNestingExceeds, MAX_JSON_DEPTH } from './json-guard';

const nested = (depth: number, inner = '1') => '['.repeat(depth) + inner + ']'.repeat(depth);

describe('jsonNestingExceeds', () => {
  it('accepts JSON exactly at the limit and refuses one level more', () => {
    expect(jsonNestingExceeds(nested(4), 4)).toBe(false);
    expect(jsonNestingExceeds(nested(5), 4)).toBe(true);
    expect(jsonNestingExceeds('{"a":{"b":[{"c":[]}]}}', 5)).toBe(false);
    expect(jsonNestingExceeds('{"a":{"b":[{"c":[]}]}}', 4)).toBe(true);
  });

  it('counts depth, not the number of brackets: siblings do not add up', () => {
    const wide = `[${Array.from({ length: 1000 }, () => '{"a":[1]}').join(',')}]`;
    expect(jsonNestingExceeds(wide, 3)).toBe(false);
  });

  it('ignores brackets inside strings, also after escaped quotes and backslashes', () => {
    expect(jsonNestingExceeds(JSON.stringify({ title: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonNestingExceeds(JSON.stringify({ title: 'say "[[[[" twice' }), 1)).toBe(false);
    // The string ends after an escaped backslash: the brackets that follow are structure.
    expect(jsonNestingExceeds(`{"path":"C:\\\\","x":${nested(3)}}`, 3)).toBe(true);
    expect(jsonNestingExceeds(`{"path":"C:\\\\","x":${nested(2)}}`, 3)).toBe(false);
    // An escaped quote does not end the string: the brackets after it are still text.
    expect(jsonNestingExceeds(`["a\\"[[[[[[", 1]`, 2)).toBe(false);
  });

  it('answers for plain values and for text that is not JSON', () => {
    expect(jsonNestingExceeds('', 1)).toBe(false);
    expect(jsonNestingExceeds('"just a string"', 0)).toBe(false);
    expect(jsonNestingExceeds('42', 0)).toBe(false);
    expect(jsonNestingExceeds('this is a Word document', 1)).toBe(false);
    expect(jsonNestingExceeds('[', 0)).toBe(true);
  });

  it('refuses a 10 MB file of nested arrays', () => {
    const hostile = nested(5_000_000);
    expect(hostile.length).toBeGreaterThan(9_999_999);
    expect(jsonNestingExceeds(hostile, MAX_JSON_DEPTH)).toBe(true);
  });

  it('passes a 10 MB string full of brackets: they are text', () => {
    expect(jsonNestingExceeds(JSON.stringify({ notes: '[{'.repeat(5_000_000) }), MAX_JSON_DEPTH)).toBe(false);
  });
});
