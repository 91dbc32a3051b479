/**
 * One customer at a glance: contact details, key figures, the order timeline, the RFM segment month
 * by month and, when given, model predictions and survey answers.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { DAY_MS, dayLabel } from '../columnar/dates';
import { asTable, columnValues, isColumnTable, type TableInput } from '../columnar/tableInput';
import { asOfDay, readTransactions } from '../columnar/transactions';
import { rfm } from '../segments/index';
import { rfmSummary, type BgNbdModel } from '../value/index';

export interface CustomerCardOptions {
  /** The day the card is for (default: the latest order date in the data). Orders after it are left out. */
  asOf: Date | string | undefined;
  /** How many month ends the segment history covers (default 6; the last point is `asOf` itself). */
  months: number;
  /** Contact details (default: `tx.customers` from prepareTransactions). */
  contacts: TableInput | undefined;
  /** A fitted BG/NBD model (crm.fitBgNbd): gives P(alive) and the expected purchases over `horizon` days. */
  bgnbd: BgNbdModel | undefined;
  /** The rfmSummary table the model was fitted on (default: rfmSummary of the transactions up to asOf). */
  summary: TableInput | undefined;
  /** Days ahead for the expected purchases (default 90). */
  horizon: number;
  /** Predicted values (crm.predictClv): the customer's `clv` (and `probabilityAlive` when no model is given). */
  clv: TableInput | undefined;
  /** Survey answers (crm.prepareResponses): the customer's rows, matched on `responseIdColumn`. */
  responses: TableInput | undefined;
  /** The id column of `responses` (default: `customerId` if present, else `respondentId`). */
  responseIdColumn: string | undefined;
}

const DEFAULTS: CustomerCardOptions = {
  asOf: undefined,
  months: 6,
  contacts: undefined,
  bgnbd: undefined,
  summary: undefined,
  horizon: 90,
  clv: undefined,
  responses: undefined,
  responseIdColumn: undefined,
};

export interface CustomerCard {
  customerId: string;
  /** The customer's row of the contacts table (name, email, phone, …), or null when there is none. */
  contact: Record<string, unknown> | null;
  figures: {
    asOf: Date;
    orders: number;
    revenue: number;
    averageOrder: number;
    firstOrder: Date;
    lastOrder: Date;
    daysSinceLastOrder: number;
  };
  /** The customer's orders up to asOf, oldest first (every column of the transactions but customerId). */
  orders: ColumnTable;
  /** asOf (a month end, the last one asOf itself) and the RFM segment then; null before the first order. */
  segmentHistory: ColumnTable;
  /** Model figures, when `bgnbd` or `clv` was given. */
  model?: { probabilityAlive: number | null; expectedPurchases: number | null; horizon: number; clv: number | null };
  /** The customer's survey answers, when `responses` was given. */
  answers?: ColumnTable;
}

type Transactions = TableInput | { table: ColumnTable; customers?: ColumnTable };

/**
 * One customer at a glance, from prepared transactions: contact details, first and last order,
 * number of orders, revenue, average order, days since the last order, the orders themselves, and the
 * RFM segment (crm.rfm over all customers) at the end of each of the last `months` months. With a
 * fitted BG/NBD model: P(alive) and the expected purchases in the next `horizon` days; with a
 * predictClv table: the CLV; with survey responses: the customer's answers and comments.
 * @param tx the result of prepareTransactions (its `customers` give the contact), or a transactions table
 * @param customerId the customer's id as in the `customerId` column
 * @param options see {@link CustomerCardOptions}
 * @returns `{ customerId, contact, figures, orders, segmentHistory, model?, answers? }`
 * @throws when the id is not a customer of the transactions (the error lists a few ids), or `months` is not a whole number ≥ 1
 * @example
 * const card = crm.customerCard(tx, 'C042', { bgnbd: model, clv, responses: survey.table });
 * card.figures // → { orders: 12, revenue: 1480, averageOrder: 123.33, daysSinceLastOrder: 3, … }
 * card.model   // → { probabilityAlive: 0.93, expectedPurchases: 1.8, horizon: 90, clv: 612.4 }
 */
