// Numbers as people write them in their language: "1 500,50" in Latvian, "1.500,50" in Italian,
// "1,500.50" in English. Read with the UI language's separators, and never misread silently:
// what cannot be read one way only ("1.500" in Latvian: one and a half, or fifteen hundred?)
// is refused at the field, and what was read is shown back in the language's own format.

type Separators = { decimal: string; group: string };

const separators = new Map<string, Separators>();

/** The language's decimal and group separators (the group as a dot or a comma; spaces are dropped anyway). */
function separatorsOf(lng: string): Separators {
  let found = separators.get(lng);
  if (!found) {
    const parts = new Intl.NumberFormat(lng, { useGrouping: true }).formatToParts(12345.6);
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const group = parts.find((p) => p.type === 'group')?.value ?? '';
    found = { decimal, group: group === '.' || group === ',' ? group : '' };
    separators.set(lng, found);
  }
  return found;
}

/** Digits in groups of three after the first group: "1.500", "12.345.678". */
const grouped = (text: string, sep: string) => {
  const [head, ...rest] = text.split(sep);
  return /^\d{1,3}$/.test(head ?? '') && rest.length > 0 && rest.every((g) => /^\d{3}$/.test(g));
};

/**
 * The number in `text`, written the way of language `lng`; `null` for an empty field and `NaN`
 * for text that is not a number or could be read two ways.
 */
export function parseLocaleNumber(text: string, lng: string): number | null {
  // Spaces of every width and apostrophes only group digits.
  const raw = text.replace(/[\s\u00a0\u202f\u2009'’]/g, '');
  if (raw === '') return null;
  const { decimal, group } = separatorsOf(lng);
  const sign = raw.startsWith('-') || raw.startsWith('−') ? '-' : '';
  const body = sign ? raw.slice(1) : raw;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return Number.NaN;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let whole = body;
  let fraction = '';
  if (dots > 0 && commas > 0) {
    // Both: the last one separates the decimals, the other groups the digits.
    const last = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const other = last === '.' ? ',' : '.';
    const at = body.lastIndexOf(last);
    whole = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (body.split(last).length - 1 > 1 || !grouped(whole, other)) return Number.NaN;
    whole = whole.split(other).join('');
  } else if (dots + commas > 0) {
    const sep = dots > 0 ? '.' : ',';
    if (dots + commas > 1) {
      // Several of one kind: they can only group digits.
      if (!grouped(body, sep)) return Number.NaN;
      whole = body.split(sep).join('');
    } else {
      const [head = '', tail = ''] = body.split(sep);
      if (sep === decimal || tail.length !== 3) {
        // The language's decimal mark, or a mark with other than three digits after it
        // ("7200.50" typed in Latvian out of habit): decimals either way.
        whole = head;
        fraction = tail;
      } else if (sep === group && grouped(body, sep)) {
        whole = head + tail;
      } else {
        // "1.500" where the dot is neither the decimal mark nor a group mark: two readings.
        return Number.NaN;
      }
    }
  }
  if (!/^\d+$/.test(whole || '0') || !/^\d*$/.test(fraction)) return Number.NaN;
  return Number(`${sign}${whole || '0'}${fraction ? `.${fraction}` : ''}`);
}

/** A number as the field shows it back in language `lng`, as the rest of the app writes numbers: "1500,5", "15 000,5", "1.500,5", "1,500.5". */
export function formatForField(value: number, lng: string): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits: 6 }).format(value);
}
