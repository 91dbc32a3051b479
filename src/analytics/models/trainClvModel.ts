/**
 * A value model: a CART regression tree that predicts a numeric column (next year's revenue,
 * CLV) from per-customer features, judged on held-out customers.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { growTree } from '../learn/decisionTree';
import { numericColumns } from '../learn/featureMatrix';
import {
  checkTreeOptions,
  evaluationRows,
  featureList,
  readTarget,
  sum,
  takeRows,
  takeValues,
  TREE_DEFAULTS,
  trainTestSplit,
  type TreeTrainingOptions,
} from './modelData';
import { resolveRequired } from '../options';
import { asTable, type TableInput } from '../columnar/tableInput';
import { regressionMetrics, type RegressionMetrics } from './regressionMetrics';
import { TreeModel } from './TreeModel';
import { warningText } from '../warningText';

export interface ClvModelOptions extends TreeTrainingOptions {
  /** The numeric column to predict (required). */
  target: string;
  /** Feature columns (default: every numeric column except the target and customerId). */
  features: string[] | undefined;
}

export interface ClvModelResult {
  model: TreeModel;
  /** MAE, RMSE and R² on the held-out rows (on the training rows when testSize is 0). */
  metrics: RegressionMetrics;
  /** The same measures for always predicting the training mean: the bar the tree must clear. */
  baseline: RegressionMetrics;
  featureImportance: ColumnTable;
  /** Held-out rows: actual and predicted values. */
  testPredictions: ColumnTable;
  rules: string[];
  train: { rows: number };
  test: { rows: number };
  warnings: string[];
}

/**
 * Trains a regression tree with a seeded train/test split.
 * @param table one row per customer with numeric features and the target
 * @param options `{ target, features?, testSize = 0.25, seed = 42, maxDepth = 5, minNumSamples = 20, maxBins = 64, language = 'en' }` (language: of the warnings and the rules)
 * @example
 * const r = crm.trainClvModel(customers, { target: 'nextYearRevenue', features: ['recency', 'frequency', 'monetary'] });
 * [r.metrics.mae, r.metrics.r2, r.baseline.mae] // the tree against always guessing the mean
 */
export function trainClvModel(table: TableInput, options: Partial<ClvModelOptions> & { target: string }): ClvModelResult {
  const fn = 'trainClvModel';
  const o = resolveRequired<ClvModelOptions, 'target'>(fn, { ...TREE_DEFAULTS, features: undefined }, options, ['target']);
  checkTreeOptions(fn, o);
  const t = asTable(fn, table);
  const y = readTarget(fn, t, o.target);
  const features = featureList(fn, t, o.features, o.target);
  const x = numericColumns(fn, t, features);
  const split = trainTestSplit(fn, y.length, o.testSize, o.seed);
  const warnings: string[] = [];
  if (split.train.length < 2) throw analyticsError(fn, `needs at least 2 training rows, has ${split.train.length}`);
  const evalIdx = evaluationRows(split, warnings, o.language);
  const yTrain = takeValues(y, split.train);
  const grown = growTree(takeRows(x, split.train), yTrain, {
    kind: 'regression',
    maxDepth: o.maxDepth,
    minNumSamples: o.minNumSamples,
    maxBins: o.maxBins,
  });
  const model = new TreeModel('clv', o.target, features, grown.root, 0.5, grown.importance);
  const yEval = takeValues(y, evalIdx);
  const pred = model.scoreColumns(takeRows(x, evalIdx), evalIdx.length);
  const trainMean = sum(yTrain) / yTrain.length;
  if (y.length < 200) warnings.push(warningText(o.language, 'fewRows', y.length));
  return {
    model,
    metrics: regressionMetrics(yEval, pred),
    baseline: regressionMetrics(yEval, new Float64Array(yEval.length).fill(trainMean)),
    featureImportance: model.importanceTable(),
    testPredictions: aq.table({ actual: Array.from(yEval), predicted: Array.from(pred) }),
    rules: model.rules(o.language),
    train: { rows: split.train.length },
    test: { rows: split.test.length },
    warnings,
  };
}