export function customerCard(tx: Transactions, customerId: string | number, options: Partial<CustomerCardOptions> = {}): CustomerCard {
  const fn = 'customerCard';
  const o = resolveOptions(fn, DEFAULTS, options);
  if (!Number.isInteger(o.months) || o.months < 1) throw analyticsError(fn, `months must be a whole number ≥ 1, not ${o.months}`);
  if (!(o.horizon > 0)) throw analyticsError(fn, `horizon must be a positive number of days, not ${o.horizon}`);
  const table = isColumnTable(tx) || Array.isArray(tx) ? asTable(fn, tx, 'transactions') : asTable(fn, tx.table, 'transactions');
  const contacts = o.contacts ?? (!isColumnTable(tx) && !Array.isArray(tx) && 'customers' in tx ? tx.customers : undefined);
  const arrays = readTransactions(fn, table);
  const id = String(customerId);
  const code = arrays.customers.indexOf(id);
  if (code < 0) {
    const some = arrays.customers.slice(0, 5).join(', ');
    throw analyticsError(fn, `no customer "${id}" in the transactions; ids look like ${some}${arrays.customers.length > 5 ? ', …' : ''}`);
  }
  const end = asOfDay(fn, arrays, o.asOf);
  const rows: number[] = [];
  for (let i = 0; i < arrays.n; i++) if (arrays.customer[i] === code && arrays.day[i] <= end) rows.push(i);
  if (!rows.length) throw analyticsError(fn, `customer "${id}" has no order on or before ${dayLabel(end)}`);
  rows.sort((a, b) => arrays.day[a] - arrays.day[b]);
  const revenue = rows.reduce((s, i) => s + arrays.amount[i], 0);
  const first = arrays.day[rows[0]];
  const last = arrays.day[rows[rows.length - 1]];
  const card: CustomerCard = {
    customerId: id,
    contact: contactOf(fn, contacts, id),
    figures: {
      asOf: new Date(end * DAY_MS),
      orders: rows.length,
      revenue,
      averageOrder: revenue / rows.length,
      firstOrder: new Date(first * DAY_MS),
      lastOrder: new Date(last * DAY_MS),
      daysSinceLastOrder: end - last,
    },
    orders: ordersOf(table, rows),
    segmentHistory: segmentHistory(
      table,
      arrays.day.reduce((a, b) => Math.min(a, b), Infinity),
      id,
      end,
      o.months,
    ),
  };
  if (o.bgnbd || o.clv) card.model = modelFigures(fn, table, id, end, o);
  if (o.responses) card.answers = answersOf(fn, o.responses, o.responseIdColumn, id);
  return card;
}

/** The contact row of the customer (all columns but customerId), or null. */
function contactOf(fn: string, contacts: TableInput | undefined, id: string): Record<string, unknown> | null {
  if (!contacts) return null;
  const t = asTable(fn, contacts, 'contacts');
  const i = columnValues(fn, t, 'customerId').findIndex((v) => String(v) === id);
  if (i < 0) return null;
  const row: Record<string, unknown> = {};
  for (const c of t.columnNames()) if (c !== 'customerId') row[c] = t.get(c, i);
  return row;
}

/** The given rows of the transactions, oldest first, without the customerId column. */
function ordersOf(table: ColumnTable, rows: number[]): ColumnTable {
  const cols: Record<string, unknown[]> = {};
  for (const c of table.columnNames()) if (c !== 'customerId') cols[c] = rows.map((i) => table.get(c, i));
  return aq.table(cols);
}

/** The RFM segment at the end of each of the last `months` months (the last point is `end` itself). */
function segmentHistory(table: ColumnTable, firstDay: number, id: string, end: number, months: number): ColumnTable {
  const d = new Date(end * DAY_MS);
  const points: number[] = [];
  for (let k = months - 1; k >= 1; k--) points.push(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k + 1, 0) / DAY_MS);
  points.push(end);
  const asOf: Date[] = [];
  const segment: (string | null)[] = [];
  for (const day of points) {
    asOf.push(new Date(day * DAY_MS));
    // Before the first order of the whole data there are no scores: the customer has no segment yet.
    const scores = day >= firstDay ? rfm(table, { asOf: new Date(day * DAY_MS) }) : null;
    const i = scores ? columnValues('customerCard', scores, 'customerId').findIndex((v) => String(v) === id) : -1;
    segment.push(scores && i >= 0 ? String(scores.get('segment', i)) : null);
  }
  return aq.table({ asOf, segment });
}

function modelFigures(fn: string, table: ColumnTable, id: string, end: number, o: CustomerCardOptions): NonNullable<CustomerCard['model']> {
  const out: NonNullable<CustomerCard['model']> = { probabilityAlive: null, expectedPurchases: null, horizon: o.horizon, clv: null };
  if (o.bgnbd) {
    const s = asTable(fn, o.summary ?? rfmSummary(table, { asOf: new Date(end * DAY_MS) }), 'summary');
    const i = columnValues(fn, s, 'customerId').findIndex((v) => String(v) === id);
    if (i >= 0) {
      const [x, tx, T] = ['frequency', 'recency', 'T'].map((c) => Number(s.get(c, i)));
      out.probabilityAlive = o.bgnbd.probabilityAlive(x, tx, T);
      out.expectedPurchases = o.bgnbd.conditionalExpectedPurchases(o.horizon, x, tx, T);
    }
  }
  if (o.clv) {
    const c = asTable(fn, o.clv, 'clv');
    const i = columnValues(fn, c, 'customerId').findIndex((v) => String(v) === id);
    if (i >= 0) {
      out.clv = Number(c.get('clv', i));
      if (out.probabilityAlive === null && c.columnNames().includes('probabilityAlive'))
        out.probabilityAlive = Number(c.get('probabilityAlive', i));
    }
  }
  return out;
}

/** The customer's survey answers (all columns of `responses`), in the responses' order. */
function answersOf(fn: string, responses: TableInput, idColumn: string | undefined, id: string): ColumnTable {
  const r = asTable(fn, responses, 'responses');
  const col = idColumn ?? (r.columnNames().includes('customerId') ? 'customerId' : 'respondentId');
  const ids = columnValues(fn, r, col);
  const rows = ids.flatMap((v, i) => (v !== null && v !== undefined && String(v) === id ? [i] : []));
  const cols: Record<string, unknown[]> = {};
  for (const c of r.columnNames()) cols[c] = rows.map((i) => r.get(c, i));
  return aq.table(cols);
}
