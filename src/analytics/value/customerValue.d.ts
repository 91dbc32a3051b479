import type { ColumnTable } from 'arquero';
import type { TableInput } from '../columnar/tableInput';
/**
 * Per customer: orders (rows; with order ids, distinct ids), revenue, AOV (revenue/orders),
 * first and last order day, tenure in days (last − first). Sorted by revenue, highest first.
 * @param transactions from {@link prepareTransactions}
 * @example crm.customerValue(tx).objects()[0] // → { customerId: 'C042', orders: 12, revenue: 1480, aov: 123.33, firstOrder: '2023-02-01', lastOrder: '2024-12-28', tenureDays: 696 }
 */
export declare function customerValue(transactions: TableInput): ColumnTable;
export interface RepeatRateResult {
    customers: number;
    repeatCustomers: number;
    /** Share of customers with purchases on two or more days; null with no customers. */
    repeatRate: number | null;
}
/**
 * Share of customers who bought again: purchases on two or more distinct days.
 * @example crm.repeatRate(tx) // → { customers: 2000, repeatCustomers: 620, repeatRate: 0.31 }
 */
export declare function repeatRate(transactions: TableInput): RepeatRateResult;
export interface ParetoResult {
    /** Per customer, highest revenue first: revenue, share of revenue, cumulative share, customer rank share. */
    table: ColumnTable;
    /** Share of revenue from the top 1%, 5%, 10%, 20% and 50% of customers. */
    topShares: {
        top: number;
        revenueShare: number;
    }[];
    /** Smallest share of customers that brings 80% of revenue. */
    customersFor80: number;
}
/**
 * Revenue concentration: how much of the revenue the best customers bring ("80/20").
 * Customers with net revenue ≤ 0 count as customers and bring nothing.
 * @example crm.pareto(tx).topShares.find((s) => s.top === 0.2).revenueShare // → 0.62
 */
export declare function pareto(transactions: TableInput): ParetoResult;
