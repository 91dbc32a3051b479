/**
 * A churn model a founder can read: a CART decision tree on per-customer features, trained on
 * one part of the customers and judged on the rest.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from './analyticsError';
import { classificationMetrics, rocAuc, type ClassificationMetrics } from './classificationMetrics';
import { growTree } from './internal/decisionTree';
import { numericColumns } from './internal/featureMatrix';
import { featureList, readLabel, takeRows, takeValues, trainTestSplit } from './internal/modelData';
import { requirePositiveInteger, resolveOptions } from './internal/options';
import { asTable, type TableInput } from './internal/tableInput';
import { TreeModel } from './TreeModel';

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

export interface ChurnModelOptions extends TreeTrainingOptions {
  /** The 0/1 column to predict (required). */
  label: string;
  /** Feature columns (default: every numeric column except the label and customerId). */
  features: string[] | undefined;
  /** Probability at or above which a customer is predicted to churn (default 0.5). */
  threshold: number;
}

export interface ChurnModelResult {
  model: TreeModel;
  /** Metrics on the held-out rows (on the training rows when testSize is 0). */
  metrics: ClassificationMetrics;
  /** Features ranked by importance (feature, importance). */
  featureImportance: ColumnTable;
  /** Held-out rows: actual label and predicted probability (for ROC curves). */
  testPredictions: ColumnTable;
  /** The leaves as readable rules. */
  rules: string[];
  train: { rows: number; positives: number };
  test: { rows: number; positives: number };
  warnings: string[];
}

export const TREE_DEFAULTS: TreeTrainingOptions = { testSize: 0.25, seed: 42, maxDepth: 5, minNumSamples: 20, maxBins: 64 };

/** Checks the tree options shared by both trainers. */
export function checkTreeOptions(fn: string, o: TreeTrainingOptions): void {
  requirePositiveInteger(fn, 'maxDepth', o.maxDepth);
  requirePositiveInteger(fn, 'minNumSamples', o.minNumSamples);
  requirePositiveInteger(fn, 'maxBins', o.maxBins);
  if (o.maxBins > 65535) throw analyticsError(fn, `maxBins must be at most 65535, not ${o.maxBins}`);
  if (!Number.isInteger(o.seed)) throw analyticsError(fn, `seed must be an integer, not ${String(o.seed)}`);
}

/**
 * Trains a decision-tree churn classifier with a stratified, seeded train/test split.
 * @param table one row per customer with numeric features and a 0/1 label, e.g. from {@link buildChurnFeatures}
 * @param options `{ label, features?, testSize = 0.25, seed = 42, maxDepth = 5, minNumSamples = 20, maxBins = 64, threshold = 0.5 }`
 * @example
 * const data = crm.buildChurnFeatures(tx, { horizonDays: 90 });
 * const { model, metrics, featureImportance } = crm.trainChurnModel(data, { label: 'churned' });
 * metrics.rocAuc // → e.g. 0.81 on the sample shop
 * model.predict(crm.buildChurnFeatures(tx, { label: false })) // today's customers, with probability
 */
export function trainChurnModel(table: TableInput, options: Partial<ChurnModelOptions> & { label: string }): ChurnModelResult {
  const fn = 'trainChurnModel';
  const o = resolveOptions(fn, { ...TREE_DEFAULTS, label: undefined as unknown as string, features: undefined, threshold: 0.5 } as ChurnModelOptions, options);
  checkTreeOptions(fn, o);
  const t = asTable(fn, table);
  const y = readLabel(fn, t, o.label);
  const features = featureList(fn, t, o.features, o.label);
  const x = numericColumns(fn, t, features);
  const n = y.length;
  const positives = y.reduce((a, b) => a + b, 0);
  if (positives === 0 || positives === n) throw analyticsError(fn, `label "${o.label}" has only one class (${positives} of ${n} rows are 1); a model needs both`);
  const split = trainTestSplit(fn, n, o.testSize, o.seed, y);
  const warnings: string[] = [];
  const evalIdx = split.test.length ? split.test : split.train;
  if (!split.test.length) warnings.push('testSize is 0: the metrics are measured on the training rows and flatter the model');
  const yTrain = takeValues(y, split.train);
  const trainPos = yTrain.reduce((a, b) => a + b, 0);
  if (trainPos === 0 || trainPos === yTrain.length) throw analyticsError(fn, `the training rows have only one class; use more rows or a smaller testSize`);
  const grown = growTree(takeRows(x, split.train), yTrain, { kind: 'classification', maxDepth: o.maxDepth, minNumSamples: o.minNumSamples, maxBins: o.maxBins });
  const model = new TreeModel('churn', o.label, features, grown.root, o.threshold, grown.importance);
  const yEval = takeValues(y, evalIdx);
  const prob = model.scoreColumns(takeRows(x, evalIdx), evalIdx.length);
  const metrics = classificationMetrics(yEval, Array.from(prob, (p) => (p >= o.threshold ? 1 : 0)));
  const evalPos = yEval.reduce((a, b) => a + b, 0);
  metrics.rocAuc = evalPos > 0 && evalPos < yEval.length ? rocAuc(yEval, prob) : null;
  if (metrics.rocAuc === null) warnings.push('the test rows have only one class, so the ROC AUC is undefined');
  if (Math.min(positives, n - positives) < 50) warnings.push(`only ${Math.min(positives, n - positives)} rows in the smaller class: the metrics are very uncertain`);
  return {
    model,
    metrics,
    featureImportance: model.importanceTable(),
    testPredictions: aq.table({ actual: Array.from(yEval), probability: Array.from(prob) }),
    rules: model.rules(),
    train: { rows: split.train.length, positives: trainPos },
    test: { rows: split.test.length, positives: split.test.length ? evalPos : 0 },
    warnings,
  };
}
