// Dates and numbers in the reader's language (Intl does the work).

export function formatDateTime(iso: string | number | Date, lng: string): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string, lng: string): string {
  if (!iso) return '';
  // A bare date (YYYY-MM-DD) is a calendar day, not an instant: format it in UTC.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: /T/.test(iso) ? undefined : 'UTC' }).format(date);
}

export function formatMonth(month: string, lng: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  return new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

export function formatTime(ms: number, lng: string): string {
  return new Intl.DateTimeFormat(lng, { timeStyle: 'short' }).format(new Date(ms));
}

export function formatNumber(n: number | null, lng: string, options?: Intl.NumberFormatOptions): string {
  return n === null ? '' : new Intl.NumberFormat(lng, options).format(n);
}

/** Money with its cents, always: "7 200,50 €", "€7,200.50". */
export function formatAmount(amount: number, currency: string, lng: string): string {
  return formatNumber(amount, lng, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function countryName(code: string, lng: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([lng], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in the reader's language ("Latvian", "łotewski"). */
export function languageName(code: string, lng: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** How long ago `iso` was, in whole days, in the reader's language ("yesterday", "3 days ago", "today"). */
export function formatDaysAgo(iso: string, lng: string, now = Date.now()): string {
  const days = Math.floor((now - Date.parse(iso)) / 86_400_000);
  return new Intl.RelativeTimeFormat(lng, { numeric: 'auto' }).format(-Math.max(0, days), 'day');
}
