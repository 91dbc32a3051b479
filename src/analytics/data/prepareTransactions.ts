/**
 * Turns a raw orders export into clean transactions: `customerId` (string), `orderId` (string,
 * when the export has one), `orderDate` (Date) and `amount` (number), plus a data-quality report.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { countReasons, type DataQualityReport, type DroppedRow, usedMapping } from './dataQualityReport';
import { detectColumns, TRANSACTION_SYNONYMS } from './columnDetection';
import { resolveOptions } from '../options';
import { detectDayOrder, parseAmount, parseDate, type DayOrder } from '../columnar/parseValues';
import { asTable, type TableInput } from '../columnar/tableInput';
import { dayNumber } from '../columnar/dates';
import { CodedColumn, DateColumn, rawColumn, type Column } from '../columnar/columns';
import { cellText, rowKeys, rowNumbers, type RowKeys } from '../columnar/rowValues';
import { rememberTransactions, renumberFirstSeen } from '../columnar/transactions';

/** Which input column holds each field; unnamed fields are detected from the headers. */
export interface TransactionMapping {
  customerId?: string;
  orderId?: string;
  orderDate?: string;
  amount?: string;
}

export interface PrepareTransactionsOptions {
  /** Keep refunds (negative amounts, default) or drop them; they are counted either way. */
  refunds: 'keep' | 'drop';
  /** Drop orders dated after this day (the whole day counts: orders at 23:59 on it are kept). */
  asOf: Date | string | undefined;
  /** Day/month order of slash dates like 05/01/2024 ('auto': dmy when a first part exceeds 12). */
  dayOrder: 'auto' | DayOrder;
}

const DEFAULTS: PrepareTransactionsOptions = { refunds: 'keep', asOf: undefined, dayOrder: 'auto' };

export interface PreparedTransactions {
  table: ColumnTable;
  report: DataQualityReport;
}

const REQUIRED = ['customerId', 'orderDate', 'amount'] as const;

interface RowInput {
  n: number;
  ids: RowKeys;
  times: Float64Array;
  amounts: Float64Array;
  orders: RowKeys | undefined;
  lastDay: number;
  dropRefunds: boolean;
  dateText: (row: number) => string;
  amountText: (row: number) => string;
}

/**
 * The row checks, in order, over typed arrays (a function of its own so that the engine optimises
 * this loop at once): the kept rows written as they are found, the dropped rows listed.
 */
function keepRows({ n, ids, times, amounts, orders, lastDay, dropRefunds, dateText, amountText }: RowInput) {
  const idKey = ids.key;
  const orderKey = orders ? orders.key : undefined;
  const seenOrder = new Uint8Array(orders ? orders.count : 0);
  // The kept rows, written as they are found (customers by their key, renumbered afterwards).
  const customer = new Int32Array(n);
  const outTime = new Float64Array(n);
  const outDay = new Int32Array(n);
  const outAmount = new Float64Array(n);
  const outOrder = new Int32Array(orders ? n : 0);
  let rowsKept = 0;
  const dropped: DroppedRow[] = [];
  let refundCount = 0;
  let refundTotal = 0;
  for (let i = 0; i < n; i++) {
    const row = i + 1;
    const k = idKey[i];
    if (k < 0) {
      dropped.push({ row, reason: 'missing id', value: '' });
      continue;
    }
    const ms = times[i];
    if (ms !== ms) {
      dropped.push({ row, reason: 'unparseable date', value: dateText(i) });
      continue;
    }
    const amount = amounts[i];
    if (!Number.isFinite(amount)) {
      dropped.push({ row, reason: 'non-numeric amount', value: amountText(i) });
      continue;
    }
    const o = orderKey ? orderKey[i] : -1;
    if (o >= 0) {
      if (seenOrder[o]) {
        dropped.push({ row, reason: 'duplicate order id', value: orders!.text(o) });
        continue;
      }
      seenOrder[o] = 1;
    }
    const day = dayNumber(ms);
    if (day > lastDay) {
      dropped.push({ row, reason: 'after asOf', value: new Date(ms).toISOString() });
      continue;
    }
    if (amount < 0) {
      refundCount++;
      refundTotal += amount;
      if (dropRefunds) {
        dropped.push({ row, reason: 'refund dropped', value: String(amount) });
        continue;
      }
    }
    customer[rowsKept] = k;
    outTime[rowsKept] = ms;
    outDay[rowsKept] = day;
    outAmount[rowsKept] = amount;
    if (orderKey) outOrder[rowsKept] = o;
    rowsKept++;
  }
  return { customer, outTime, outDay, outAmount, outOrder, rowsKept, dropped, refundCount, refundTotal };
}

/**
 * Cleans an orders export into transactions with a data-quality report.
 *
 * Columns are detected from common export headers (Shopify, WooCommerce, Stripe, plain English
 * and Chinese names) unless a mapping names them. Rows are dropped, with their row number and
 * reason, for: a missing customer id, an unparseable date, a non-numeric amount, a repeated order
 * id (the first row is kept), a date after `asOf`, and refunds when `refunds: 'drop'`.
 *
 * @param input the export (an Arquero table, e.g. from `load('orders.csv')`, or row objects)
 * @param mapping optional column names: `{ customerId: 'Email', orderDate: 'Created at', amount: 'Total' }`
 * @param options `{ refunds: 'keep' | 'drop', asOf, dayOrder: 'auto' | 'mdy' | 'dmy' }`
 * @returns `{ table, report }`
 * @throws when a required column is missing: the message lists the columns found and expected
 * @example
 * const { table, report } = crm.prepareTransactions(await load('orders.csv'));
 * report.rowsKept // → 1980
 * report.droppedByReason // → { 'unparseable date': 3, 'duplicate order id': 17 }
 */
