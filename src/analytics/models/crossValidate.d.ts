import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
/** What crossValidate needs of a trainer: a model that scores a table. */
export type Trainer = (table: ColumnTable, options: never) => {
    model: {
        predict(t: TableInput): ColumnTable;
        threshold?: number;
    };
};
export interface CrossValidateOptions {
    /** Number of folds (default 5). */
    folds: number;
    /** Keep the share of each class equal across folds (default: true for a label, false for a numeric target). */
    stratify: boolean | undefined;
    /** Seed of the shuffle (default 42). */
    seed: number;
    /** The trainer's own options, e.g. `{ label: 'churned', maxDepth: 4 }` ({ target } for trainClvModel); testSize is set to 0. */
    trainOptions: Record<string, unknown>;
}
export interface CrossValidateResult {
    kind: 'classification' | 'regression';
    folds: number;
    /** One row per fold: fold, rows, and the metrics on that fold. */
    perFold: ColumnTable;
    /** Mean and sample standard deviation of each metric over the folds (null when a fold has none, e.g. AUC with one class). */
    mean: Record<string, number | null>;
    sd: Record<string, number | null>;
}
/**
 * @param trainFn `crm.trainChurnModel`, `crm.trainClvModel` or `crm.trainLogisticModel`
 * @param table the training table (one row per customer)
 * @param options `{ folds = 5, stratify, seed = 42, trainOptions }`
 * @returns per-fold metrics (accuracy, precision, recall, f1, rocAuc; or mae, rmse, r2) with mean ± sd
 * @example
 * const cv = crm.crossValidate(crm.trainChurnModel, data, { folds: 5, trainOptions: { label: 'churned' } });
 * cv.mean.rocAuc, cv.sd.rocAuc // → e.g. 0.81 ± 0.02
 */
export declare function crossValidate(trainFn: Trainer, table: TableInput, options?: Partial<CrossValidateOptions>): CrossValidateResult;
