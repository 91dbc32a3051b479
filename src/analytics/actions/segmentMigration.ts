/**
 * What changed between two segmentations: who moved from which segment to which.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';
import { SEGMENTS, segmentName, type Language } from '../segments/index';
import { joinContacts } from './joinContacts';
import { MIGRATION_WORDS } from './migrationWords';

export interface SegmentMigrationOptions {
  /** Contact details to join onto `movers` (pass `tx.customers` from prepareTransactions). */
  contacts: TableInput | undefined;
  /** The customer id column of both tables (default `customerId`). */
  idColumn: string;
  /** The segment column of both tables (default `segment`). */
  segmentColumn: string;
  /** The language of the summary: 'en' (default) or 'zh-cn'. */
  language: Language;
}

export interface SegmentMigration {
  /** One row per (from, to) pair with customers: from, to, customers; `new` and `gone` included. */
  table: ColumnTable;
  /** Customers whose segment changed (or who are new or gone): customerId, from, to, then the after table's revenue and contacts when present. */
  movers: ColumnTable;
  /** Counts: customers in either table, stayed in the same segment, moved, new, gone. */
  counts: { customers: number; stayed: number; moved: number; new: number; gone: number };
  /** One sentence on what matters most, e.g. "14 customers left Champions; 9 of them are now At Risk" (in zh-cn "14 位客户离开了冠军客户；其中 9 位现在是流失风险"). */
  summary: string;
}

const DEFAULTS: SegmentMigrationOptions = { contacts: undefined, idColumn: 'customerId', segmentColumn: 'segment', language: 'en' };
export const NEW = 'new';
export const GONE = 'gone';

/** Segments whose losses matter most, best first (English and Chinese names). */
const PRIORITY = SEGMENTS.flatMap((s) => [s, segmentName(s, 'zh-cn')]);
const priority = (s: string) => {
  const i = PRIORITY.indexOf(s);
  return i < 0 ? PRIORITY.length : Math.floor(i / 2);
};

/**
 * Compares two segmentations of the same customers, e.g. last month's and this month's RFM:
 * each customer's segment `before` and `after`. Customers missing from `before` come `from: 'new'`;
 * customers missing from `after` go `to: 'gone'`.
 *
 * The summary names the segment that lost the most customers among the best segments (in the
 * order of the RFM grid: Champions, Loyal Customers, …) — a loss from Champions is told before a
 * bigger one from Hibernating when both exist with at least a tenth of the largest loss — and
 * where most of them went.
 * @param before e.g. `crm.rfm(tx, { asOf: '2024-11-30' })` or last month's saved scores (`load('scores-2024-11.csv')`)
 * @param after e.g. `crm.rfm(tx, { asOf: '2024-12-31' })`
 * @param options `{ contacts, idColumn = 'customerId', segmentColumn = 'segment', language = 'en' }` (language: of the summary)
 * @returns `{ table, movers, counts, summary }`
 * @throws when a table lacks the id or segment column, or an id appears twice in one table
 * @example
 * const m = crm.segmentMigration(crm.rfm(tx, { asOf: '2024-11-30' }), crm.rfm(tx, { asOf: '2024-12-31' }));
 * m.summary // → '14 customers left Champions; 9 of them are now At Risk'
 */
