/**
 * Reading a period label back ("2024-03", "2024-Q1", "week of 2024-01-01", "2024-01-05", "2024"),
 * so a series can be extended with the labels of the periods that follow it.
 */
import { DAY_MS, periodIndex, periodLabel, type Period } from './dates';

export function periodIndexFromLabel(label: string): { index: number; period: Period; label: (index: number) => string } | null {
  const of = (period: Period, index: number) => ({ index, period, label: (i: number) => periodLabel(i, period) });
  let m: RegExpMatchArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(label))) return of('month', (Number(m[1]) - 1970) * 12 + Number(m[2]) - 1);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(label))) return of('quarter', (Number(m[1]) - 1970) * 4 + Number(m[2]) - 1);
  if ((m = /^(\d{4})$/.exec(label))) return of('year', Number(m[1]) - 1970);
  if ((m = /^(week of )?(\d{4}-\d{2}-\d{2})$/.exec(label))) {
    const day = Date.parse(m[2]) / DAY_MS;
    if (!Number.isFinite(day)) return null;
    return m[1] ? of('week', periodIndex(day, 'week')) : of('day', day);
  }
  return null;
}
