import type { ColumnTable } from 'arquero';
import { type DataQualityReport } from './dataQualityReport';
import { type DayOrder } from '../columnar/parseValues';
import { type TableInput } from '../columnar/tableInput';
import type { StatusRules } from './orderStatus';
import { type TransactionMapping } from './transactionColumns';
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
}
export interface PreparedTransactions {
    table: ColumnTable;
    report: DataQualityReport;
    /**
     * One row per customer with a kept order: `customerId` and the contact columns found (name,
     * email, phone, city, acceptsMarketing); joins on `customerId` onto per-customer results.
     */
    customers: ColumnTable;
}
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
 * @param options `{ refunds: 'keep' | 'drop', asOf, dayOrder: 'auto' | 'mdy' | 'dmy', statuses: { include, exclude }, currency }`
 * @returns `{ table, report, customers }`
 * @throws when a required column is missing: the message lists the columns found and expected
 * @example
 * const { table, report, customers } = crm.prepareTransactions(await load('orders.csv'));
 * report.rowsKept // → 1980
 * report.droppedByReason // → { refunded: 4, cancelled: 3, 'awaiting payment': 4, 'unparseable date': 3 }
 * rfm(table).join_left(customers, 'customerId') // segments with their contacts
 */
export declare function prepareTransactions(input: TableInput, mapping?: TransactionMapping, options?: Partial<PrepareTransactionsOptions>): PreparedTransactions;
