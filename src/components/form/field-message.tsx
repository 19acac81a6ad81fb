import { useTranslation } from 'react-i18next';
import { dateExample, monthExample } from '@/lib/dates';
import { decodeMessage } from '@/lib/zod-messages';

/** Translates an encoded validation message (see lib/zod-messages). */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (message: string | undefined) => {
    if (!message) return undefined;
    const { key, params } = decodeMessage(message);
    // The date and month messages give an example written the way the UI language writes dates.
    const examples = { dateExample: dateExample(i18n.language), monthExample: monthExample(i18n.language) };
    return t(key, { ...examples, ...params, defaultValue: t('errors.invalid') }) as string;
  };
}
