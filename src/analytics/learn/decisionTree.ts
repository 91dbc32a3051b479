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
import { binColumns, type BinnedColumns } from './binColumns';

/** A tree node: a split (rows with `x[feature] < threshold` go left) or a leaf with its value. */
export type TreeNode = { feature: number; threshold: number; n: number; left: TreeNode; right: TreeNode } | { value: number; n: number };

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

/** Grows a tree on columns `x` (one Float64Array per feature) and targets `y`. */
export function growTree(x: Float64Array[], y: Float64Array, options: TreeOptions): GrownTree {
  const rows = new Int32Array(y.length);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  return growOnBins(binColumns(x, options.maxBins), y, rows, options);
}

/** What a random forest adds to a tree: features tried per split, and the random source that picks them. */
export interface FeatureSampling {
  /** Features tried at each split (features constant in the node do not count, as in scikit-learn). */
  mtry: number;
  random: () => number;
}

/**
 * Grows a tree on features already binned, from the rows listed in `rows` (a row listed twice
 * counts twice, as in a bootstrap sample). With `sampling`, each split looks at `mtry` features
 * taken at random (a lazy Fisher–Yates shuffle) instead of all of them.
 */
export function growOnBins(
  binned: BinnedColumns,
  y: Float64Array,
  rows: Int32Array,
  options: TreeOptions,
  sampling?: FeatureSampling,
): GrownTree {
  const n = rows.length;
  const { edges, bins } = binned;
  const p = edges.length;
  const mtry = sampling ? Math.min(p, sampling.mtry) : p;
  const order = Int32Array.from({ length: p }, (_, j) => j);
  const maxBinCount = Math.max(1, ...edges.map((e) => e.length + 1));
  const count = new Float64Array(maxBinCount);
  const sum = new Float64Array(maxBinCount);
  const importance = new Array<number>(p).fill(0);
  const classification = options.kind === 'classification';
  let leaves = 0;
  let depthReached = 0;

  // Impurity × rows of a node with `m` rows summing to `s` (and Σy² = `s2` for regression).
  const weightedImpurity = (m: number, s: number, s2: number) => {
    if (m === 0) return 0;
    if (classification) {
      const q = s / m;
      return m * 2 * q * (1 - q);
    }
    return s2 - (s * s) / m;
  };

  const grow = (from: number, to: number, depth: number): TreeNode => {
    const m = to - from;
    let s = 0;
    let s2 = 0;
    for (let k = from; k < to; k++) {
      const v = y[rows[k]];
      s += v;
      s2 += v * v;
    }
    const leaf = (): TreeNode => {
      leaves++;
      depthReached = Math.max(depthReached, depth);
      return { value: s / m, n: m };
    };
    if (depth >= options.maxDepth || m <= options.minNumSamples) return leaf();
    const parent = weightedImpurity(m, s, s2);
    if (parent <= 1e-12 * m) return leaf();
    let bestGain = 1e-12 * Math.max(1, Math.abs(parent));
    let bestFeature = -1;
    let bestBin = -1;
    let examined = 0;
    for (let f = 0; f < p && examined < mtry; f++) {
      if (sampling && mtry < p) {
        const r = f + Math.floor(sampling.random() * (p - f));
        const swap = order[f];
        order[f] = order[r];
        order[r] = swap;
      }
      const j = order[f];
      const nb = edges[j].length + 1;
      if (nb < 2) continue;
      count.fill(0, 0, nb);
      sum.fill(0, 0, nb);
      const bj = bins[j];
      let occupied = 0;
      for (let k = from; k < to; k++) {
        const i = rows[k];
        if (count[bj[i]]++ === 0) occupied++;
        sum[bj[i]] += y[i];
      }
      if (occupied < 2) continue; // constant in this node: no split, and not counted as tried
      examined++;
      // Squared error needs Σy² on each side; it cancels in the gain (see below), so only the
      // counts and sums are kept: gain = Σ_L²/n_L + Σ_R²/n_R − Σ²/n for regression.
      let nl = 0;
      let sl = 0;
      for (let b = 0; b < nb - 1; b++) {
        nl += count[b];
        sl += sum[b];
        if (count[b] === 0 || nl === 0 || nl === m) continue;
        const nr = m - nl;
        const sr = s - sl;
        const gain = classification
          ? parent - weightedImpurity(nl, sl, 0) - weightedImpurity(nr, sr, 0)
          : (sl * sl) / nl + (sr * sr) / nr - (s * s) / m;
        if (gain > bestGain) {
          bestGain = gain;
          bestFeature = j;
          bestBin = b;
        }
      }
    }
    if (bestFeature < 0) return leaf();
    importance[bestFeature] += bestGain;
    // Partition rows[from, to) in place: bin ≤ bestBin to the left, stable order kept for ties.
    const bj = bins[bestFeature];
    const right: number[] = [];
    let w = from;
    for (let k = from; k < to; k++) {
      const i = rows[k];
      if (bj[i] <= bestBin) rows[w++] = i;
      else right.push(i);
    }
    for (let k = 0; k < right.length; k++) rows[w + k] = right[k];
    return {
      feature: bestFeature,
      threshold: edges[bestFeature][bestBin],
      n: m,
      left: grow(from, w, depth + 1),
      right: grow(w, to, depth + 1),
    };
  };

  const root = n === 0 ? { value: NaN, n: 0 } : grow(0, n, 0);
  const total = importance.reduce((a, b) => a + b, 0);
  return { root, importance: importance.map((v) => (total > 0 ? v / total : 0)), leaves, depth: depthReached };
}

