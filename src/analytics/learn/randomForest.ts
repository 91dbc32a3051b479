/**
 * Random forests (Breiman 2001): CART trees (decisionTree.ts) each grown on a bootstrap sample of
 * the rows, trying `mtry` features drawn at random at every split; the forest predicts the mean
 * of its trees (the share of 1s for a 0/1 label, as scikit-learn's soft vote; the mean value for
 * a number).
 *
 * Out-of-bag (OOB) estimates: every row is predicted by the trees whose bootstrap sample missed
 * it (about 37% of them), which gives a test error without a test set. Permutation importance
 * (Breiman 2001, §10) is how much that OOB score drops when one feature's values are shuffled
 * among the rows: the drop in accuracy for a 0/1 label, the drop in R² for a number.
 *
 * Randomness, all from the one `random` source, in this order: for each tree its bootstrap
 * sample (`sampleSize` draws of ⌊u·n⌋) and then its split features as it grows; after the last
 * tree, one shuffle of each feature's values for the permutation importance.
 */
import { binColumns } from './binColumns';
import { growOnBins, predictTree, type TreeNode, type TreeOptions } from './decisionTree';
import { shuffledIndexes } from '../numerics/rng';

export interface ForestOptions extends TreeOptions {
  /** Number of trees. */
  trees: number;
  /** Features tried at each split. */
  mtry: number;
  /** Rows drawn (with replacement) for each tree's bootstrap sample. */
  sampleSize: number;
  /** Probability at or above which a 0/1 row is predicted 1 (for the OOB error). */
  threshold: number;
  /** Measure the OOB permutation importance (p more passes over the OOB rows). */
  permutation: boolean;
  random: () => number;
}

export interface GrownForest {
  trees: TreeNode[];
  /** Mean over the trees of each tree's impurity importance (sums to 1). */
  importance: number[];
  /** Drop of the OOB score when the feature is shuffled (accuracy or R²); null when not measured. */
  permutationImportance: number[] | null;
  /** Each row's OOB prediction (NaN for a row in every bootstrap sample). */
  oobPrediction: Float64Array;
  /** OOB error after 1, 2, … trees: error rate for a 0/1 label, mean squared error for a number (rows OOB so far). */
  oobCurve: Float64Array;
  /** Rows of each tree not in its bootstrap sample. */
  oobRows: Int32Array[];
}

/** The OOB error of predictions `pred` (NaN rows skipped): error rate or mean squared error. */
export function oobError(y: ArrayLike<number>, pred: ArrayLike<number>, kind: TreeOptions['kind'], threshold: number): number {
  let loss = 0;
  let m = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(pred[i])) continue;
    loss += kind === 'classification' ? ((pred[i] >= threshold ? 1 : 0) === y[i] ? 0 : 1) : (pred[i] - y[i]) ** 2;
    m++;
  }
  return m ? loss / m : NaN;
}

/** Accuracy for a 0/1 label, R² for a number, of the rows with an OOB prediction. */
function oobScore(y: Float64Array, pred: Float64Array, kind: TreeOptions['kind'], threshold: number): number {
  const err = oobError(y, pred, kind, threshold);
  if (kind === 'classification') return 1 - err;
  let s = 0;
  let m = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(pred[i])) continue;
    s += y[i];
    m++;
  }
  let ss = 0;
  for (let i = 0; i < y.length; i++) if (!Number.isNaN(pred[i])) ss += (y[i] - s / m) ** 2;
  return ss > 0 ? 1 - (err * m) / ss : NaN;
}

/** Mean prediction of the trees for the rows each tree left out (NaN where no tree did). */
function oobMean(trees: TreeNode[], oobRows: Int32Array[], x: ArrayLike<number>[], n: number): Float64Array {
  const sum = new Float64Array(n);
  const votes = new Int32Array(n);
  trees.forEach((root, t) => {
    for (const i of oobRows[t]) {
      sum[i] += predictTree(root, x, i);
      votes[i]++;
    }
  });
  return sum.map((s, i) => (votes[i] ? s / votes[i] : NaN));
}

/** Grows a forest on columns `x` (one Float64Array per feature) and targets `y`. */
export function growForest(x: Float64Array[], y: Float64Array, options: ForestOptions): GrownForest {
  const n = y.length;
  const p = x.length;
  const binned = binColumns(x, options.maxBins);
  const trees: TreeNode[] = [];
  const oobRows: Int32Array[] = [];
  const importance = new Array<number>(p).fill(0);
  const sum = new Float64Array(n);
  const votes = new Int32Array(n);
  const running = new Float64Array(n);
  const oobCurve = new Float64Array(options.trees);
  const inBag = new Uint8Array(n);
  for (let t = 0; t < options.trees; t++) {
    inBag.fill(0);
    const rows = new Int32Array(options.sampleSize);
    for (let k = 0; k < rows.length; k++) {
      const i = Math.floor(options.random() * n);
      rows[k] = i;
      inBag[i] = 1;
    }
    const grown = growOnBins(binned, y, rows, options, { mtry: options.mtry, random: options.random });
    trees.push(grown.root);
    grown.importance.forEach((v, j) => (importance[j] += v / options.trees));
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      if (inBag[i]) continue;
      out.push(i);
      sum[i] += predictTree(grown.root, x, i);
      votes[i]++;
    }
    oobRows.push(Int32Array.from(out));
    for (let i = 0; i < n; i++) running[i] = votes[i] ? sum[i] / votes[i] : NaN;
    oobCurve[t] = oobError(y, running, options.kind, options.threshold);
  }
  const oobPrediction = running;
  let permutationImportance: number[] | null = null;
  if (options.permutation) {
    const base = oobScore(y, oobPrediction, options.kind, options.threshold);
    permutationImportance = x.map((col, j) => {
      const order = shuffledIndexes(n, options.random);
      const shuffled = Float64Array.from(order, (i) => col[i]);
      const xj = x.map((c, k) => (k === j ? shuffled : c));
      return base - oobScore(y, oobMean(trees, oobRows, xj, n), options.kind, options.threshold);
    });
  }
  return { trees, importance, permutationImportance, oobPrediction, oobCurve, oobRows };
}
