import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
export interface AprioriOptions {
    /** Minimum support, a fraction of baskets (inclusive), > 0. */
    minSupport: number;
    /** Minimum confidence of a rule (default 0.5). */
    minConfidence: number;
    /** Largest itemset size (default 4). */
    maxSize: number;
}
export interface AprioriResult {
    /** items (sorted), size, count, support — by size, then items. */
    itemsets: ColumnTable;
    /** antecedent ⇒ consequent with support, confidence, lift, leverage, conviction (∞ when confidence is 1), by confidence then lift. */
    rules: ColumnTable;
    baskets: number;
}
/**
 * Frequent itemsets level by level (candidates from frequent (k−1)-itemsets, pruned by downward
 * closure), then every rule X ⇒ Y from each frequent itemset. Duplicate items in a basket count
 * once. Results are in a deterministic order.
 * @param baskets arrays of item names (see {@link basketsFromLines})
 * @example crm.apriori(baskets, { minSupport: 0.6 }).rules.objects()[0] // → { antecedent: ['Kidney Beans', 'Onion'], consequent: ['Eggs'], confidence: 1, lift: 1.25, … } (REF-AR-02)
 */
export declare function apriori(baskets: string[][], options: Partial<AprioriOptions> & {
    minSupport: number;
}): AprioriResult;
/**
 * Baskets from order lines: the items of each order.
 * @example crm.basketsFromLines(await load('order_lines.csv'), { orderColumn: 'order_id', itemColumn: 'product' })
 */
export declare function basketsFromLines(orderLines: TableInput, options: {
    orderColumn: string;
    itemColumn: string;
}): string[][];
