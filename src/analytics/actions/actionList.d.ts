import type { ColumnTable } from 'arquero';
import type { TableInput } from '../columnar/tableInput';
import { type Language } from '../segments/index';
import { type ActionRule } from './actionTexts';
export interface ActionListOptions {
    /** The day the list is for (default: the latest order date). Orders after it are ignored. */
    asOf: Date | string | undefined;
    /** Contact details to join (pass `tx.customers` from prepareTransactions). */
    contacts: TableInput | undefined;
    /** Survey answers (from prepareResponses): an id column matching customerId, `score`, and `date` when known. */
    responses: TableInput | undefined;
    /** The id column of `responses` (default: `customerId` if present, else `respondentId`). */
    responseIdColumn: string | undefined;
    /** Predicted values (from predictClv): customerId, clv, probabilityAlive. */
    clv: TableInput | undefined;
    /** Language of segment names, reasons and actions: 'en' (default) or 'zh-cn'. */
    language: Language;
    /** Rules to run, in priority order (a customer gets the first that fires). */
    rules: ActionRule[];
    /** lapsed: days since the last order exceed this multiple of the customer's usual interval (default 2)… */
    lapseFactor: number;
    /** …and at least this many days (default 30), at most `lapseMaxDays` (default 365: older lapses are not this week's work)… */
    lapseMinDays: number;
    lapseMaxDays: number;
    /** …for customers with at least this many purchase days (default 3) who score F ≥ 3 (loyal) or F ≥ 4 and M ≥ 4 (champion). */
    lapseMinOrders: number;
    /** detractor: latest survey score at most this (default 6, the NPS detractor bound)… */
    detractorMaxScore: number;
    /** …and an order within this many days before asOf (default 14). */
    detractorOrderDays: number;
    /** fading: P(alive) below this (default 0.5)… */
    pAliveBelow: number;
    /** …among the customers with the top share of predicted CLV (default 0.2: the top 20%). */
    highValueShare: number;
    /** new: one purchase day, at least this many days ago (default 30)… */
    newAfterDays: number;
    /** …and at most this many (default 90; older single buyers are not "new" any more). */
    newUntilDays: number;
    /** dueBy = asOf + this many days (default 7); detractors get `detractorDueDays` (default 2). */
    dueDays: number;
    detractorDueDays: number;
}
/**
 * Who needs an action, why, what to do and by when — most valuable first. Rules (each a documented
 * option; `rules` chooses which run and in what priority):
 *
 * - **detractor** (needs `responses`): latest survey score ≤ `detractorMaxScore` and an order in the
 *   last `detractorOrderDays` days — "Detractor (score 3) with an order 5 days ago"; due in 2 days.
 * - **lapsed**: a champion (RFM F ≥ 4 and M ≥ 4) or loyal customer (F ≥ 3) with ≥ `lapseMinOrders`
 *   purchase days whose days since the last order exceed `lapseFactor` × their median gap between
 *   purchase days and `lapseMinDays` (but not `lapseMaxDays`) — "Champion who has not ordered for 62 days (usually every 21)".
 * - **fading** (needs `clv` from predictClv): in the top `highValueShare` of predicted CLV with
 *   P(alive) < `pAliveBelow` — "High predicted value (1,240), P(alive) fell below 0.5 (0.42)".
 * - **new**: one purchase day, `newAfterDays`–`newUntilDays` days ago — "New customer: second order
 *   not yet placed after 34 days".
 *
 * `valueAtRisk` is the customer's predicted CLV when `clv` is given, else a year of spend at their
 * usual pace (mean spend per purchase day × 365 / usual gap; a one-time buyer's spend). `action`
 * is the recommended action of the segment that fits the rule (segmentActions: Can't Lose Them for
 * lapsed champions and fading customers, At Risk for lapsed loyal customers, Promising for new
 * ones); detractors get "Contact them personally: apologise, …".
 * @param transactions from prepareTransactions
 * @param options see {@link ActionListOptions}; pass `contacts: tx.customers` for names and emails
 * @returns a table: customerId, contact columns, segment, rule, reason, action, valueAtRisk, dueBy, daysSinceLastOrder
 * @example
 * crm.actionList(tx, { contacts: tx.customers, responses, clv }).objects()[0]
 * // → { customerId: 'C042', name: 'Ann Lee', email: 'ann@x.org', segment: 'At Risk', rule: 'lapsed',
 * //     reason: 'Champion who has not ordered for 62 days (usually every 21)', action: 'Reach out personally; …', valueAtRisk: 1480, dueBy: 2025-01-07, … }
 */
export declare function actionList(transactions: TableInput, options?: Partial<ActionListOptions>): ColumnTable;