export function segmentMigration(before: TableInput, after: TableInput, options: Partial<SegmentMigrationOptions> = {}): SegmentMigration {
  const fn = 'segmentMigration';
  const opts = resolveOptions(fn, DEFAULTS, options);
  const segmentsOf = (input: TableInput, what: string) => {
    const t = asTable(fn, input, what);
    const ids = columnValues(fn, t, opts.idColumn);
    const segs = columnValues(fn, t, opts.segmentColumn);
    const map = new Map<string, string>();
    ids.forEach((id, i) => {
      const k = String(id);
      if (map.has(k)) throw analyticsError(fn, `customer "${k}" appears twice in ${what}; pass one row per customer (an rfm result)`);
      map.set(k, segs[i] === null || segs[i] === undefined ? '(none)' : String(segs[i]));
    });
    return { t, map };
  };
  const b = segmentsOf(before, 'before');
  const a = segmentsOf(after, 'after');
  const pairs = new Map<string, { from: string; to: string; customers: number }>();
  const movers: { customerId: string; from: string; to: string }[] = [];
  const counts = { customers: 0, stayed: 0, moved: 0, new: 0, gone: 0 };
  const add = (id: string, from: string, to: string) => {
    const key = `${from}\u0000${to}`;
    const p = pairs.get(key) ?? pairs.set(key, { from, to, customers: 0 }).get(key)!;
    p.customers++;
    counts.customers++;
    if (from === NEW) counts.new++;
    else if (to === GONE) counts.gone++;
    else if (from === to) counts.stayed++;
    else counts.moved++;
    if (from !== to) movers.push({ customerId: id, from, to });
  };
  for (const [id, from] of b.map) add(id, from, a.map.get(id) ?? GONE);
  for (const [id, to] of a.map) if (!b.map.has(id)) add(id, NEW, to);

  const order = (s: string) => (s === NEW ? -1 : s === GONE ? PRIORITY.length + 1 : priority(s));
  const table = aq.from(
    [...pairs.values()].sort((x, y) => order(x.from) - order(y.from) || y.customers - x.customers || order(x.to) - order(y.to)),
  );
  movers.sort((x, y) => order(x.from) - order(y.from) || order(x.to) - order(y.to) || x.customerId.localeCompare(y.customerId));
  let moverTable = aq.from(movers.length ? movers : [{ customerId: '', from: '', to: '' }]);
  if (!movers.length) moverTable = moverTable.slice(0, 0);
  const revenueColumn = revenueOf(a.t);
  const revenue = revenueColumn ? joinColumn(a.t, opts.idColumn, revenueColumn, movers) : undefined;
  if (revenue) moverTable = moverTable.assign(aq.table({ revenue }));
  if (opts.contacts !== undefined) moverTable = joinContacts(moverTable, opts.contacts, 'customerId');
  return { table, movers: moverTable, counts, summary: summarize([...pairs.values()], counts, opts.language) };
}

/** The column holding each customer's revenue: `revenue`, or an rfm table's `monetary` (rfm adds `revenue` only when monetary is a mean). */
function revenueOf(t: ColumnTable): string | undefined {
  const names = t.columnNames();
  if (names.includes('revenue')) return 'revenue';
  return names.includes('rfm') && names.includes('monetary') ? 'monetary' : undefined;
}

function joinColumn(t: ColumnTable, idColumn: string, column: string, movers: { customerId: string }[]): unknown[] {
  const ids = t.array(idColumn) as ArrayLike<unknown>;
  const values = t.array(column) as ArrayLike<unknown>;
  const at = new Map<string, unknown>();
  for (let i = 0; i < ids.length; i++) at.set(String(ids[i]), values[i]);
  return movers.map((m) => at.get(m.customerId) ?? null);
}

function summarize(
  pairs: { from: string; to: string; customers: number }[],
  counts: SegmentMigration['counts'],
  language: Language,
): string {
  const say = MIGRATION_WORDS[language === 'zh-cn' ? 'zh-cn' : 'en'];
  const left = new Map<string, number>();
  for (const p of pairs) if (p.from !== p.to && p.from !== NEW) left.set(p.from, (left.get(p.from) ?? 0) + p.customers);
  if (!left.size) return say.nobodyMoved(counts.customers, counts.new);
  const largest = Math.max(...left.values());
  const [from, n] = [...left.entries()]
    .filter(([, k]) => k >= largest / 10)
    .sort((x, y) => priority(x[0]) - priority(y[0]) || y[1] - x[1])[0];
  const top = pairs.filter((p) => p.from === from && p.to !== from).sort((x, y) => y.customers - x.customers)[0];
  return say.left(n, say.segment(from), top.customers, top.to === GONE ? undefined : say.segment(top.to));
}
