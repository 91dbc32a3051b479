/**
 * The data-quality report of {@link prepareTransactions} and {@link prepareResponses}: what was
 * read, what was kept, and every dropped row with its reason and row number (1-based, counting
 * data rows; the file line is one more, for the header).
 */
export type DropReason =
  | 'missing id'
  | 'unparseable date'
  | 'non-numeric amount'
  | 'duplicate order id'
  | 'after asOf'
  | 'refund dropped'
  | 'future date'
  | 'other currency'
  // order rules: the order was not paid, or not kept (line-item exports count orders, not rows)
  | 'refunded'
  | 'cancelled'
  | 'awaiting payment'
  | 'voided'
  | 'failed'
  | 'closed'
  | 'unknown status'
  | 'excluded status'
  | 'missing score'
  | 'score out of range'
  | 'non-integer score';

export interface DroppedRow {
  /** 1-based data row number (the file line is row + 1 when the file has a header). */
  row: number;
  reason: DropReason;
  /** The offending value, as text. */
  value: string;
}

export interface DataQualityReport {
  /** Which input column became which output column. */
  mapping: Record<string, string>;
  rowsRead: number;
  rowsKept: number;
  dropped: DroppedRow[];
  /** Dropped rows counted by reason. */
  droppedByReason: Partial<Record<DropReason, number>>;
  /** Refunds (negative amounts) found, whether they were kept, and their total. */
  refunds?: { count: number; kept: boolean; total: number };
  /** Things worth knowing that are not errors (e.g. a guessed date order). */
  warnings: string[];
  /** The recognised export (e.g. 'shopify-orders', 'taobao'), when its headers were recognised. */
  platform?: string;
  /** The columns the order rules and contacts were read from (status, refund, currency, email, …). */
  ruleColumns?: Record<string, string>;
  /** The currency of the figures (ISO code as written or inferred from symbols), when one is written. */
  currency?: string;
  /** True when `currency` is the one the call's `currency` option named for a file with no currency column. */
  currencyGiven?: boolean;
  /** Rows of line-item exports merged into their order's first row (not drops: the order is one row). */
  lineItemsMerged?: number;
  /** Orders kept with a partial refund subtracted, and the refunds subtracted. */
  partialRefunds?: { count: number; total: number };
}

export function countReasons(dropped: DroppedRow[]): Partial<Record<DropReason, number>> {
  const out: Partial<Record<DropReason, number>> = {};
  for (const d of dropped) out[d.reason] = (out[d.reason] ?? 0) + 1;
  return out;
}

/** The mapping a report shows: each field and the column it was read from (fields not found left out). */
export function usedMapping(cols: object): Record<string, string> {
  const used: Record<string, string> = {};
  for (const [field, col] of Object.entries(cols)) if (typeof col === 'string' && col) used[field] = col;
  return used;
}
