import { useTranslation } from 'react-i18next';
import { decodeMessage } from '@/lib/zod-messages';

/** Translates an encoded validation message (see lib/zod-messages). */
export function useErrorText() {
  const { t } = useTranslation();
  return (message: string | undefined) => {
    if (!message) return undefined;
    const { key, params } = decodeMessage(message);
    return t(key, { ...params, defaultValue: t('errors.invalid') }) as string;
  };
}
