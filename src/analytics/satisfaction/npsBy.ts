/**
 * NPS per group and per period.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { dayNumber, periodIndex, periodLabel, toMillis, type Period } from '../columnar/dates';
import { resolveOptions } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';
import { npsCounts, npsFromCounts } from './nps';
import { npsByCustomers, type NpsByCustomersOptions } from './npsByCustomers';

/** One row of NPS per group (with `moe`, the margin of error, when asked). */
export function rowsOf(
  groups: Map<string | number, unknown[]>,
  confidence: number,
  labelName: string,
  label: (k: string | number) => string,
  withMoe = false,
): ColumnTable {
  return aq.from(
    [...groups.entries()].map(([k, scores]) => {
      const c = npsCounts(scores);
      const r = npsFromCounts(c.promoters, c.passives, c.detractors, c.excluded, confidence);
      return {
        [labelName]: label(k),
        n: r.n,
        nps: r.nps,
        ciLow: r.ci?.[0] ?? null,
        ciHigh: r.ci?.[1] ?? null,
        ...(withMoe ? { moe: r.moe } : {}),
        promoters: r.promoters,
        passives: r.passives,
        detractors: r.detractors,
      };
    }),
  );
}

/**
 * NPS with its interval for each value of a column (e.g. plan, country, channel), or — with
 * `{ by, customers }` — for each segment or CLV decile of the customers who answered
 * (see {@link npsByCustomers}).
 * @param responses a table with a `score` column (from {@link prepareResponses})
 * @param column the grouping column, or `{ by: 'segment' | 'clvDecile' | column, customers }`
 * @example crm.npsBy(responses, 'plan').objects() // → [{ group: 'Pro', n: 120, nps: 41.7, ciLow: 29.1, ciHigh: 54.2, … }, …]
 * @example crm.npsBy(responses, { by: 'segment', customers: crm.rfm(tx) }) // → NPS of Champions vs At Risk, with `moe`
 */
export function npsBy(
  responses: TableInput,
  column: string | (Partial<NpsByCustomersOptions> & { customers: TableInput }),
  options: Partial<{ confidence: number; scoreColumn: string }> = {},
): ColumnTable {
  const fn = 'npsBy';
  if (column && typeof column === 'object') return npsByCustomers(responses, { ...options, ...column });
  const opts = resolveOptions(fn, { confidence: 0.95, scoreColumn: 'score' }, options);
  const t = asTable(fn, responses, 'responses');
  const keys = columnValues(fn, t, column);
  const scores = columnValues(fn, t, opts.scoreColumn);
  const groups = new Map<string | number, unknown[]>();
  keys.forEach((k, i) => {
    const key = k === null || k === undefined || k === '' ? '(none)' : String(k);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(scores[i]);
  });
  return rowsOf(new Map([...groups.entries()].sort((a, b) => b[1].length - a[1].length)), opts.confidence, 'group', String);
}

/**
 * NPS with its interval per calendar period (month by default), oldest first. Responses without
 * a date are left out.
 * @param responses a table with `date` and `score` columns (from {@link prepareResponses})
 * @param options `{ period = 'month' | 'week' | 'quarter' | 'year', confidence = 0.95 }`
 * @example crm.npsTrend(responses).objects()[0] // → { period: '2024-01', n: 84, nps: 27.4, ciLow: 11.2, ciHigh: 43.6, … }
 */
export function npsTrend(
  responses: TableInput,
  options: Partial<{ period: Period; confidence: number; dateColumn: string; scoreColumn: string }> = {},
): ColumnTable {
  const fn = 'npsTrend';
  const defaults: { period: Period; confidence: number; dateColumn: string; scoreColumn: string } = {
    period: 'month',
    confidence: 0.95,
    dateColumn: 'date',
    scoreColumn: 'score',
  };
  const opts = resolveOptions(fn, defaults, options);
  if (!['day', 'week', 'month', 'quarter', 'year'].includes(opts.period))
    throw analyticsError(fn, `period must be day, week, month, quarter or year, not ${String(opts.period)}`);
  const t = asTable(fn, responses, 'responses');
  const dates = columnValues(fn, t, opts.dateColumn);
  const scores = columnValues(fn, t, opts.scoreColumn);
  const groups = new Map<number, unknown[]>();
  dates.forEach((d, i) => {
    const ms = toMillis(d);
    if (!Number.isFinite(ms)) return;
    const k = periodIndex(dayNumber(ms), opts.period);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(scores[i]);
  });
  const sorted = new Map([...groups.entries()].sort((a, b) => a[0] - b[0]));
  return rowsOf(sorted, opts.confidence, 'period', (k) => periodLabel(k as number, opts.period));
}
