/**
 * Quick metrics: what a data file is (orders, survey answers, customer list) and its key figures,
 * without writing code. Used by the CLI's `metrics` command and the editor's Quick Metrics panel.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { detectColumns, RESPONSE_SYNONYMS } from './columnDetection';
import { detectPlatform } from './platformProfiles';
import { resolveTransactionColumns } from './transactionColumns';
import { cellText } from '../columnar/rowValues';
import { asTable, type TableInput } from '../columnar/tableInput';
import { periodIndex, periodLabel } from '../columnar/dates';
import { readTransactions } from '../columnar/transactions';
import { prepareTransactions, type TransactionMapping } from './prepareTransactions';
import { prepareResponses } from './prepareResponses';
import type { DataQualityReport } from './dataQualityReport';
import { rfm } from '../segments/rfm';
import { segmentSummary } from '../segments/segmentSummary';
import { customerValue, repeatRate } from '../value/customerValue';
import { npsTrend } from '../satisfaction/npsBy';
import { lifecycle } from '../retention/lifecycle';
import { cohortRetention } from '../retention/cohortRetention';
import { nps, type NpsResult } from '../satisfaction/nps';
import { csat, type CsatResult } from '../satisfaction/csat';

export type DatasetKind = 'orders' | 'survey' | 'customers';

export interface Detection {
  kind: DatasetKind;
  /** How sure the detection is: 'sure' when the needed columns were all found by name. */
  confidence: 'sure' | 'unsure';
  /** Which columns were recognised. */
  columns: Record<string, string>;
  reason: string;
  /** The recognised export (e.g. 'shopify-orders', 'taobao'), when its headers were recognised. */
  platform?: string;
  /** Every column with its first three distinct non-empty values, for a column picker. */
  columnSamples: ColumnSamples[];
}

export interface ColumnSamples {
  name: string;
  /** The first three distinct non-empty values, as text. */
  samples: string[];
}

/**
 * Each column's first three distinct non-empty values (as text), for a column picker.
 * @example columnSamples(aq.table({ id: ['', 'a', 'a', 'b'] })) // → [{ name: 'id', samples: ['a', 'b'] }]
 */
export function columnSamples(t: ColumnTable, limit = 3): ColumnSamples[] {
  return t.columnNames().map((name) => {
    const seen: string[] = [];
    for (let i = 0; i < t.numRows() && i < 10_000 && seen.length < limit; i++) {
      const v = cellText(t.get(name, i));
      if (v !== '' && !seen.includes(v)) seen.push(v);
    }
    return { name, samples: seen };
  });
}

/**
 * @example detectDataset(table) // → { kind: 'orders', confidence: 'sure', columns: { customerId: 'Email', … }, reason: '…' }
 * @throws when the table has no rows or no usable columns, with the columns it found
 */
