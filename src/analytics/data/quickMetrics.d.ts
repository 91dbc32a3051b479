/**
 * Quick metrics: what a data file is (orders, survey answers, customer list) and its key figures,
 * without writing code. Used by the CLI's `metrics` command and the editor's Quick Metrics panel.
 */
import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
import type { DataQualityReport } from './dataQualityReport';
import { type NpsResult } from '../satisfaction/nps';
import { type CsatResult } from '../satisfaction/csat';
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
export declare function columnSamples(t: ColumnTable, limit?: number): ColumnSamples[];
/**
 * @example detectDataset(table) // → { kind: 'orders', confidence: 'sure', columns: { customerId: 'Email', … }, reason: '…' }
 * @throws when the table has no rows or no usable columns, with the columns it found
 */
export declare function detectDataset(input: TableInput): Detection;
export interface OrdersMetrics {
    kind: 'orders';
    report: DataQualityReport;
    revenue: number;
    orders: number;
    customers: number;
    aov: number;
    repeatRate: number | null;
    /** Customers by RFM segment. */
    segments: {
        segment: string;
        customers: number;
        revenueShare: number | null;
    }[];
    /** Customers whose last purchase is 90–180 days before the last order day. */
    atRisk: number;
    topCustomers: {
        customerId: string;
        revenue: number;
        orders: number;
    }[];
    monthlyRevenue: {
        month: string;
        revenue: number;
        orders: number;
    }[];
    /** Monthly cohort retention rows (as `cohortRetention`), for a heatmap. */
    cohorts: Record<string, unknown>[];
}
export interface SurveyMetrics {
    kind: 'survey';
    report: DataQualityReport;
    nps: NpsResult;
    /** Present when the scores look like a 1–5 rating rather than 0–10. */
    csat: CsatResult | null;
    distribution: {
        score: number;
        count: number;
    }[];
    trend: {
        period: string;
        n: number;
        nps: number | null;
    }[];
}
export interface CustomersMetrics {
    kind: 'customers';
    /** 'unsure' when some order columns were found: the file may be orders with unusual headers. */
    confidence: 'sure' | 'unsure';
    customers: number;
    /** Each column with its filled and distinct counts and first three distinct values. */
    columns: {
        name: string;
        filled: number;
        distinct: number;
        samples: string[];
    }[];
}
export type QuickMetrics = OrdersMetrics | SurveyMetrics | CustomersMetrics;
/**
 * The key figures of a data file, after {@link detectDataset} (or with the kind and mapping the
 * user chose).
 * @example crm.quickMetrics(await load('orders.csv')) // → { kind: 'orders', revenue: 354450.42, orders: 5275, customers: 2001, … }
 */
export declare function quickMetrics(input: TableInput, choice?: {
    kind: DatasetKind;
    columns?: Record<string, string>;
}): QuickMetrics;
