import type { ColumnTable } from 'arquero';
import type { ClassificationMetrics } from './classificationMetrics';
import { type TreeTrainingOptions } from './modelData';
import { type TableInput } from '../columnar/tableInput';
import { TreeModel } from './TreeModel';
export interface ChurnModelOptions extends TreeTrainingOptions {
    /** The 0/1 column to predict (required). */
    label: string;
    /** Feature columns (default: every numeric column except the label and customerId). */
    features: string[] | undefined;
    /** Probability at or above which a customer is predicted to churn (default 0.5). */
    threshold: number;
}
export interface ChurnModelResult {
    model: TreeModel;
    /** Metrics on the held-out rows (on the training rows when testSize is 0). */
    metrics: ClassificationMetrics;
    /** Features ranked by importance (feature, importance). */
    featureImportance: ColumnTable;
    /** Held-out rows: actual label and predicted probability (for ROC curves). */
    testPredictions: ColumnTable;
    /** The leaves as readable rules. */
    rules: string[];
    train: {
        rows: number;
        positives: number;
    };
    test: {
        rows: number;
        positives: number;
    };
    warnings: string[];
}
/**
 * Trains a decision-tree churn classifier with a stratified, seeded train/test split.
 * @param table one row per customer with numeric features and a 0/1 label, e.g. from {@link buildChurnFeatures}
 * @param options `{ label, features?, testSize = 0.25, seed = 42, maxDepth = 5, minNumSamples = 20, maxBins = 64, threshold = 0.5 }`
 * @example
 * const data = crm.buildChurnFeatures(tx, { horizonDays: 90 });
 * const { model, metrics, featureImportance } = crm.trainChurnModel(data, { label: 'churned' });
 * metrics.rocAuc // → e.g. 0.81 on the sample shop
 * model.predict(crm.buildChurnFeatures(tx, { label: false })) // today's customers, with probability
 */
export declare function trainChurnModel(table: TableInput, options: Partial<ChurnModelOptions> & {
    label: string;
}): ChurnModelResult;
