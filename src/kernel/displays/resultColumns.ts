/**
 * What the columns of each analytics function's result tables mean, so that a table shows money
 * in the shop's currency, shares as percentages, counts as integers and days as days — declared
 * here, next to the displays, never guessed from the values. Keys are the functions' names (a
 * renamed export fails the build); an entry may depend on the call's arguments (`revenueSeries`'s
 * `value` is money or a count by its `measure`). `'*'`: every other numeric column. `label`: the
 * analytics' own category codes (a lifecycle stage, a sentiment), shown in the display language
 * while the values stay the codes a cell filters on (protocol/categoryLabels.ts).
 */
import type * as analytics from '../../analytics/index';
import type { ColumnFormats } from '../columnFormats';
import type { FunctionName } from './display';

type Analytics = typeof analytics;
/** Column formats of one function: fixed, or from the arguments of the call. */
export type ResultColumns<K extends FunctionName> = ColumnFormats | ((...args: Parameters<Analytics[K]>) => ColumnFormats);

const NPS_GROUPS: ColumnFormats = {
  n: 'count',
  nps: 'number',
  ciLow: 'number',
  ciHigh: 'number',
  moe: 'number',
  promoters: 'count',
  passives: 'count',
  detractors: 'count',
};
const BTYD_SUMMARY: ColumnFormats = { frequency: 'count', recency: 'number', T: 'number', monetaryValue: 'money' };
const PREDICTIONS: ColumnFormats = { actual: 'number', probability: 'percent', predicted: 'number', importance: 'percent' };

export const RESULT_COLUMNS: { [K in FunctionName]?: ResultColumns<K> } = {
  prepareTransactions: { amount: 'money' },
  customerValue: { orders: 'count', revenue: 'money', aov: 'money' },
  rfm: { recency: 'days', frequency: 'count', monetary: 'money', revenue: 'money', r: 'count', f: 'count', m: 'count' },
  segmentSummary: {
    customers: 'count',
    share: 'percent',
    revenue: 'money',
    revenueShare: 'percent',
    meanRecency: 'days',
    meanFrequency: 'number',
    meanMonetary: 'money',
  },
  profile: { count: 'count', share: 'percent' },
  elbow: { k: 'count', inertia: 'number', silhouette: 'number' },
  pareto: { revenue: 'money', share: 'percent', cumulativeShare: 'percent', customerShare: 'percent' },
  rfmSummary: BTYD_SUMMARY,
  predictClv: { ...BTYD_SUMMARY, expectedPurchases: 'number', probabilityAlive: 'percent', expectedSpend: 'money', clv: 'money' },
  customerIntervals: {
    expectedPurchases: 'number',
    expectedLower: 'number',
    expectedUpper: 'number',
    probabilityAlive: 'percent',
    aliveLower: 'percent',
    aliveUpper: 'percent',
  },
  holdoutCheck: { customers: 'count', predicted: 'number', actual: 'number' },
  cohortRetention: { size: 'count', '*': 'percent' },
  lifecycle: { daysSinceLast: 'days', purchaseDays: 'count', stage: 'label' },
  npsBy: NPS_GROUPS,
  npsTrend: NPS_GROUPS,
  npsByCustomers: { ...NPS_GROUPS, group: 'label' },
  buildChurnFeatures: {
    recency: 'days',
    orders: 'count',
    revenue: 'money',
    aov: 'money',
    tenure: 'days',
    recentOrders: 'count',
    recentRevenue: 'money',
    churned: 'count',
  },
  trainChurnModel: PREDICTIONS,
  trainLogisticModel: PREDICTIONS,
  trainClvModel: { actual: 'money', predicted: 'money', importance: 'percent' },
  actionList: { valueAtRisk: 'money', daysSinceLastOrder: 'days', rule: 'label' },
  segmentMigration: { customers: 'count', revenue: 'money', from: 'label', to: 'label' },
  revenueSeries: (_tx, options) => ({ value: (options?.measure ?? 'revenue') === 'revenue' ? 'money' : 'count' }),
  apriori: { size: 'count', count: 'count', support: 'percent', confidence: 'percent', lift: 'number' },
  feedbackThemes: { count: 'count', share: 'percent', lift: 'number', responses: 'count', comments: 'count', group: 'label' },
  sentiment: { score: 'number', comparative: 'number', sentimentScore: 'number', label: 'label', sentiment: 'label' },
};

/** Whether the results of the function of this name have declared column formats. */
export const hasResultColumns = (name: string): boolean => Object.hasOwn(RESULT_COLUMNS, name);

/** The column formats of one call's result. */
export function resultColumns(name: string, args: readonly unknown[]): ColumnFormats | undefined {
  const entry = (RESULT_COLUMNS as Record<string, ColumnFormats | ((...a: unknown[]) => ColumnFormats) | undefined>)[name];
  return typeof entry === 'function' ? entry(...args) : entry;
}
