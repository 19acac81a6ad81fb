import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { itemName, ITEM_KINDS } from '@/domain';
import type { Strategy, Wording } from '@/domain';
import { countryName, formatAmount, formatDate, formatMonth, formatNumber } from '@/lib/format';

export { itemName } from '@/domain';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The screen's way of putting field values in words: the reader's language and locale. */
export function useWording(strategy: Strategy): Wording {
  const { t, i18n } = useTranslation(['fields', 'taxonomy', 'common', 'review']);
  const lng = i18n.language;
  return useMemo(() => createWording(strategy, t as T, lng), [strategy, t, lng]);
}

export function createWording(strategy: Strategy, t: T, lng: string): Wording {
  const untitled = t('review:untitled');
  const names = new Map<string, string>();
  for (const kind of ITEM_KINDS)
    for (const item of strategy.items[kind]) names.set(item.id, itemName(item.data) || untitled);
  return {
    label: (owner, key) => t(`fields:${owner}.${key}`),
    term: (key) => t(`taxonomy:${key}`),
    number: (n) => formatNumber(n, lng),
    money: (n, currency) => formatAmount(n, currency, lng),
    date: (iso) => formatDate(iso, lng),
    month: (m) => formatMonth(m, lng),
    yesNo: (v) => t(v ? 'common:yes' : 'common:no'),
    country: (code) => countryName(code, lng),
    link: (_kind, id) => names.get(id) ?? null,
  };
}
