/**
 * A trained logistic regression (from {@link trainLogisticModel}): coefficients in the features'
 * own units, probabilities for new rows, and JSON that {@link loadModel} reads back.
 */
import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
export interface LogisticModelJson {
    type: 'crm-workbench/logistic';
    version: 1;
    target: string;
    features: string[];
    intercept: number;
    coefficients: number[];
    threshold: number;
}
export declare class LogisticModel {
    readonly target: string;
    readonly features: string[];
    readonly intercept: number;
    readonly coefficients: number[];
    readonly threshold: number;
    constructor(target: string, features: string[], intercept: number, coefficients: number[], threshold: number);
    /** P(label = 1) for row i of columns `x`: logistic(intercept + Σ coefficient × value). */
    probabilityAt(x: ArrayLike<number>[], i: number): number;
    /**
     * Returns the input with `probability` and `predicted` (1 when probability ≥ threshold) added.
     * @example model.predict(customers).orderby(aq.desc('probability'))
     */
    predict(table: TableInput): ColumnTable;
    toJSON(): LogisticModelJson;
    static fromJSON(json: unknown): LogisticModel;
}
