/**
 * "Who to contact this week, and why": one row per customer who needs an action.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { DayMerger } from '../columnar/customerRows';
import { DAY_MS } from '../columnar/dates';
import type { TableInput } from '../columnar/tableInput';
import { asOfDay, readTransactions } from '../columnar/transactions';
import { rfm, segmentActions, segmentName, type Language, type SegmentName } from '../segments/index';
import { reasonText, detractorAction, type ActionRule, type ReasonFacts } from './actionTexts';
import { joinContacts } from './joinContacts';
import { customerSignals, type Signals } from './actionSignals';

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

const DEFAULTS: ActionListOptions = {
  asOf: undefined,
  contacts: undefined,
  responses: undefined,
  responseIdColumn: undefined,
  clv: undefined,
  language: 'en',
  rules: ['detractor', 'lapsed', 'fading', 'new'],
  lapseFactor: 2,
  lapseMinDays: 30,
  lapseMaxDays: 365,
  lapseMinOrders: 3,
  detractorMaxScore: 6,
  detractorOrderDays: 14,
  pAliveBelow: 0.5,
  highValueShare: 0.2,
  newAfterDays: 30,
  newUntilDays: 90,
  dueDays: 7,
  detractorDueDays: 2,
};

/** The segment whose recommended action fits each rule (detractors have their own). */
const ACTION_SEGMENT: Record<Exclude<ActionRule, 'detractor'> | 'lapsedLoyal', SegmentName> = {
  lapsed: "Can't Lose Them",
  lapsedLoyal: 'At Risk',
  fading: "Can't Lose Them",
  new: 'Promising',
};

interface Row {
  customerId: string;
  segment: string | null;
  rule: ActionRule;
  reason: string;
  action: string;
  valueAtRisk: number;
  dueBy: Date;
  daysSinceLastOrder: number;
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
export function actionList(transactions: TableInput, options: Partial<ActionListOptions> = {}): ColumnTable {
  const fn = 'actionList';
  const o = resolveOptions(fn, DEFAULTS, options);
  for (const r of o.rules)
    if (!['detractor', 'lapsed', 'fading', 'new'].includes(r))
      throw analyticsError(fn, `unknown rule "${r}"; rules are detractor, lapsed, fading, new`);
  if (o.pAliveBelow <= 0 || o.pAliveBelow > 1) throw analyticsError(fn, `pAliveBelow must be in (0, 1], not ${o.pAliveBelow}`);
  if (o.highValueShare <= 0 || o.highValueShare > 1) throw analyticsError(fn, `highValueShare must be in (0, 1], not ${o.highValueShare}`);
  const tx = readTransactions(fn, transactions);
  const end = asOfDay(fn, tx, o.asOf);
  const scores = rfm(transactions, { asOf: new Date(end * DAY_MS), language: o.language });
  const signals = customerSignals(fn, tx, new DayMerger(tx), end, scores, o);
  const actions = new Map(
    (segmentActions(o.language).objects() as { segment: string; action: string }[]).map((a) => [a.segment, a.action]),
  );
  const actionOf = (s: SegmentName) => actions.get(segmentName(s, o.language))!;
  const due = (days: number) => new Date((end + days) * DAY_MS);
  const rows: Row[] = [];
  for (const s of signals) {
    for (const rule of o.rules) {
      const hit = fire(rule, s, o);
      if (!hit) continue;
      const action =
        rule === 'detractor'
          ? detractorAction(o.language)
          : actionOf(ACTION_SEGMENT[rule === 'lapsed' && hit.label === 'loyal' ? 'lapsedLoyal' : rule]);
      rows.push({
        customerId: s.id,
        segment: s.segment,
        rule,
        reason: reasonText(rule, hit, o.language),
        action,
        valueAtRisk: Math.round(100 * (s.clv ?? s.paceValue)) / 100,
        dueBy: due(rule === 'detractor' ? o.detractorDueDays : o.dueDays),
        daysSinceLastOrder: s.since,
      });
      break;
    }
  }
  rows.sort((a, b) => b.valueAtRisk - a.valueAtRisk || a.dueBy.getTime() - b.dueBy.getTime() || a.customerId.localeCompare(b.customerId));
  const columns = ['customerId', 'segment', 'rule', 'reason', 'action', 'valueAtRisk', 'dueBy', 'daysSinceLastOrder'] as const;
  const table = aq.table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c])])));
  if (o.contacts === undefined) return table;
  const joined = joinContacts(table, o.contacts);
  const contactCols = joined.columnNames().filter((c) => !(columns as readonly string[]).includes(c));
  return joined.select('customerId', ...contactCols, ...columns.slice(1));
}

function fire(rule: ActionRule, s: Signals, o: ActionListOptions): ReasonFacts | undefined {
  switch (rule) {
    case 'detractor':
      return s.score !== undefined && s.score <= o.detractorMaxScore && s.since <= o.detractorOrderDays
        ? { score: s.score, since: s.since }
        : undefined;
    case 'lapsed':
      if (!s.label || s.orders < o.lapseMinOrders || s.interval === undefined) return undefined;
      return s.since > o.lapseFactor * s.interval && s.since >= o.lapseMinDays && s.since <= o.lapseMaxDays
        ? { label: s.label, since: s.since, interval: s.interval }
        : undefined;
    case 'fading':
      return s.highValue && s.pAlive !== undefined && s.pAlive < o.pAliveBelow
        ? { clv: s.clv, pAlive: s.pAlive, threshold: o.pAliveBelow }
        : undefined;
    case 'new':
      return s.orders === 1 && s.since >= o.newAfterDays && s.since <= o.newUntilDays ? { since: s.since } : undefined;
  }
}
