import type { ColumnTable } from 'arquero';
import { type TreeTrainingOptions } from './modelData';
import { type TableInput } from '../columnar/tableInput';
import { type RegressionMetrics } from './regressionMetrics';
import { TreeModel } from './TreeModel';
export interface ClvModelOptions extends TreeTrainingOptions {
    /** The numeric column to predict (required). */
    target: string;
    /** Feature columns (default: every numeric column except the target and customerId). */
    features: string[] | undefined;
}
export interface ClvModelResult {
    model: TreeModel;
    /** MAE, RMSE and R² on the held-out rows (on the training rows when testSize is 0). */
    metrics: RegressionMetrics;
    /** The same measures for always predicting the training mean: the bar the tree must clear. */
    baseline: RegressionMetrics;
    featureImportance: ColumnTable;
    /** Held-out rows: actual and predicted values. */
    testPredictions: ColumnTable;
    rules: string[];
    train: {
        rows: number;
    };
    test: {
        rows: number;
    };
    warnings: string[];
}
/**
 * Trains a regression tree with a seeded train/test split.
 * @param table one row per customer with numeric features and the target
 * @param options `{ target, features?, testSize = 0.25, seed = 42, maxDepth = 5, minNumSamples = 20, maxBins = 64 }`
 * @example
 * const r = crm.trainClvModel(customers, { target: 'nextYearRevenue', features: ['recency', 'frequency', 'monetary'] });
 * [r.metrics.mae, r.metrics.r2, r.baseline.mae] // the tree against always guessing the mean
 */
export declare function trainClvModel(table: TableInput, options: Partial<ClvModelOptions> & {
    target: string;
}): ClvModelResult;