export function prepareTransactions(
  input: TableInput,
  mapping: TransactionMapping = {},
  options: Partial<PrepareTransactionsOptions> = {},
): PreparedTransactions {
  const fn = 'prepareTransactions';
  const opts = resolveOptions(fn, DEFAULTS, options);
  const raw = asTable(fn, input, 'the orders export');
  const headers = raw.columnNames();
  for (const [field, col] of Object.entries(mapping)) {
    if (col !== undefined && !headers.includes(col)) {
      throw analyticsError(fn, `mapping.${field} names column "${col}", which is not in the table; found ${headers.map((h) => `"${h}"`).join(', ')}`);
    }
  }
  const detected = detectColumns(headers.filter((h) => !Object.values(mapping).includes(h)), TRANSACTION_SYNONYMS);
  const cols: TransactionMapping = { ...detected, ...Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== undefined)) };
  const missing = REQUIRED.filter((f) => !cols[f]);
  if (missing.length) {
    throw analyticsError(
      fn,
      `cannot find the ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}; found ${headers.map((h) => `"${h}"`).join(', ') || 'no columns'}. ` +
        `Expected headers such as customer_id / Email / 客户ID, order_date / Created at / 日期, amount / Total / 金额, or pass a mapping like { customerId: 'Client', orderDate: 'Day', amount: 'Paid' }`,
    );
  }
  const asOfMs = opts.asOf === undefined ? Infinity : parseDate(opts.asOf instanceof Date ? opts.asOf : String(opts.asOf));
  if (Number.isNaN(asOfMs)) throw analyticsError(fn, `asOf must be a date, not ${String(opts.asOf)}`);
  const lastDay = dayNumber(asOfMs); // the analytics work in UTC days

  // Unfiltered tables hand over their column objects (typed, for `readCsv` tables); others their arrays.
  const column = (name: string): Column => rawColumn(raw, name) ?? (raw.array(name) as Column);
  const idCol = column(cols.customerId!);
  const dateCol = column(cols.orderDate!);
  const amountCol = column(cols.amount!);
  const orderCol = cols.orderId ? column(cols.orderId) : undefined;
  const cell = (name: string, i: number) => cellText(raw.get(name, i));
  const sample = Array.from({ length: Math.min(raw.numRows(), 5000) }, (_, i) => raw.get(cols.orderDate!, i));
  const order = opts.dayOrder === 'auto' ? detectDayOrder(sample) : opts.dayOrder;
  const warnings: string[] = [];
  if (opts.dayOrder === 'auto' && sample.slice(0, 200).some((v) => typeof v === 'string' && /^\d{1,2}[/.]\d{1,2}[/.]\d{4}/.test(v))) {
    warnings.push(`slash dates read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}; pass { dayOrder: '${order === 'dmy' ? 'mdy' : 'dmy'}' } if that is wrong`);
  }

  const n = raw.numRows();
  const ids = rowKeys(idCol);
  const times = dateCol instanceof DateColumn ? dateCol.ms : rowNumbers(dateCol, (v) => parseDate(v, order));
  const amounts = amountCol instanceof Float64Array ? amountCol : rowNumbers(amountCol, parseAmount);
  const orders = orderCol === undefined ? undefined : rowKeys(orderCol);
  const { customer, outTime, outDay, outAmount, outOrder, rowsKept, dropped, refundCount, refundTotal } = keepRows({
    n,
    ids,
    times,
    amounts,
    orders,
    lastDay,
    dropRefunds: opts.refunds === 'drop',
    dateText: (i) => cell(cols.orderDate!, i),
    amountText: (i) => cell(cols.amount!, i),
  });
  const keptCustomer = customer.subarray(0, rowsKept);
  const customers = renumberFirstSeen(keptCustomer, ids.count, ids.text);
  const keptDay = outDay.subarray(0, rowsKept);
  const keptAmount = outAmount.subarray(0, rowsKept);
  const columns: Record<string, unknown> = { customerId: CodedColumn.of(keptCustomer, customers, { canonical: true }) };
  if (orders) columns.orderId = new CodedColumn(outOrder.subarray(0, rowsKept), orders.count, orders.text, { canonical: true });
  columns.orderDate = new DateColumn(outTime.subarray(0, rowsKept));
  columns.amount = keptAmount;
  const table = aq.table(columns as Record<string, unknown[]>);
  rememberTransactions({ n: rowsKept, customers, customer: keptCustomer, day: keptDay, amount: keptAmount, table });
  return {
    table,
    report: {
      mapping: usedMapping(cols),
      rowsRead: n,
      rowsKept,
      dropped,
      droppedByReason: countReasons(dropped),
      refunds: { count: refundCount, kept: opts.refunds === 'keep', total: Math.round(refundTotal * 100) / 100 },
      warnings,
    },
  };
}
