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
