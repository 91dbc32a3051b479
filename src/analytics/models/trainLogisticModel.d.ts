import type { ColumnTable } from 'arquero';
import type { ClassificationMetrics } from './classificationMetrics';
import { type TableInput } from '../columnar/tableInput';
import { LogisticModel } from './LogisticModel';
export interface LogisticOptions {
    /** The 0/1 column to predict (required). */
    label: string;
    /** Feature columns (default: every numeric column except the label and customerId). */
    features: string[] | undefined;
    /** Share of rows held out for the metrics (default 0.25). */
    testSize: number;
    seed: number;
    /** L2 penalty on the standardised coefficients (not the intercept); default 0 (plain maximum likelihood). */
    penalizer: number;
    maxIter: number;
    /** Stop when no coefficient moves more than this (standardised scale). */
    tol: number;
    threshold: number;
}
export interface LogisticResult {
    model: LogisticModel;
    metrics: ClassificationMetrics;
    /** feature (with "(intercept)"), coefficient, standardError, z, p, oddsRatio — in the features' units. */
    coefficients: ColumnTable;
    converged: boolean;
    iterations: number;
    logLikelihood: number;
    testPredictions: ColumnTable;
    warnings: string[];
}
export declare function trainLogisticModel(table: TableInput, options: Partial<LogisticOptions> & {
    label: string;
}): LogisticResult;
