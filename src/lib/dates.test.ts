import { describe, expect, it } from 'vitest';
import {
  dateExample,
  formatDateForField,
  formatMonthForField,
  monthExample,
  parseLocaleDate,
  parseLocaleMonth,
} from './dates';

// Dates and months typed by people in their own language, and the ones that must be refused rather than misread.

const LANGUAGES = ['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro'];

describe('dates typed in the UI language', () => {
  it.each([
    ['lv', '14.02.2025', '2025-02-14'],
    ['lv', '14.02.2025.', '2025-02-14'],
    ['lv', '1.2.2025', '2025-02-01'],
    ['lv', '14 02 2025', '2025-02-14'],
    ['lv', '14. 02. 2025.', '2025-02-14'],
    ['fr', '14/02/2025', '2025-02-14'],
    ['fr', '14-2-2025', '2025-02-14'],
    ['it', '29/02/2024', '2024-02-29'],
    ['pl', '14.02.2025', '2025-02-14'],
    ['ro', '14.02.2025', '2025-02-14'],
    ['lt', '2025-02-14', '2025-02-14'],
    ['lt', '2025.2.14', '2025-02-14'],
    // English is written day first here, as in the other languages of a European product.
    ['en', '02/03/2025', '2025-03-02'],
    ['en', '14/02/2025', '2025-02-14'],
    // ISO in every language.
    ['lv', '2025-02-14', '2025-02-14'],
    ['fr', ' 2025-02-14 ', '2025-02-14'],
  ])('reads %s “%s” as %s', (lng, text, iso) => {
    expect(parseLocaleDate(text, lng)).toBe(iso);
  });

  it.each([
    // Days that do not exist.
    ['fr', '31/02/2025'],
    ['lv', '29.02.2025'],
    ['en', '2025-02-30'],
    ['pl', '00.01.2025'],
    // The month where the day belongs: 14 is no month.
    ['en', '02/14/2025'],
    // A year of two digits: 1925 or 2025?
    ['lv', '14.02.25'],
    ['fr', '14/02/25'],
    ['it', '14/02/0025'],
    // Lithuanian writes the year first: "14.02.2025" could be day-month or month-day.
    ['lt', '14.02.2025'],
    // Not a date written in figures, or not a whole one.
    ['ro', '14.02'],
    ['it', '14022025'],
    ['en', '14 Feb 2025'],
    ['pl', '14.02.2025 r.'],
    ['lv', '1.2.3.2025'],
  ])('refuses %s “%s” rather than guess', (lng, text) => {
    expect(parseLocaleDate(text, lng)).toBeNull();
  });

  it('takes an empty field as “not given”', () => {
    expect(parseLocaleDate('  ', 'lv')).toBe('');
  });

  it('shows a date back in the language’s own format, which it reads again as the same date', () => {
    for (const lng of LANGUAGES) {
      const shown = formatDateForField('2025-02-04', lng);
      expect(parseLocaleDate(shown, lng), `${lng}: ${shown}`).toBe('2025-02-04');
    }
    expect(formatDateForField('2025-02-14', 'lv')).toBe('14.02.2025.');
    expect(formatDateForField('2025-02-04', 'pl')).toBe('04.02.2025');
    expect(formatDateForField('2025-02-14', 'fr')).toBe('14/02/2025');
    expect(formatDateForField('2025-02-14', 'it')).toBe('14/02/2025');
    expect(formatDateForField('2025-02-14', 'ro')).toBe('14.02.2025');
    expect(formatDateForField('2025-02-14', 'lt')).toBe('2025-02-14');
    expect(formatDateForField('2025-02-14', 'en')).toBe('14/02/2025');
  });

  it('leaves text that is no ISO date as it is', () => {
    expect(formatDateForField('31.02.2025', 'lv')).toBe('31.02.2025');
    expect(formatDateForField('', 'fr')).toBe('');
  });
});

describe('months typed in the UI language', () => {
  it.each([
    ['lv', '9.2025', '2025-09'],
    ['lv', '09.2025.', '2025-09'],
    ['fr', '09/2025', '2025-09'],
    ['it', '9-2025', '2025-09'],
    ['pl', '12.2025', '2025-12'],
    ['ro', '01 2026', '2026-01'],
    ['lt', '2025-09', '2025-09'],
    ['en', '9/2025', '2025-09'],
    ['fr', '2025-9', '2025-09'],
  ])('reads %s “%s” as %s', (lng, text, iso) => {
    expect(parseLocaleMonth(text, lng)).toBe(iso);
  });

  it.each([
    ['lv', '13.2025'],
    ['fr', '00/2025'],
    ['it', '9/25'],
    ['lt', '09.2025'],
    ['pl', '14.09.2025'],
    ['en', 'September 2025'],
    ['ro', '2025'],
  ])('refuses %s “%s” rather than guess', (lng, text) => {
    expect(parseLocaleMonth(text, lng)).toBeNull();
  });

  it('takes an empty field as “not given”', () => {
    expect(parseLocaleMonth('', 'it')).toBe('');
  });

  it('shows a month back in the language’s own format, which it reads again as the same month', () => {
    for (const lng of LANGUAGES) {
      const shown = formatMonthForField('2025-09', lng);
      expect(parseLocaleMonth(shown, lng), `${lng}: ${shown}`).toBe('2025-09');
    }
    expect(formatMonthForField('2025-09', 'lv')).toBe('09.2025.');
    expect(formatMonthForField('2025-09', 'fr')).toBe('09/2025');
    expect(formatMonthForField('2025-09', 'lt')).toBe('2025-09');
    expect(formatMonthForField('2025-13', 'fr')).toBe('2025-13');
  });
});

describe('examples for hints and messages', () => {
  it('writes the example day after the 12th, so the order of day and month shows', () => {
    expect(dateExample('lv')).toBe('14.09.2026.');
    expect(dateExample('en')).toBe('14/09/2026');
    expect(monthExample('pl')).toBe('09.2026');
    for (const lng of LANGUAGES) {
      expect(parseLocaleDate(dateExample(lng), lng), lng).toBe('2026-09-14');
      expect(parseLocaleMonth(monthExample(lng), lng), lng).toBe('2026-09');
    }
  });
});
