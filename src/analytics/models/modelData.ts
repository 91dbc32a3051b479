/**
 * Shared steps of the supervised models: reading the label or target, the default feature list,
 * and a seeded (optionally stratified) train/test split.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { classificationMetrics, type ClassificationMetrics } from './classificationMetrics';
import { requirePositiveInteger } from '../options';
import { numericColumnNames } from '../learn/featureMatrix';
import { shuffledIndexes, seededRandom } from '../numerics/rng';
import { columnValues } from '../columnar/tableInput';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';

/** Reads a column through `read` (null = not acceptable); an error names the first bad value and its row. */
function readColumn(
  fn: string,
  table: ColumnTable,
  name: string,
  read: (v: unknown) => number | null,
  rule: (row: number, value: string) => string,
): Float64Array {
  const values = columnValues(fn, table, name);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = read(values[i]);
    if (v === null) throw analyticsError(fn, rule(i + 1, JSON.stringify(values[i])));
    out[i] = v;
  }
  return out;
}

/** A 0/1 label column (booleans accepted); an error names the first other value and its row. */
export function readLabel(fn: string, table: ColumnTable, label: string): Float64Array {
  if (typeof label !== 'string' || !label) throw analyticsError(fn, 'options.label must name the 0/1 column to predict');
  const read = (v: unknown) => (v === 1 || v === true ? 1 : v === 0 || v === false ? 0 : null);
  return readColumn(fn, table, label, read, (row, value) => `label "${label}" must be 0/1 or true/false; row ${row} is ${value}`);
}

/** A numeric target column; an error names the first value that is not a finite number. */
export function readTarget(fn: string, table: ColumnTable, target: string): Float64Array {
  if (typeof target !== 'string' || !target) throw analyticsError(fn, 'options.target must name the numeric column to predict');
  const read = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return readColumn(fn, table, target, read, (row, value) => `target "${target}" of row ${row} is not a finite number (${value})`);
}

/** The given features, or every numeric column other than the label and `customerId`. */
export function featureList(fn: string, table: ColumnTable, features: string[] | undefined, label: string): string[] {
  const list = features ?? numericColumnNames(table, [label, 'customerId']);
  if (!Array.isArray(list) || list.length === 0)
    throw analyticsError(
      fn,
      `needs at least one numeric feature column besides "${label}"; the table has ${table
        .columnNames()
        .map((c) => `"${c}"`)
        .join(', ')}`,
    );
  if (list.includes(label)) throw analyticsError(fn, `the label "${label}" cannot also be a feature`);
  return list;
}

/**
 * Row indexes for training and testing: a seeded shuffle, `testSize` of the rows held out. With
 * `strata` (the 0/1 label) each class is split in the same proportion.
 */
export function trainTestSplit(
  fn: string,
  n: number,
  testSize: number,
  seed: number,
  strata?: Float64Array,
): { train: Int32Array; test: Int32Array } {
  if (typeof testSize !== 'number' || !(testSize >= 0 && testSize < 1))
    throw analyticsError(fn, `testSize must be at least 0 and below 1, not ${String(testSize)}`);
  const random = seededRandom(seed);
  const order = shuffledIndexes(n, random);
  const groups = strata ? [0, 1].map((c) => Array.from(order).filter((i) => strata[i] === c)) : [Array.from(order)];
  const train: number[] = [];
  const test: number[] = [];
  for (const g of groups) {
    const k = Math.round(g.length * testSize);
    test.push(...g.slice(0, k));
    train.push(...g.slice(k));
  }
  return { train: Int32Array.from(train.sort((a, b) => a - b)), test: Int32Array.from(test.sort((a, b) => a - b)) };
}

/**
 * The fold (0..folds−1) of each row for k-fold cross-validation: the same seeded shuffle as
 * {@link trainTestSplit}, rows dealt to the folds in turn (with `strata`, class 0 first, then
 * class 1), so that fold sizes and each fold's positives differ by at most one row.
 */
export function kFolds(fn: string, n: number, folds: number, seed: number, strata?: Float64Array): Int32Array {
  if (!Number.isInteger(folds) || folds < 2 || folds > n)
    throw analyticsError(fn, `folds must be a whole number from 2 to the number of rows (${n}), not ${String(folds)}`);
  const order = shuffledIndexes(n, seededRandom(seed));
  const fold = new Int32Array(n);
  // One counter through class 0 then class 1: each fold gets its share of each class and the fold sizes differ by at most one.
  const dealOrder = strata
    ? [...Array.from(order).filter((i) => strata[i] !== 1), ...Array.from(order).filter((i) => strata[i] === 1)]
    : order;
  dealOrder.forEach((i, k) => (fold[i] = k % folds));
  return fold;
}

/** The rows `idx` of each column. */
export function takeRows<T extends Float64Array>(cols: T[], idx: Int32Array): Float64Array[] {
  return cols.map((c) => Float64Array.from(idx, (i) => c[i]));
}

export function takeValues(y: Float64Array, idx: Int32Array): Float64Array {
  return Float64Array.from(idx, (i) => y[i]);
}

export const sum = (v: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s;
};

/**
 * The rows the metrics are measured on: the held-out rows, or the training rows when testSize
 * is 0 (with a warning that the metrics then flatter the model).
 */
export function evaluationRows(split: { train: Int32Array; test: Int32Array }, warnings: string[], language: Language): Int32Array {
  if (split.test.length) return split.test;
  warnings.push(warningText(language, 'testSizeZero'));
  return split.train;
}

/** Metrics of probabilities predicted 1 at `threshold`, with their ROC AUC when both classes are present (else null). */
export function probabilityMetrics(yTrue: Float64Array, prob: ArrayLike<number>, threshold: number): ClassificationMetrics {
  return classificationMetrics(yTrue, prob, { threshold, scores: true });
}

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
  /** The language of the warnings: 'en' (default) or 'zh-cn'. */
  language: Language;
}

export const TREE_DEFAULTS: TreeTrainingOptions = { testSize: 0.25, seed: 42, maxDepth: 5, minNumSamples: 20, maxBins: 64, language: 'en' };

export function checkTreeOptions(fn: string, o: TreeTrainingOptions): void {
  requirePositiveInteger(fn, 'maxDepth', o.maxDepth);
  requirePositiveInteger(fn, 'minNumSamples', o.minNumSamples);
  requirePositiveInteger(fn, 'maxBins', o.maxBins);
  if (o.maxBins > 65535) throw analyticsError(fn, `maxBins must be at most 65535, not ${o.maxBins}`);
  if (!Number.isInteger(o.seed)) throw analyticsError(fn, `seed must be an integer, not ${String(o.seed)}`);
}
