/**
 * Shared steps of the random-forest trainers (trainChurnForest, trainClvForest): their options
 * with defaults, the checks, growing the forest on the training rows, and the OOB curve table.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { growForest, type GrownForest } from '../learn/randomForest';
import { seededRandom } from '../numerics/rng';
import { requirePositiveInteger } from '../options';
import { checkTreeOptions, TREE_DEFAULTS, type TreeTrainingOptions } from './modelData';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';

/** Options shared by the forest trainers; the tree options apply to every tree. */
export interface ForestTrainingOptions extends TreeTrainingOptions {
  /** Number of trees (default 100). */
  trees: number;
  /**
   * Features tried at each split (default ⌊√p⌋ for churn and all p for a value, scikit-learn's
   * defaults; all p is bagging; Breiman's p/3 for a value is `Math.floor(p / 3)`).
   */
  mtry: number | undefined;
  /** Rows in each bootstrap sample as a share of the training rows (default 1). */
  sampleFraction: number;
  /** Measure the OOB permutation importance of each feature (default true). */
  permutationImportance: boolean;
}

/** Forests grow deeper trees than a single readable tree: averaging tames their variance. */
export const FOREST_DEFAULTS: ForestTrainingOptions = {
  ...TREE_DEFAULTS,
  maxDepth: 10,
  minNumSamples: 5,
  trees: 100,
  mtry: undefined,
  sampleFraction: 1,
  permutationImportance: true,
};

/** Checks the forest options; returns mtry resolved for p features. */
export function checkForestOptions(fn: string, o: ForestTrainingOptions, p: number, kind: 'classification' | 'regression'): number {
  checkTreeOptions(fn, o);
  requirePositiveInteger(fn, 'trees', o.trees);
  if (o.trees > 10_000) throw analyticsError(fn, `trees must be at most 10,000, not ${o.trees}`);
  if (!(typeof o.sampleFraction === 'number' && o.sampleFraction > 0 && o.sampleFraction <= 1))
    throw analyticsError(fn, `sampleFraction must be above 0 and at most 1, not ${String(o.sampleFraction)}`);
  if (typeof o.permutationImportance !== 'boolean')
    throw analyticsError(fn, `permutationImportance must be true or false, not ${String(o.permutationImportance)}`);
  const mtry = o.mtry ?? (kind === 'classification' ? Math.max(1, Math.floor(Math.sqrt(p))) : p);
  requirePositiveInteger(fn, 'mtry', mtry);
  if (mtry > p) throw analyticsError(fn, `mtry must be at most the number of features (${p}), not ${mtry}`);
  return mtry;
}

/**
 * Grows the forest on the training columns. Its random source is `seededRandom(seed + 1)`, apart
 * from the train/test split's `seededRandom(seed)`.
 */
export function fitForest(
  x: Float64Array[],
  y: Float64Array,
  o: ForestTrainingOptions,
  kind: 'classification' | 'regression',
  mtry: number,
  threshold: number,
): GrownForest {
  return growForest(x, y, {
    kind,
    maxDepth: o.maxDepth,
    minNumSamples: o.minNumSamples,
    maxBins: o.maxBins,
    trees: o.trees,
    mtry,
    sampleSize: Math.max(1, Math.round(o.sampleFraction * y.length)),
    threshold,
    permutation: o.permutationImportance,
    random: seededRandom(o.seed + 1),
  });
}

/** The OOB error after each tree, as a table for the chart (trees, oobError). */
export function oobCurveTable(curve: Float64Array): ColumnTable {
  return aq.table({ trees: Array.from(curve, (_, t) => t + 1), oobError: Array.from(curve) });
}

/** The rows with an OOB prediction and those predictions, with a warning when some rows have none. */
export function oobRows(grown: GrownForest, warnings: string[], language: Language): Int32Array {
  const rows: number[] = [];
  grown.oobPrediction.forEach((v, i) => Number.isNaN(v) || rows.push(i));
  const missing = grown.oobPrediction.length - rows.length;
  if (missing > 0) warnings.push(warningText(language, 'noOutOfBag', missing));
  return Int32Array.from(rows);
}
