import type { ColumnTable } from 'arquero';
import { type TreeNode } from '../learn/decisionTree';
import { type TableInput } from '../columnar/tableInput';
export type TreeModelKind = 'churn' | 'clv';
export interface TreeModelJson {
    type: 'crm-workbench/churn-tree' | 'crm-workbench/clv-tree';
    version: 1;
    /** The predicted column: the 0/1 label (churn) or the numeric target (CLV). */
    target: string;
    features: string[];
    tree: TreeNode;
    /** Probability at or above which a row is predicted 1 (churn models). */
    threshold: number;
    featureImportance: number[];
}
export declare class TreeModel {
    readonly kind: TreeModelKind;
    readonly target: string;
    readonly features: string[];
    readonly tree: TreeNode;
    readonly threshold: number;
    readonly featureImportance: number[];
    constructor(kind: TreeModelKind, target: string, features: string[], tree: TreeNode, threshold: number, featureImportance: number[]);
    /**
     * Scores rows that have the model's feature columns. Returns the input with `predicted` added
     * (0/1 for churn, the value for CLV) and, for churn, `probability`.
     * @example model.predict(crm.buildChurnFeatures(tx, { label: false })).orderby(aq.desc('probability'))
     */
    predict(table: TableInput): ColumnTable;
    /** Probabilities (churn) or values (CLV) for columns already read, row i of `x`. */
    scoreColumns(x: ArrayLike<number>[], n: number): Float64Array;
    /** One readable rule per leaf, e.g. "recency ≥ 120.5 and orders < 2.5 → 83% churn (412 rows)". */
    rules(): string[];
    /** The features ranked by importance (share of the total impurity decrease). */
    importanceTable(): ColumnTable;
    toJSON(): TreeModelJson;
    static fromJSON(json: unknown): TreeModel;
}
