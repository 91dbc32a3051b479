/**
 * NPS × value: survey answers joined to the customers' segments or CLV deciles.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';
import { SEGMENTS, segmentName } from '../segments/index';
import { rowsOf } from './npsBy';

export interface NpsByCustomersOptions {
  /** 'segment' (default), 'clvDecile' (deciles of the customers' `clv`, 10 = most valuable) or any column of `customers`. */
  by: string;
  /** One row per customer: `customerId` and the `by` column (e.g. `crm.rfm(tx)`, `crm.predictClv(…)`). */
  customers: TableInput;
  /** The responses' customer id column (default: `customerId` if present, else `respondentId`). */
  idColumn: string | undefined;
  /** Confidence of the intervals and margins of error (default 0.95). */
  confidence: number;
  scoreColumn: string;
  /** The value column for `clvDecile` (default `clv`). */
  valueColumn: string;
}

const DEFAULTS: NpsByCustomersOptions = {
  by: 'segment',
  customers: [],
  idColumn: undefined,
  confidence: 0.95,
  scoreColumn: 'score',
  valueColumn: 'clv',
};
const UNMATCHED = '(not a customer)';

/**
 * NPS with its interval and margin of error (`moe`, half the interval's width, in NPS points) for
 * each segment or CLV decile. Each answer is matched to its customer by id; answers whose id is
 * not among `customers` form the group "(not a customer)". Segments come in the RFM grid's order
 * (Champions first), deciles from 10 (most valuable) down, other groups largest first.
 * Margins of error follow {@link nps} (Wald interval on the trinomial; spec §9).
 * @param responses survey answers (from prepareResponses) with a customer id and a score
 * @param options `{ by = 'segment' | 'clvDecile' | column, customers, idColumn, confidence = 0.95, valueColumn = 'clv' }`
 * @returns a table: group, n, nps, ciLow, ciHigh, moe, promoters, passives, detractors
 * @throws when a column is missing
 * @example crm.npsBy(survey.table, { by: 'segment', customers: crm.rfm(tx) }).objects()[0]
 * // → { group: 'Champions', n: 42, nps: 52.4, ciLow: 31.9, ciHigh: 72.9, moe: 20.5, … }
 */
export function npsByCustomers(responses: TableInput, options: Partial<NpsByCustomersOptions> & { customers: TableInput }): ColumnTable {
  const fn = 'npsBy';
  const o = resolveOptions(fn, DEFAULTS, options);
  const r = asTable(fn, responses, 'responses');
  const c = asTable(fn, o.customers, 'customers');
  const idColumn = o.idColumn ?? (r.columnNames().includes('customerId') ? 'customerId' : 'respondentId');
  const ids = columnValues(fn, r, idColumn);
  const scores = columnValues(fn, r, o.scoreColumn);
  const cid = columnValues(fn, c, 'customerId');
  let groupOf: unknown[];
  if (o.by === 'clvDecile') groupOf = deciles(columnValues(fn, c, o.valueColumn).map(Number));
  else groupOf = columnValues(fn, c, o.by);
  const at = new Map<string, unknown>();
  cid.forEach((id, i) => at.set(String(id), groupOf[i]));
  const groups = new Map<string, unknown[]>();
  ids.forEach((id, i) => {
    const g = id === null || id === undefined ? undefined : at.get(String(id));
    const key = g === undefined || g === null || g === '' ? UNMATCHED : o.by === 'clvDecile' ? `decile ${g}` : String(g);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(scores[i]);
  });
  if (!groups.size) throw analyticsError(fn, 'no answers to group');
  const order = (k: string) => {
    if (k === UNMATCHED) return 1e6;
    const d = /^decile (\d+)$/.exec(k);
    if (d) return 10 - Number(d[1]);
    const s = SEGMENTS.findIndex((x) => x === k || segmentName(x, 'zh-cn') === k);
    return s >= 0 ? s : SEGMENTS.length; // other groups: largest first
  };
  const sorted = [...groups.entries()].sort((a, b) => order(a[0]) - order(b[0]) || b[1].length - a[1].length);
  return rowsOf(new Map(sorted), o.confidence, 'group', String, true);
}

/** Decile 1–10 of each value (10 = highest), by rank; missing values get null. */
function deciles(values: number[]): (number | null)[] {
  const idx = values
    .map((v, i) => [v, i] as const)
    .filter(([v]) => Number.isFinite(v))
    .sort((a, b) => a[0] - b[0]);
  const out: (number | null)[] = values.map(() => null);
  idx.forEach(([, i], rank) => (out[i] = Math.floor((rank * 10) / idx.length) + 1));
  return out;
}
