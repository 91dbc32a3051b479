/**
 * Turns a raw orders export into clean transactions: `customerId` (string), `orderId` (string,
 * when the export has one), `orderDate` (Date) and `amount` (number, net of refunds), plus a
 * data-quality report and a per-customer contact table.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { countReasons, type DataQualityReport, usedMapping } from './dataQualityReport';
import { resolveOptions } from '../options';
import { detectDayOrder, excelSerialDate, isExcelSerialColumn, parseAmount, parseDate, type DayOrder } from '../columnar/parseValues';
import { asTable, type TableInput } from '../columnar/tableInput';
import { dayNumber } from '../columnar/dates';
import { CodedColumn, DateColumn, rawColumn, type Column } from '../columnar/columns';
import { cellText, rowKeys, rowNumbers } from '../columnar/rowValues';
import { rememberTransactions, renumberFirstSeen } from '../columnar/transactions';
import { chooseCurrency, customerKeys, hasBlankRepeats, mergeLineItems, refundAmounts, rowCurrencies, statusCodes } from './orderRules';
import { keepRows } from './keepRows';
import type { StatusRules } from './orderStatus';
import { contactTable, idKind, idNormalizer } from './customerContacts';
import { duplicateHeaderWarnings, resolveTransactionColumns, type TransactionMapping } from './transactionColumns';
import { ruleWarnings } from './ruleWarnings';
import { readInfo, readWarnings } from '../columnar/readInfo';
import { warningText } from '../warningText';

export type { TransactionMapping } from './transactionColumns';

export interface PrepareTransactionsOptions {
  /** Keep refunds (negative amounts, default) or drop them; they are counted either way. */
  refunds: 'keep' | 'drop';
  /** Drop orders dated after this day (the whole day counts: orders at 23:59 on it are kept). Default: today. */
  asOf: Date | string | undefined;
  /** Day/month order of slash dates like 05/01/2024 ('auto': dmy when a first part exceeds 12). */
  dayOrder: 'auto' | DayOrder;
  /** Changes to the status rule: `{ include: ['on-hold'] }` counts a status, `{ exclude: [...] }` leaves one out. */
  statuses: StatusRules;
  /** The currency to keep when the file has several (default: the one most rows are in), e.g. 'USD'. */
  currency: string | undefined;
  /** The language of the report's warnings: 'en' (default) or 'zh-cn' (drop reasons stay codes; see dropReasonText). */
  language: 'en' | 'zh-cn';
}

const DEFAULTS: PrepareTransactionsOptions = {
  refunds: 'keep',
  asOf: undefined,
  dayOrder: 'auto',
  statuses: {},
  currency: undefined,
  language: 'en',
};

export interface PreparedTransactions {
  table: ColumnTable;
  report: DataQualityReport;
  /**
   * One row per customer with a kept order: `customerId` and the contact columns found (name,
   * email, phone, city, acceptsMarketing); joins on `customerId` onto per-customer results.
   */
  customers: ColumnTable;
}

const REQUIRED = ['customerId', 'orderDate', 'amount'] as const;

