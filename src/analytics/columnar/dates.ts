/**
 * Dates in the analytics: instants as epoch milliseconds; calendar days in UTC
 * (a date-only value "2024-01-05" is midnight UTC, so days never shift with the time zone).
 */
export const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, as a day number since 1970-01-01. */
export function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** "2024-01-05" for a day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The remainder of a division, never negative: periods before 1970 have negative indexes. */
const mod = (a: number, b: number) => ((a % b) + b) % b;

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The index of a day's period (months since 1970-01, ISO weeks since a Monday, …). */
export function periodIndex(day: number, period: Period): number {
  const d = new Date(day * DAY_MS);
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day + 3) / 7); // 1970-01-05 was a Monday: weeks start on Monday
    case 'month':
      return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
    case 'quarter':
      return (d.getUTCFullYear() - 1970) * 4 + Math.floor(d.getUTCMonth() / 3);
    case 'year':
      return d.getUTCFullYear() - 1970;
  }
}

/** A readable label for a period index: 2024-01-05, 2024-W01 (the Monday's date), 2024-01, 2024-Q1, 2024. */
export function periodLabel(index: number, period: Period): string {
  switch (period) {
    case 'day':
      return dayLabel(index);
    case 'week':
      return `week of ${dayLabel(index * 7 - 3)}`;
    case 'month':
      return `${1970 + Math.floor(index / 12)}-${String(mod(index, 12) + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${1970 + Math.floor(index / 4)}-Q${mod(index, 4) + 1}`;
    case 'year':
      return String(1970 + index);
  }
}

/** Epoch ms of a Date, an ISO string or a number; NaN when it is none of those. */
export function toMillis(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Date.parse(v);
  return NaN;
}

/** The first day of a period index (the inverse of {@link periodIndex} at a period's start). */
export function periodStartDay(index: number, period: Period): number {
  switch (period) {
    case 'day':
      return index;
    case 'week':
      return index * 7 - 3;
    case 'month':
      return Date.UTC(1970 + Math.floor(index / 12), mod(index, 12), 1) / DAY_MS;
    case 'quarter':
      return Date.UTC(1970 + Math.floor(index / 4), mod(index, 4) * 3, 1) / DAY_MS;
    case 'year':
      return Date.UTC(1970 + index, 0, 1) / DAY_MS;
  }
}

export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];
