/** Reading a per-customer summary (frequency, recency, T, monetary value) for the models. */
import { analyticsError } from '../analyticsError';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';

export interface SummaryColumns {
  frequency: string;
  recency: string;
  T: string;
  monetaryValue: string;
}

export interface SummaryArrays {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  w: Float64Array;
  n: number;
}

const DEFAULT_COLUMNS: SummaryColumns = { frequency: 'frequency', recency: 'recency', T: 'T', monetaryValue: 'monetaryValue' };

export function summaryColumns(columns: Partial<SummaryColumns> = {}): SummaryColumns {
  return { ...DEFAULT_COLUMNS, ...columns };
}

function numbers(fn: string, values: unknown[], name: string): Float64Array {
  const out = new Float64Array(values.length);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw analyticsError(fn, `column "${name}" of row ${i + 1} is not a number (${String(v)})`);
    out[i] = v;
  });
  return out;
}

export function readSummary(fn: string, summary: TableInput, columns: Partial<SummaryColumns> = {}, weights?: string): SummaryArrays {
  const c = summaryColumns(columns);
  const t = asTable(fn, summary, 'a summary (crm.rfmSummary)');
  if (t.numRows() === 0) throw analyticsError(fn, 'the summary has no customers');
  const x = numbers(fn, columnValues(fn, t, c.frequency), c.frequency);
  const tx = numbers(fn, columnValues(fn, t, c.recency), c.recency);
  const T = numbers(fn, columnValues(fn, t, c.T), c.T);
  const w = weights ? numbers(fn, columnValues(fn, t, weights), weights) : new Float64Array(x.length).fill(1);
  return { x, tx, T, w, n: x.length };
}

export function readMonetary(fn: string, summary: TableInput, columns: Partial<SummaryColumns> = {}): { x: Float64Array; m: Float64Array } {
  const c = summaryColumns(columns);
  const t = asTable(fn, summary, 'a summary (crm.rfmSummary)');
  return {
    x: numbers(fn, columnValues(fn, t, c.frequency), c.frequency),
    m: numbers(fn, columnValues(fn, t, c.monetaryValue), c.monetaryValue),
  };
}
