import { storableText } from '@/domain';

// Whatever a user typed must come out of the document as text, never as markup and
// never as a broken file. Both generators escape markup themselves (docx writes XML
// text nodes, pdfkit draws strings); what they cannot survive are characters XML 1.0
// forbids (Word refuses the file) and lone UTF-16 surrogates (invalid anywhere).

// C0 controls except tab, line feed and carriage return; DEL and C1 controls; the two
// non-characters U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;

/** Text safe for XML and PDF: illegal characters dropped, lone surrogates shown as �, line ends as \n. */
export function cleanText(value: string): string {
  // Lone surrogates become U+FFFD as on the way into the database (the domain's storableText).
  return storableText(value)
    .replace(ILLEGAL, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u0085/g, '\n');
}

/** Lines of a text, without trailing blanks; empty text gives no lines. */
export function lines(value: string): string[] {
  const text = cleanText(value).trim();
  return text === '' ? [] : text.split('\n').map((l) => l.trimEnd());
}

/** A file-name part from any text: `Rēzekne novads` → `rezekne-novads`. */
export function fileSlug(value: string, fallback = 'strategy'): string {
  const slug = cleanText(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}
