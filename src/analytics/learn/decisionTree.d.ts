/**
 * CART decision trees (Breiman et al. 1984) grown greedily on binned features, as histogram-based
 * tree learners do (LightGBM, scikit-learn's HistGradientBoosting): each feature is cut into at
 * most `maxBins` bins once, and a node's best split is found from per-bin counts and sums in one
 * pass over its rows. With no more distinct values than bins, the candidate thresholds are the
 * midpoints between consecutive distinct values, exactly as in unbinned CART.
 *
 * Impurity: Gini for a 0/1 label (a leaf predicts the share of 1s), squared error for a number (a
 * leaf predicts the mean). A node splits when it has more than `minNumSamples` rows, is above
 * `maxDepth` and some split lowers the impurity; ties go to the first feature and the lowest
 * threshold. Feature importance is the total impurity decrease a feature brings, weighted by the
 * rows it splits, normalised to sum to 1 (scikit-learn's `feature_importances_`).
 */
/** A tree node: a split (rows with `x[feature] < threshold` go left) or a leaf with its value. */
export type TreeNode = {
    feature: number;
    threshold: number;
    n: number;
    left: TreeNode;
    right: TreeNode;
} | {
    value: number;
    n: number;
};
export interface TreeOptions {
    kind: 'classification' | 'regression';
    maxDepth: number;
    minNumSamples: number;
    maxBins: number;
}
export interface GrownTree {
    root: TreeNode;
    importance: number[];
    leaves: number;
    depth: number;
}
/**
 * Thresholds cutting one feature into at most `maxBins` bins of about equal counts: midpoints
 * between consecutive distinct values at the quantile positions.
 */
export declare function binEdges(values: Float64Array, maxBins: number): Float64Array;
/** Grows a tree on columns `x` (one Float64Array per feature) and targets `y`. */
export declare function growTree(x: Float64Array[], y: Float64Array, options: TreeOptions): GrownTree;
/** The leaf value for row `i` of columns `x`. */
export declare function predictTree(root: TreeNode, x: ArrayLike<number>[], i: number): number;
/**
 * The tree as readable rules, one line per leaf: the conditions on the path and the leaf's value.
 * @example treeRules(root, ['recency', 'frequency'], (v) => `${Math.round(100 * v)}% churn`)
 * // → ['recency ≥ 120.5 and frequency < 2.5 → 83% churn (412 rows)', …] (features in column order)
 */
export declare function treeRules(root: TreeNode, features: string[], describe: (value: number) => string): string[];
/** Checks a tree read from JSON: every node a split with two children or a leaf with a value. */
export declare function isTreeNode(v: unknown, features: number): v is TreeNode;
