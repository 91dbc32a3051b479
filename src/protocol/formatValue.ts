/**
 * One value formatted for people, by what it means rather than by its JavaScript type: money in
 * the shop's currency with two decimals, shares as percentages, counts as integers, days as days,
 * dates in the local time zone. The data keep full precision; only the display rounds.
 */
import { localeOf, type DisplayLanguage } from './displayLanguage';
import { categoryLabel } from './categoryLabels';

/**
 * What a column or a figure means, as the analytics declare it (never guessed from the values):
 * `money` in the shop's currency; `percent` a share in [0, 1] shown ×100; `count` an integer;
 * `days` a duration in days; `date` a point in time; `number` any other number; `text` as is;
 * `label` a fixed category code of the analytics ('at risk', 'positive'), shown in the display
 * language while the value stays the code (categoryLabels.ts).
 */
export type ValueFormat = 'money' | 'percent' | 'count' | 'days' | 'date' | 'number' | 'text' | 'label';

/** How to format: the display language and the shop's ISO 4217 currency code (if known). */
export interface FormatOptions {
  language?: DisplayLanguage;
  /** ISO 4217 code, e.g. 'USD', 'CNY', 'EUR'. Without one, money shows 2 decimals and no symbol. */
  currency?: string;
  /** Decimals for `number` and `percent` (default 2 for number, 3 significant digits below 1; 1 for percent). */
  digits?: number;
  /** IANA time zone for dates (default: the local one). */
  timeZone?: string;
}

const missing = (x: unknown): boolean => x === null || x === undefined || (typeof x === 'number' && Number.isNaN(x));

/**
 * A value as text for a reader. Missing values are '—' (never a misleading 0).
 * @example formatValue(2612.7300000000005, 'money', { currency: 'USD' }) // → '$2,612.73'
 * @example formatValue(0.0955, 'percent') // → '9.6%'
 * @example formatValue(1234.5, 'money', { language: 'zh-cn', currency: 'CNY' }) // → '¥1,234.50'
 * @example formatValue('at risk', 'label', { language: 'zh-cn' }) // → '有流失风险'
 */
export function formatValue(x: unknown, format: ValueFormat, options: FormatOptions = {}): string {
  if (missing(x)) return '—';
  const locale = localeOf(options.language ?? 'en');
  if (format === 'date') return formatDate(x, locale, options.timeZone);
  if (format === 'label') return categoryLabel(String(x), options.language);
  if (typeof x !== 'number') return String(x);
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const fixed = (digits: number): Intl.NumberFormatOptions => ({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  switch (format) {
    case 'money':
      return options.currency && isCurrencyCode(options.currency)
        ? new Intl.NumberFormat(locale, { style: 'currency', currency: options.currency, ...fixed(2) }).format(x)
        : new Intl.NumberFormat(locale, fixed(2)).format(x);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', ...fixed(options.digits ?? 1) }).format(x);
    case 'count':
      return new Intl.NumberFormat(locale, fixed(0)).format(x);
    case 'days': {
      const n = new Intl.NumberFormat(locale, { maximumFractionDigits: Number.isInteger(x) ? 0 : 1 }).format(x);
      if (options.language === 'zh-cn') return `${n} 天`;
      return `${n} ${Math.abs(x) === 1 ? 'day' : 'days'}`;
    }
    case 'text':
      return String(x);
    case 'number':
      // Without `digits`: two decimals, or three significant digits below 1 (a p-value, a silhouette).
      return new Intl.NumberFormat(
        locale,
        options.digits === undefined && x !== 0 && Math.abs(x) < 1
          ? { maximumSignificantDigits: 3 }
          : { maximumFractionDigits: options.digits ?? 2 },
      ).format(x);
  }
}

function isCurrencyCode(code: string): boolean {
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
    return /^[A-Z]{3}$/.test(code);
  } catch {
    return false;
  }
}

/**
 * A calendar date (stored as midnight UTC, as the analytics store date-only values) shows as that
 * date in every time zone; a point in time shows its date and time in the local (or given) zone.
 */
function formatDate(x: unknown, locale: string, timeZone: string | undefined): string {
  const date = x instanceof Date ? x : new Date(x as string | number);
  if (Number.isNaN(date.getTime())) return String(x);
  const calendarDay = date.getTime() % 86_400_000 === 0;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(calendarDay ? { timeZone: 'UTC' } : { hour: '2-digit', minute: '2-digit', timeZone }),
  }).format(date);
}

/**
 * A number without the noise of binary floating point (2612.7300000000005 → 2612.73), for JSON
 * and other displays of raw values: 12 significant digits, integers as they are. Only for
 * display; the data keep full precision.
 * @example tidyNumber(0.1 + 0.2) // → 0.3
 */
export function tidyNumber(x: number): number {
  return Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}
