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
  s = s.replace(/[\s\u00a0']/g, '').replace(/^[A-Za-z]{3}(?=[-\d.,])|[A-Za-z]{3}$/g, '').replace(/[$€£¥￥₹₩₽元]/g, '');
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
const SLASH = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
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
  return utc(digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3), digit(s, 5) * 10 + digit(s, 6), digit(s, 8) * 10 + digit(s, 9));
}

/**
 * Epoch milliseconds of a date cell, or NaN. Date-only values are midnight UTC; an explicit
 * offset is honoured; a time without offset is read as UTC. `order` settles "05/01/2024".
 * @example parseDate('2024-01-05') // → Date.UTC(2024, 0, 5)
 * @example parseDate('05/01/2024', 'dmy') // → Date.UTC(2024, 0, 5)
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
    const base = utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms);
    const tz = m[8];
    if (!tz || /^(Z|UTC)$/i.test(tz)) return base;
    const o = /([+-])(\d{2}):?(\d{2})/.exec(tz)!;
    return base - (o[1] === '-' ? -1 : 1) * (+o[2] * 60 + +o[3]) * 60_000;
  }
  if ((m = YMD_SLASH.exec(s))) return utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if ((m = CJK.exec(s))) return utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if ((m = COMPACT.exec(s))) return utc(+m[1], +m[2], +m[3]);
  if ((m = SLASH.exec(s))) {
    const [a, b] = [+m[1], +m[2]];
    const [month, day] = order === 'dmy' ? [b, a] : [a, b];
    return utc(+m[3], month, day, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
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
