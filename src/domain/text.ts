// What PostgreSQL can store. A NUL character is refused by `jsonb` and `text` alike,
// and a lone UTF-16 surrogate (half of an emoji, left by a bad paste or a broken
// client) is not valid Unicode anywhere. Every text field of the contract passes
// through `storableText`, so such input is normalised at the door: NUL is dropped and a
// lone surrogate becomes U+FFFD, the replacement character a reader recognises.

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storableText(value: string): string {
  return value.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}