export function detectDataset(input: TableInput): Detection {
  const fn = 'detectDataset';
  const t = asTable(fn, input, 'the data');
  const headers = t.columnNames();
  if (t.numRows() === 0 || headers.length === 0) throw analyticsError(fn, 'the file has no data rows');
  const samples = columnSamples(t);
  const platform = detectPlatform(headers);
  if (platform?.profile.kind === 'customers') {
    const columns = { customerId: platform.columns.customerId ?? headers[0] };
    return {
      kind: 'customers',
      confidence: 'sure',
      columns,
      reason: `a ${platform.profile.label} export`,
      platform: platform.profile.id,
      columnSamples: samples,
    };
  }
  const { cols: tx, profile } = resolveTransactionColumns(headers, {});
  if (tx.customerId && tx.orderDate && tx.amount) {
    const found = `customer, date and amount columns found (${[tx.customerId, tx.orderDate, tx.amount].map((c) => `"${c}"`).join(', ')})`;
    const reason = profile ? `a ${profile.label} export: ${found}` : found;
    const out: Detection = { kind: 'orders', confidence: 'sure', columns: tx, reason, columnSamples: samples };
    if (profile) out.platform = profile.id;
    return out;
  }
  const rs = detectColumns(headers, RESPONSE_SYNONYMS);
  if (rs.score) {
    const scores = t.array(rs.score) as ArrayLike<unknown>;
    let inRange = 0;
    let seen = 0;
    for (let i = 0; i < Math.min(scores.length, 500); i++) {
      const v = Number(scores[i]);
      if (scores[i] === null || scores[i] === '' || Number.isNaN(v)) continue;
      seen++;
      if (Number.isInteger(v) && v >= 0 && v <= 10) inRange++;
    }
    if (seen > 0 && inRange / seen >= 0.9) {
      return { kind: 'survey', confidence: 'sure', columns: rs, reason: `a 0–10 score column "${rs.score}"`, columnSamples: samples };
    }
  }
  if (tx.customerId) {
    const reason = `a customer column "${tx.customerId}" but no ${tx.orderDate ? 'amount' : 'order date'} column`;
    return { kind: 'customers', confidence: tx.orderDate || tx.amount ? 'unsure' : 'sure', columns: tx, reason, columnSamples: samples };
  }
  throw analyticsError(
    fn,
    `cannot tell what this file is: no customer, date, amount or score columns among ${headers.map((h) => `"${h}"`).join(', ')}. Expected e.g. customer_id / Email, order_date / Created at, amount / Total, or a 0–10 score`,
  );
}

export interface OrdersMetrics {
  kind: 'orders';
  report: DataQualityReport;
  revenue: number;
  orders: number;
  customers: number;
  aov: number;
  repeatRate: number | null;
  /** Customers by RFM segment. */
  segments: { segment: string; customers: number; revenueShare: number | null }[];
  /** Customers whose last purchase is 90–180 days before the last order day. */
  atRisk: number;
  topCustomers: { customerId: string; revenue: number; orders: number }[];
  monthlyRevenue: { month: string; revenue: number; orders: number }[];
  /** Monthly cohort retention rows (as `cohortRetention`), for a heatmap. */
  cohorts: Record<string, unknown>[];
}

export interface SurveyMetrics {
  kind: 'survey';
  report: DataQualityReport;
  nps: NpsResult;
  /** Present when the scores look like a 1–5 rating rather than 0–10. */
  csat: CsatResult | null;
  distribution: { score: number; count: number }[];
  trend: { period: string; n: number; nps: number | null }[];
}

export interface CustomersMetrics {
  kind: 'customers';
  /** 'unsure' when some order columns were found: the file may be orders with unusual headers. */
  confidence: 'sure' | 'unsure';
  customers: number;
  /** Each column with its filled and distinct counts and first three distinct values. */
  columns: { name: string; filled: number; distinct: number; samples: string[] }[];
}

export type QuickMetrics = OrdersMetrics | SurveyMetrics | CustomersMetrics;

export interface QuickMetricsOptions {
  /** The language of the data-quality warnings: 'en' (default) or 'zh-cn'. */
  language: 'en' | 'zh-cn';
}

