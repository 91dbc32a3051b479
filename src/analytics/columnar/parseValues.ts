/**
 * Parsing the values found in shop exports: amounts such as "$1,234.50", "1.234,50 €", "¥120",
 * "(12.00)" and dates such as "2024-01-05", "2024-01-05 13:45:00 +0100", "05/01/2024",
 * "2024年1月5日", Date objects and epoch numbers.
 */

/**
 * A number from an amount cell, or NaN.
 * @example parseAmount('$1,234.50') // → 1234.5
 * @example parseAmount('1.234,50 €') // → 1234.5
 * @example parseAmount('(12.00)') // → -12
 */
export function parseAmount(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'string') return NaN;
  let s = v.trim();
  if (s === '') return NaN;
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1);
  }
  s = s
    .replace(/[\s\u00a0']/g, '')
    .replace(/^[A-Za-z]{3}(?=[-\d.,])|[A-Za-z]{3}$/g, '')
    .replace(/[$€£¥￥₹₩₽元]/g, '');
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    sign = -sign;
    s = s.slice(0, -1);
  }
  if (!/^[\d.,]+$/.test(s)) return NaN;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // The later separator is the decimal one.
    s = lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    const parts = s.split(',');
    // "12,50" is a decimal comma; "1,234" and "1,234,567" are thousands.
    s = parts.length === 2 && parts[1].length !== 3 ? parts.join('.') : parts.join('');
  } else if ((s.match(/\./g) ?? []).length > 1) {
    s = s.replace(/\./g, ''); // "1.234.567"
  }
  const n = Number(s);
  return Number.isFinite(n) ? sign * n : NaN;
}

export type DayOrder = 'mdy' | 'dmy';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?)?$/i;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:,?[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CJK = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:时](\d{2})(?:[:分](\d{2}))?秒?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function utc(y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return NaN;
  const t = Date.UTC(y, m - 1, d, h, mi, s, ms);
  return new Date(t).getUTCDate() === d ? t : NaN; // rejects 2024-02-31
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Fast path for "YYYY-MM-DD" exactly (the common case in exports): no regex, no allocation. */
function isoDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  let ok = true;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (digit(s, i) < 0 || digit(s, i) > 9) ok = false;
  if (!ok) return NaN;
  return utc(
    digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3),
    digit(s, 5) * 10 + digit(s, 6),
    digit(s, 8) * 10 + digit(s, 9),
  );
}

/** A two-digit year as exports write it (Etsy's MM/DD/YY): 00–69 → 2000s, 70–99 → 1900s. */
const fullYear = (y: string) => (y.length === 2 ? (+y < 70 ? 2000 + +y : 1900 + +y) : +y);

/**
 * Epoch milliseconds of a date cell, or NaN. The analytics count calendar days as the shop wrote
 * them: date-only values are midnight UTC, and a time is read as written, on the UTC clock, with
 * any offset ignored ("2025-10-07 23:50 +0200" is 7 October, the shop's local day, not the UTC
 * day). `order` settles slash dates like "05/01/2024"; dotted dates ("05.03.2024") are always
 * day-first; two-digit years (MM/DD/YY) are 2000–2069 or 1970–1999.
 * @example parseDate('2024-01-05') // → Date.UTC(2024, 0, 5)
 * @example parseDate('05/01/2024', 'dmy') // → Date.UTC(2024, 0, 5)
 * @example parseDate('2025-10-07 23:50:00 +0200') // → Date.UTC(2025, 9, 7, 23, 50)
 */
export function parseDate(v: unknown, order: DayOrder = 'mdy'): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return Number.isFinite(v) ? (v < 1e11 ? v * 1000 : v) : NaN; // seconds or ms
  if (typeof v !== 'string') return NaN;
  const fast = isoDay(v);
  if (fast === fast) return fast; // not NaN
  const s = v.trim();
  let m = ISO.exec(s);
  if (m) {
    const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    return utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms); // the offset (m[8]) is not applied
  }
  if ((m = YMD_SLASH.exec(s))) return utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if ((m = CJK.exec(s))) return utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if ((m = COMPACT.exec(s))) return utc(+m[1], +m[2], +m[3]);
  if ((m = DOTTED.exec(s))) return utc(+m[3], +m[2], +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if ((m = SLASH.exec(s))) {
    const [a, b] = [+m[1], +m[2]];
    const [month, day] = order === 'dmy' ? [b, a] : [a, b];
    return utc(fullYear(m[3]), month, day, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  const t = Date.parse(s); // e.g. "Jan 5, 2024" or RFC 2822
  return /[a-z]{3}/i.test(s) ? t : NaN;
}

/** Decides day/month order for a column of slash dates: dmy if any first part exceeds 12, else mdy. */
export function detectDayOrder(values: ArrayLike<unknown>, limit = 5000): DayOrder {
  for (let i = 0; i < Math.min(values.length, limit); i++) {
    const v = values[i];
    const m = typeof v === 'string' ? SLASH.exec(v.trim()) : null;
    if (m && +m[1] > 12) return 'dmy';
  }
  return 'mdy';
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included), 25 569 days before 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25_569;
const SERIAL_MIN = 20_000; // 1954-10-03
const SERIAL_MAX = 80_000; // 2119-01-10

/**
 * Whether a date column holds Excel serial day numbers (45356 is 2024-03-05): decided on the whole
 * column, true when every non-empty value is a number (or numeric text) between 20 000 and 80 000.
 * @example isExcelSerialColumn([45356, '45357.5', '']) // → true
 */
export function isExcelSerialColumn(values: ArrayLike<unknown>, limit = 5000): boolean {
  let seen = 0;
  for (let i = 0; i < Math.min(values.length, limit); i++) {
    const v = values[i];
    if (v === null || v === undefined || v === '') continue;
    const x = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
    if (!(x >= SERIAL_MIN && x <= SERIAL_MAX)) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * Epoch milliseconds of an Excel serial date (the fraction is the time of day), or NaN.
 * @example excelSerialDate(45356) // → Date.UTC(2024, 2, 5)
 */
export function excelSerialDate(v: unknown): number {
  const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return x >= SERIAL_MIN && x <= SERIAL_MAX ? Math.round((x - EXCEL_EPOCH_DAYS) * 86_400_000) : NaN;
}

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
};

/**
 * The currency written in an amount cell, as an ISO code ('' when none): a symbol ($ → USD,
 * € → EUR, £ → GBP, ¥/￥/元 → CNY, ₹, ₩, ₽) or a three-letter code before or after the number.
 * @example amountCurrency('€30') // → 'EUR'
 * @example amountCurrency('12.00 usd') // → 'USD'
 */
export function amountCurrency(v: unknown): string {
  if (typeof v !== 'string') return '';
  const s = v.trim();
  const sym = /US\$|[$€£¥￥元₹₩₽]/.exec(s);
  if (sym) return SYMBOLS[sym[0]];
  const code = /^([A-Za-z]{3})\s*[-\d.,(]|[\d.,)]\s*([A-Za-z]{3})$/.exec(s);
  return code ? (code[1] ?? code[2]).toUpperCase() : '';
}
