// JSON.parse has no depth limit: a few megabytes of `[[[[…` keep the event loop busy for
// seconds and take a gigabyte of memory before anything can refuse them. This scan looks
// at each character once, allocates nothing and stops at the first level too many, so a
// hostile body is refused before it is parsed. No legitimate body of the app is more than
// 8 levels deep.

export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * True when arrays and objects in `text` nest more than `maxDepth` levels deep. Brackets
 * inside strings do not count. Invalid JSON is not this function's business: whatever it
 * answers, JSON.parse still has the last word.
 */
export function jsonNestingExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character, be it a quote or another backslash.
      if (ch === BACKSLASH) i++;
      else if (ch === QUOTE) inString = false;
    } else if (ch === QUOTE) {
      inString = true;
    } else if (ch === OPEN_ARRAY || ch === OPEN_OBJECT) {
      if (++depth > maxDepth) return true;
    } else if (ch === CLOSE_ARRAY || ch === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}