function ordersMetrics(t: ColumnTable, mapping: TransactionMapping, language: QuickMetricsOptions['language']): OrdersMetrics {
  const { table: tx, report } = prepareTransactions(t, mapping, { language });
  if (tx.numRows() === 0) {
    const reasons = Object.entries(report.droppedByReason)
      .map(([r, n]) => `${n} ${r}`)
      .join(', ');
    throw analyticsError(
      'quickMetrics',
      `no usable order rows: ${reasons}${report.warnings.length ? `. ${report.warnings.join('. ')}` : ''}`,
    );
  }
  // The day numbers and amounts every analysis below reads (prepareTransactions made them already).
  const { amount, day } = readTransactions('quickMetrics', tx);
  const revenue = amount.reduce((a, b) => a + b, 0);
  const perCustomer = customerValue(tx).objects() as { customerId: string; revenue: number; orders: number }[]; // highest revenue first
  const months = new Map<number, { revenue: number; orders: number }>();
  day.forEach((d, i) => {
    const k = periodIndex(d, 'month');
    const m = months.get(k) ?? { revenue: 0, orders: 0 };
    m.revenue += amount[i];
    m.orders++;
    months.set(k, m);
  });
  const stages = lifecycle(tx).array('stage') as string[];
  return {
    kind: 'orders',
    report,
    revenue,
    orders: tx.numRows(),
    customers: perCustomer.length,
    aov: revenue / tx.numRows(),
    repeatRate: repeatRate(tx).repeatRate,
    segments: (segmentSummary(rfm(tx)).objects() as { segment: string; customers: number; revenueShare: number | null }[]).map(
      ({ segment, customers, revenueShare }) => ({ segment, customers, revenueShare }),
    ),
    atRisk: stages.filter((s) => s === 'at risk').length,
    topCustomers: perCustomer.slice(0, 10).map(({ customerId, revenue: r, orders }) => ({ customerId, revenue: r, orders })),
    monthlyRevenue: [...months.entries()].sort((a, b) => a[0] - b[0]).map(([k, m]) => ({ month: periodLabel(k, 'month'), ...m })),
    cohorts: cohortRetention(tx, { period: months.size > 24 ? 'quarter' : 'month' }).objects() as Record<string, unknown>[],
  };
}

function surveyMetrics(t: ColumnTable, columns: Record<string, string>, language: QuickMetricsOptions['language']): SurveyMetrics {
  const { table, report } = prepareResponses(t, columns, { language });
  const scores = table.array('score') as number[];
  const counts = new Map<number, number>();
  for (const s of scores) counts.set(s, (counts.get(s) ?? 0) + 1);
  const looksLikeRating = scores.length > 0 && scores.every((s) => s >= 1 && s <= 5);
  const trend = table.columnNames().includes('date')
    ? (npsTrend(table).objects() as { period: string; n: number; nps: number | null }[]).map(({ period, n, nps: v }) => ({
        period,
        n,
        nps: v,
      }))
    : [];
  return {
    kind: 'survey',
    report,
    nps: nps(scores),
    csat: looksLikeRating ? csat(scores) : null,
    distribution: [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([score, count]) => ({ score, count })),
    trend,
  };
}

/**
 * The key figures of a data file, after {@link detectDataset} (or with the kind and mapping the
 * user chose).
 * @param options `{ language: 'en' | 'zh-cn' }`: the language of the data-quality warnings (segment names stay English codes)
 * @example crm.quickMetrics(await load('orders.csv')) // → { kind: 'orders', revenue: 354450.42, orders: 5275, customers: 2001, … }
 */
export function quickMetrics(
  input: TableInput,
  choice?: { kind: DatasetKind; columns?: Record<string, string> },
  options: Partial<QuickMetricsOptions> = {},
): QuickMetrics {
  const t = asTable('quickMetrics', input, 'the data');
  const detected = choice ? { kind: choice.kind, columns: choice.columns ?? {} } : detectDataset(t);
  switch (detected.kind) {
    case 'orders':
      return ordersMetrics(t, detected.columns, options.language ?? 'en');
    case 'survey':
      return surveyMetrics(t, detected.columns, options.language ?? 'en');
    case 'customers': {
      const samples = columnSamples(t);
      return {
        kind: 'customers',
        confidence: 'confidence' in detected ? detected.confidence : 'sure',
        customers: t.numRows(),
        columns: t.columnNames().map((name) => {
          const v = t.array(name) as ArrayLike<unknown>;
          let filled = 0;
          const distinct = new Set<unknown>();
          for (let i = 0; i < v.length; i++) {
            if (v[i] !== null && v[i] !== undefined && v[i] !== '') filled++;
            if (distinct.size < 10_000) distinct.add(v[i]);
          }
          return { name, filled, distinct: distinct.size, samples: samples.find((c) => c.name === name)!.samples };
        }),
      };
    }
  }
}
