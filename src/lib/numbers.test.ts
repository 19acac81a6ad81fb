import { describe, expect, it } from 'vitest';
import { formatForField, parseLocaleNumber } from './numbers';

// Numbers typed by people in their own language, and the ones that must be refused rather than misread.

describe('numbers typed in the UI language', () => {
  it.each([
    ['it', '1.500', 1500],
    ['it', '1.500,50', 1500.5],
    ['it', '7200,5', 7200.5],
    ['ro', '12.345.678', 12345678],
    ['ro', '2,75', 2.75],
    ['lv', '1 500,50', 1500.5],
    ['lv', '1\u00a0500,50', 1500.5],
    ['lv', '7200.50', 7200.5],
    ['fr', '1\u202f500,5', 1500.5],
    ['pl', '300', 300],
    ['lt', '0,5', 0.5],
    ['en', '1,500', 1500],
    ['en', '1,500.50', 1500.5],
    ['en', '7200.5', 7200.5],
    ['en', '-3', -3],
  ])('reads %s “%s” as %d', (lng, text, value) => {
    expect(parseLocaleNumber(text, lng)).toBe(value);
  });

  it.each([
    // A dot that is neither the decimal mark nor a group mark here, before three digits: 1,5 or 1500?
    ['lv', '1.500'],
    ['fr', '2.000'],
    ['it', '1.5.0'],
    ['it', '1,500,5'],
    ['en', '1.500,50.1'],
    ['en', '12,34,567'],
    ['en', 'about 300'],
    ['en', '3e5'],
    ['en', '.'],
  ])('refuses %s “%s” rather than guess', (lng, text) => {
    expect(parseLocaleNumber(text, lng)).toBeNaN();
  });

  it('takes an empty field as “not known”', () => {
    expect(parseLocaleNumber('  ', 'lv')).toBeNull();
  });

  it('shows a number back in the language’s own format, which it reads again as the same number', () => {
    for (const lng of ['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro']) {
      const shown = formatForField(7200.5, lng);
      expect(parseLocaleNumber(shown, lng), `${lng}: ${shown}`).toBe(7200.5);
    }
    expect(formatForField(15000, 'it')).toBe('15.000');
    expect(formatForField(1500.25, 'en')).toBe('1,500.25');
  });
});
