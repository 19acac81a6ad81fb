import { z } from 'zod';

// Zod's own messages are English sentences. On the client every issue becomes a
// message key of `common:errors.*` plus its parameters, encoded in the message so it
// survives react-hook-form's resolver; <FieldMessage> translates it in the user's language.
// Messages set in src/domain (e.g. 'errors.endBeforeStart') take precedence and are keys already.

const SEP = '::';

export function encodeMessage(key: string, params?: Record<string, unknown>): string {
  return params ? `${key}${SEP}${JSON.stringify(params)}` : key;
}

export function decodeMessage(message: string): { key: string; params: Record<string, unknown> } {
  const i = message.indexOf(SEP);
  if (i < 0) return { key: message, params: {} };
  try {
    return { key: message.slice(0, i), params: JSON.parse(message.slice(i + SEP.length)) as Record<string, unknown> };
  } catch {
    return { key: message.slice(0, i), params: {} };
  }
}

export function installZodMessages() {
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case 'too_big':
          if (issue.origin === 'string')
            return encodeMessage('errors.tooLong', { max: issue.maximum, count: issue.maximum });
          if (issue.origin === 'array') return encodeMessage('errors.tooMany', { max: issue.maximum });
          return encodeMessage('errors.tooHigh', { max: issue.maximum });
        case 'too_small':
          if (issue.origin === 'string') return 'errors.required';
          return encodeMessage('errors.tooLow', { min: issue.minimum });
        case 'invalid_type':
          if (issue.expected === 'int') return 'errors.wholeNumber';
          return issue.expected === 'number' ? 'errors.number' : 'errors.invalid';
        case 'not_multiple_of':
          return 'errors.wholeNumber';
        case 'invalid_format':
          return issue.format === 'email' ? 'errors.email' : 'errors.invalid';
        default:
          return 'errors.invalid';
      }
    },
  });
}
