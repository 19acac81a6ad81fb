import common from '../../locales/en/common.json';

// Some domain rules carry a message key (`errors.endBeforeStart`) for the SPA to translate.
// API clients get plain English instead, from the same English texts the screens use.
const texts = common.errors as Record<string, string>;

export function inEnglish(message: string): string {
  return message.replace(
    /\berrors\.(\w+)/g,
    (key, name: string) => texts[name]?.replace(/\{\{\w+\}\}/g, '').trim() ?? key,
  );
}
