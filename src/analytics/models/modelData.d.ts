/**
 * Shared steps of the supervised models: reading the label or target, the default feature list,
 * and a seeded (optionally stratified) train/test split.
 */
import type { ColumnTable } from 'arquero';
import { type ClassificationMetrics } from './classificationMetrics';
/** A 0/1 label column (booleans accepted); an error names the first other value and its row. */
export declare function readLabel(fn: string, table: ColumnTable, label: string): Float64Array;
/** A numeric target column; an error names the first value that is not a finite number. */
export declare function readTarget(fn: string, table: ColumnTable, target: string): Float64Array;
/** The given features, or every numeric column other than the label and `customerId`. */
export declare function featureList(fn: string, table: ColumnTable, features: string[] | undefined, label: string): string[];
/**
 * Row indexes for training and testing: a seeded shuffle, `testSize` of the rows held out. With
 * `strata` (the 0/1 label) each class is split in the same proportion.
 */
export declare function trainTestSplit(fn: string, n: number, testSize: number, seed: number, strata?: Float64Array): {
    train: Int32Array;
    test: Int32Array;
};
/**
 * The fold (0..folds−1) of each row for k-fold cross-validation: the same seeded shuffle as
 * {@link trainTestSplit}, rows dealt to the folds in turn (with `strata`, class 0 first, then
 * class 1), so that fold sizes and each fold's positives differ by at most one row.
 */
export declare function kFolds(fn: string, n: number, folds: number, seed: number, strata?: Float64Array): Int32Array;
/** The rows `idx` of each column. */
export declare function takeRows<T extends Float64Array>(cols: T[], idx: Int32Array): Float64Array[];
export declare function takeValues(y: Float64Array, idx: Int32Array): Float64Array;
export declare const sum: (v: ArrayLike<number>) => number;
/**
 * The rows the metrics are measured on: the held-out rows, or the training rows when testSize
 * is 0 (with a warning that the metrics then flatter the model).
 */
export declare function evaluationRows(split: {
    train: Int32Array;
    test: Int32Array;
}, warnings: string[]): Int32Array;
/** Metrics of probabilities predicted 1 at `threshold`, with their ROC AUC when both classes are present (else null). */
export declare function probabilityMetrics(yTrue: Float64Array, prob: ArrayLike<number>, threshold: number): ClassificationMetrics;
/** Options shared by the decision-tree trainers (trainChurnModel, trainClvModel). */
export interface TreeTrainingOptions {
    /** Share of rows held out for the metrics (default 0.25; 0 judges on the training rows). */
    testSize: number;
    /** Seed of the train/test shuffle (default 42). */
    seed: number;
    /** Most split levels (default 5: at most 32 readable rules). */
    maxDepth: number;
    /** A node with this many rows or fewer is not split (default 20). */
    minNumSamples: number;
    /** Bins per feature for the split search (default 64). */
    maxBins: number;
}
export declare const TREE_DEFAULTS: TreeTrainingOptions;
export declare function checkTreeOptions(fn: string, o: TreeTrainingOptions): void;
