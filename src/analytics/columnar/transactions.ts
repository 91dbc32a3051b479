/**
 * Reads prepared transactions into typed arrays, once, for the one-pass kernels of the
 * analytics (a Map from customer to index and flat arrays: no per-row objects). Arquero tables
 * are immutable, so the arrays are kept per table: several analyses of the same table (as Quick
 * Metrics runs) read it once.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { CodedColumn, DateColumn, rawColumn } from './columns';
import { DAY_MS, dayNumber, toMillis } from './dates';
import { asTable, groupIndex, requireColumns, type TableInput } from './tableInput';

export interface TransactionArrays {
  n: number;
  /** Customer keys in first-seen order, and each row's customer index. */
  customers: string[];
  customer: Int32Array;
  /** UTC day number of each row. */
  day: Int32Array;
  amount: Float64Array;
  table: ColumnTable;
}

const HINT = 'Run crm.prepareTransactions(table) first: it finds these columns in common exports';

const read = new WeakMap<ColumnTable, TransactionArrays>();

/** The arrays of a transactions table (read once per table; callers must not change them). */
export function readTransactions(fn: string, input: TableInput): TransactionArrays {
  const table = asTable(fn, input, 'transactions');
  const cached = read.get(table);
  if (cached) return cached;
  requireColumns(fn, table, ['customerId', 'orderDate', 'amount'], HINT);
  const arrays = typedTransactions(table) ?? readValues(fn, table);
  read.set(table, arrays);
  return arrays;
}

/**
 * The typed columns of `prepareTransactions`' output, read without boxing a value: customer codes
 * renumbered in first-seen order, days from milliseconds. Undefined for any other table.
 */
function typedTransactions(table: ColumnTable): TransactionArrays | undefined {
  const ids = rawColumn(table, 'customerId');
  const dates = rawColumn(table, 'orderDate');
  const amount = rawColumn(table, 'amount');
  if (!(ids instanceof CodedColumn && ids.canonical && dates instanceof DateColumn && amount instanceof Float64Array)) return undefined;
  const n = table.numRows();
  const day = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = dates.ms[i];
    if (ids.codes[i] < 0 || t !== t || !Number.isFinite(amount[i])) return undefined; // the general path names the row
    day[i] = Math.floor(t / DAY_MS);
  }
  const customer = ids.codes.slice();
  const customers = renumberFirstSeen(customer, ids.size, (code) => ids.value(code) as string);
  return { n, customers, customer, day, amount, table };
}

/**
 * Renumbers codes 0 … size − 1 (none negative) in place in the order they first appear, and
 * returns the text of each new number: the customers of a {@link TransactionArrays}.
 * @example renumberFirstSeen(Int32Array.of(5, 2, 5), 6, String) // codes become [0, 1, 0]; → ['5', '2']
 */
export function renumberFirstSeen(codes: Int32Array, size: number, text: (code: number) => string): string[] {
  const renumber = new Int32Array(size).fill(-1);
  const texts: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (renumber[code] < 0) {
      renumber[code] = texts.length;
      texts.push(text(code));
    }
    codes[i] = renumber[code];
  }
  return texts;
}

function readValues(fn: string, table: ColumnTable): TransactionArrays {
  const n = table.numRows();
  const ids = table.array('customerId') as ArrayLike<unknown>;
  const { keys, group } = groupIndex(n, (i) => String(ids[i]));
  const dates = table.array('orderDate') as ArrayLike<unknown>;
  const amounts = table.array('amount') as ArrayLike<unknown>;
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = toMillis(dates[i]);
    if (!Number.isFinite(t)) throw analyticsError(fn, `orderDate of row ${i + 1} is not a date (${String(dates[i])}). ${HINT}`);
    day[i] = dayNumber(t);
    const a = amounts[i];
    if (typeof a !== 'number' || !Number.isFinite(a))
      throw analyticsError(fn, `amount of row ${i + 1} is not a number (${String(a)}). ${HINT}`);
    amount[i] = a;
  }
  return { n, customers: keys, customer: group, day, amount, table };
}

/** Records the arrays of a table built from them (prepareTransactions), so readTransactions need not read it back. */
export function rememberTransactions(arrays: TransactionArrays): void {
  read.set(arrays.table, arrays);
}

/** The latest day in the data, or the given asOf day. */
export function asOfDay(fn: string, tx: TransactionArrays, asOf: Date | string | undefined): number {
  if (asOf !== undefined) {
    const t = toMillis(asOf);
    if (!Number.isFinite(t)) throw analyticsError(fn, `asOf must be a date, not ${String(asOf)}`);
    return dayNumber(t);
  }
  if (tx.n === 0) throw analyticsError(fn, 'needs at least one transaction');
  let max = -Infinity;
  for (let i = 0; i < tx.n; i++) if (tx.day[i] > max) max = tx.day[i];
  return max;
}