/** The leaf value for row `i` of columns `x`. */
export function predictTree(root: TreeNode, x: ArrayLike<number>[], i: number): number {
  let node = root;
  while ('feature' in node) node = x[node.feature][i] < node.threshold ? node.left : node.right;
  return node.value;
}

/** The words between a rule's parts: English by default, a caller's language otherwise. */
export interface RuleWords {
  /** Between two conditions, e.g. ' and '. */
  and: string;
  /** The conditions of a tree with no split, e.g. 'all rows'. */
  allRows: string;
  /** After the leaf's value, e.g. ' (412 rows)' for '412'. */
  rows: (n: string) => string;
}

const ENGLISH_RULE_WORDS: RuleWords = { and: ' and ', allRows: 'all rows', rows: (n) => ` (${n} rows)` };

/**
 * The tree as readable rules, one line per leaf: the conditions on the path and the leaf's value.
 * @example treeRules(root, ['recency', 'frequency'], (v) => `${Math.round(100 * v)}% churn`)
 * // → ['recency ≥ 120.5 and frequency < 2.5 → 83% churn (412 rows)', …] (features in column order)
 */
export function treeRules(
  root: TreeNode,
  features: string[],
  describe: (value: number) => string,
  words: RuleWords = ENGLISH_RULE_WORDS,
): string[] {
  const out: string[] = [];
  const fmt = (v: number) => String(Number(v.toPrecision(6)));
  // Conditions on one feature along a path collapse to its tightest bounds: "382.5 ≤ tenure < 402".
  type Bounds = Map<number, { low: number; high: number }>;
  const text = (bounds: Bounds) =>
    [...bounds.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([f, { low, high }]) =>
        low === -Infinity
          ? `${features[f]} < ${fmt(high)}`
          : high === Infinity
            ? `${features[f]} ≥ ${fmt(low)}`
            : `${fmt(low)} ≤ ${features[f]} < ${fmt(high)}`,
      )
      .join(words.and);
  const walk = (node: TreeNode, bounds: Bounds) => {
    if ('feature' in node) {
      const b = bounds.get(node.feature) ?? { low: -Infinity, high: Infinity };
      walk(node.left, new Map(bounds).set(node.feature, { low: b.low, high: Math.min(b.high, node.threshold) }));
      walk(node.right, new Map(bounds).set(node.feature, { low: Math.max(b.low, node.threshold), high: b.high }));
    } else {
      out.push(`${bounds.size ? text(bounds) : words.allRows} → ${describe(node.value)}${words.rows(node.n.toLocaleString('en-US'))}`);
    }
  };
  walk(root, new Map());
  return out;
}

/** Checks a tree read from JSON: every node a split with two children or a leaf with a value. */
export function isTreeNode(v: unknown, features: number): v is TreeNode {
  const node = v as Record<string, unknown> | null;
  if (!node || typeof node !== 'object' || typeof node.n !== 'number') return false;
  if ('feature' in node) {
    return (
      Number.isInteger(node.feature) &&
      (node.feature as number) >= 0 &&
      (node.feature as number) < features &&
      typeof node.threshold === 'number' &&
      isTreeNode(node.left, features) &&
      isTreeNode(node.right, features)
    );
  }
  return typeof node.value === 'number';
}