/**
 * Cleans an orders export into transactions with a data-quality report.
 *
 * The exports of Shopify, WooCommerce, Stripe, Etsy, Taobao/Tmall, JD, Pinduoduo, Youzan, Douyin
 * and the WeChat shop are recognised from their headers (docs/supported-exports.md); other files
 * through header synonyms (English and Chinese) or a mapping. An order counts when it was paid and
 * is not cancelled, voided, closed, failed or fully refunded; its amount is what was paid minus
 * what was refunded. Line items of one order are merged into one row. Rows are dropped, with their
 * row number and reason, for: a status that does not count (refunded, cancelled, awaiting payment,
 * voided, failed, closed, unknown status), a missing customer id, an unparseable date, a date
 * after `asOf` (or after today), another currency than the one kept, a non-numeric amount, a
 * repeated order id (the first row is kept), and refunds when `refunds: 'drop'`.
 *
 * @param input the export (an Arquero table, e.g. from `load('orders.csv')`, or row objects)
 * @param mapping optional column names: `{ customerId: 'Email', orderDate: 'Created at', amount: 'Total', status: 'State' }`
 * @param options `{ refunds: 'keep' | 'drop', asOf, dayOrder: 'auto' | 'mdy' | 'dmy', statuses: { include, exclude }, currency, language: 'en' | 'zh-cn' }`
 * @returns `{ table, report, customers }`
 * @throws when a required column is missing: the message lists the columns found and expected
 * @example
 * const { table, report, customers } = crm.prepareTransactions(await load('orders.csv'));
 * report.rowsKept // → 1980
 * report.droppedByReason // → { refunded: 4, cancelled: 3, 'awaiting payment': 4, 'unparseable date': 3 }
 * rfm(table).join_left(customers, 'customerId') // segments with their contacts
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
      throw analyticsError(
        fn,
        `mapping.${field} names column "${col}", which is not in the table; found ${headers.map((h) => `"${h}"`).join(', ')}`,
      );
    }
  }
  const { cols, rules, profile } = resolveTransactionColumns(headers, mapping);
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
  // The analytics work in calendar days as written; without asOf, tomorrow allows for shops east of UTC.
  const lastDay = opts.asOf === undefined ? dayNumber(Date.now()) + 1 : dayNumber(asOfMs);

  // Unfiltered tables hand over their column objects (typed, for `readCsv` tables); others their arrays.
  const column = (name: string): Column => rawColumn(raw, name) ?? (raw.array(name) as Column);
  const optional = (name: string | undefined) => (name === undefined ? undefined : column(name));
  const idCol = column(cols.customerId!);
  const dateCol = column(cols.orderDate!);
  const amountCol = column(cols.amount!);
  const orderCol = optional(cols.orderId);
  const cell = (name: string, i: number) => cellText(raw.get(name, i));
  const n = raw.numRows();
  const head = (name: string) => Array.from({ length: Math.min(n, 5000) }, (_, i) => raw.get(name, i));
  const sample = head(cols.orderDate!);
  const order = opts.dayOrder === 'auto' ? detectDayOrder(sample) : opts.dayOrder;
  // What the reader noticed (short rows; duplicated headers are said below for the columns used).
  const info = readInfo(raw);
  const read = info ? readWarnings({ ...info, repeatedHeaders: [] }, opts.language) : [];
  const used = [...Object.values(cols), ...Object.values(rules)] as string[];
  const warnings: string[] = [...read, ...duplicateHeaderWarnings(headers, used, opts.language)];
  if (opts.dayOrder === 'auto' && sample.slice(0, 200).some((v) => typeof v === 'string' && /^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(v.trim()))) {
    warnings.push(warningText(opts.language, 'slashDates', order === 'dmy'));
  }

  for (const [field, col] of [
    ['orderId', orderCol],
    ['customerId', idCol],
  ] as const) {
    if (col instanceof Float64Array && col.some((v) => Math.abs(v) > Number.MAX_SAFE_INTEGER)) {
      warnings.push(warningText(opts.language, 'longNumberIds', field, String(cols[field])));
    }
  }
  const kind = idKind(cols.customerId!, head(cols.customerId!));
  const fallback = rules.customerFallback;
  const ids = customerKeys(
    idCol,
    kind === 'text' ? undefined : idNormalizer(kind),
    optional(fallback),
    idNormalizer(fallback ? idKind(fallback, head(fallback)) : 'text'),
  );
  let times: Float64Array;
  if (dateCol instanceof DateColumn) times = dateCol.ms;
  else if (isExcelSerialColumn(sample)) {
    times = rowNumbers(dateCol, excelSerialDate);
    const example = cellText(sample.find((v) => cellText(v) !== ''));
    warnings.push(warningText(opts.language, 'excelSerialDates', String(cols.orderDate), example));
  } else times = rowNumbers(dateCol, (v) => parseDate(v, order));
  const amounts = amountCol instanceof Float64Array ? amountCol.slice() : rowNumbers(amountCol, parseAmount);
  const refunds = refundAmounts(optional(rules.refund), n);
  if (rules.adjustedAmount) {
    // Etsy: the adjusted total after refunds, when there was an adjustment.
    const adjusted = rowNumbers(column(rules.adjustedAmount), (v) => (cellText(v) === '' ? NaN : parseAmount(v)));
    for (let i = 0; i < n; i++) if (adjusted[i] === adjusted[i] && amounts[i] > adjusted[i]) refunds[i] = amounts[i] - adjusted[i];
  }
  const status = statusCodes(n, {
    status: optional(rules.status),
    captured: optional(rules.captured),
    cancelledAt: optional(rules.cancelledAt),
    afterSale: optional(rules.afterSale),
    rules: opts.statuses,
  });
  const orders = orderCol === undefined ? undefined : rowKeys(orderCol);
  // Line items: the platform says so, or (any export) a repeated order number comes with an empty amount.
  const mode = profile?.lineItems ?? (orders && hasBlankRepeats(orders, amounts) ? 'first' : undefined);
  const lineItems = mode !== undefined && orders !== undefined;
  const { follower, merged } = lineItems
    ? mergeLineItems({ orders: orders, mode: mode, amounts, refunds, rule: status.codes, refundPerLine: profile?.refundPerLine === true })
    : { follower: undefined, merged: 0 };
  const cur = rowCurrencies(optional(rules.currency), amountCol);
  const { chosen, counts } = chooseCurrency(cur.index, cur.names, follower ?? new Uint8Array(n), opts.currency);
  if (opts.currency !== undefined && chosen < 0 && cur.names.length > 0) {
    throw analyticsError(fn, `currency "${opts.currency}" is not in the file; found ${cur.names.join(', ')}`);
  }
  const kept = keepRows({
    n,
    ids,
    times,
    amounts,
    refunds,
    amountIsNet: profile?.amountIsNet === true,
    orders,
    follower,
    rule: status.codes,
    statusText: status.statusText,
    currencyIndex: cur.names.length > 1 ? cur.index : undefined,
    currency: chosen,
    currencyName: (j) => cur.names[j],
    lastDay,
    lateReason: opts.asOf === undefined ? 'future date' : 'after asOf',
    dropRefunds: opts.refunds === 'drop',
    dateText: (i) => cell(cols.orderDate!, i),
    amountText: (i) => cell(cols.amount!, i),
  });
  const { rowsKept, dropped } = kept;
  const keptCustomer = kept.customer.subarray(0, rowsKept);
  const customerIds = renumberFirstSeen(keptCustomer, ids.count, (k) => ids.text(k));
  const keptDay = kept.outDay.subarray(0, rowsKept);
  const keptAmount = kept.outAmount.subarray(0, rowsKept);
  const columns: Record<string, unknown> = { customerId: CodedColumn.of(keptCustomer, customerIds, { canonical: true }) };
  if (orders)
    columns.orderId = new CodedColumn(kept.outOrder.subarray(0, rowsKept), orders.count, (k) => orders.text(k), { canonical: true });
  columns.orderDate = new DateColumn(kept.outTime.subarray(0, rowsKept));
  columns.amount = keptAmount;
  const table = aq.table(columns as Record<string, unknown[]>);
  rememberTransactions({ n: rowsKept, customers: customerIds, customer: keptCustomer, day: keptDay, amount: keptAmount, table });
  warnings.push(
    ...ruleWarnings({
      dropped,
      statusColumn: rules.status,
      lineItems,
      merged,
      orderColumn: cols.orderId,
      currencies: cur.names.length > 1 ? { names: cur.names, counts, chosen } : undefined,
      late: kept.lateMax > -Infinity ? { reason: opts.asOf === undefined ? 'future date' : 'after asOf', latest: kept.lateMax } : undefined,
      partial: { count: kept.partialCount, total: kept.partialTotal },
      language: opts.language,
    }),
  );
  const contacts = { name: rules.name, email: rules.email, phone: rules.phone, city: rules.city, acceptsMarketing: rules.acceptsMarketing };
  const customers = contactTable((name, row) => raw.get(name, row), contacts, kept.outRow.subarray(0, rowsKept), keptCustomer, customerIds);
  const report: DataQualityReport = {
    mapping: usedMapping(cols),
    rowsRead: n,
    rowsKept,
    dropped,
    droppedByReason: countReasons(dropped),
    refunds: { count: kept.refundCount, kept: opts.refunds === 'keep', total: Math.round(kept.refundTotal * 100) / 100 },
    warnings,
  };
  if (profile) report.platform = profile.id;
  if (Object.keys(rules).length) report.ruleColumns = usedMapping(rules);
  if (chosen >= 0) report.currency = cur.names[chosen];
  else if (opts.currency !== undefined && !cur.names.length && /^[A-Za-z]{3}$/.test(opts.currency.trim())) {
    // No currency column: the shop said which currency its figures are in.
    report.currency = opts.currency.trim().toUpperCase();
    report.currencyGiven = true;
  }
  if (merged > 0) report.lineItemsMerged = merged;
  if (kept.partialCount > 0) report.partialRefunds = { count: kept.partialCount, total: Math.round(kept.partialTotal * 100) / 100 };
  return { table, report, customers };
}
