/**
 * Dates in the analytics: instants as epoch milliseconds; calendar days in UTC
 * (a date-only value "2024-01-05" is midnight UTC, so days never shift with the time zone).
 */
export declare const DAY_MS = 86400000;
/** The UTC calendar day of an instant, as a day number since 1970-01-01. */
export declare function dayNumber(ms: number): number;
/** "2024-01-05" for a day number. */
export declare function dayLabel(day: number): string;
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** The index of a day's period (months since 1970-01, ISO weeks since a Monday, …). */
export declare function periodIndex(day: number, period: Period): number;
/** A readable label for a period index: 2024-01-05, 2024-W01 (the Monday's date), 2024-01, 2024-Q1, 2024. */
export declare function periodLabel(index: number, period: Period): string;
/** Epoch ms of a Date, an ISO string or a number; NaN when it is none of those. */
export declare function toMillis(v: unknown): number;
/** The first day of a period index (the inverse of {@link periodIndex} at a period's start). */
export declare function periodStartDay(index: number, period: Period): number;
export declare const PERIODS: readonly Period[];
