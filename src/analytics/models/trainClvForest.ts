/**
 * A value model from many trees: a random forest of CART regression trees predicting a numeric
 * column (next year's revenue, CLV), with an out-of-bag error and permutation importance.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { numericColumns } from '../learn/featureMatrix';
import { evaluationRows, featureList, readTarget, sum, takeRows, takeValues, trainTestSplit } from './modelData';
import { checkForestOptions, FOREST_DEFAULTS, fitForest, oobCurveTable, oobRows, type ForestTrainingOptions } from './forestData';
import { resolveRequired } from '../options';
import { asTable, type TableInput } from '../columnar/tableInput';
import { regressionMetrics, type RegressionMetrics } from './regressionMetrics';
import { ForestModel } from './ForestModel';
import { warningText } from '../warningText';

export interface ClvForestOptions extends ForestTrainingOptions {
  /** The numeric column to predict (required). */
  target: string;
  /** Feature columns (default: every numeric column except the target and customerId). */
  features: string[] | undefined;
}

export interface ClvForestResult {
  model: ForestModel;
  /** MAE, RMSE and R² on the held-out rows (on the training rows when testSize is 0). */
  metrics: RegressionMetrics;
  /** The same measures for always predicting the training mean: the bar the forest must clear. */
  baseline: RegressionMetrics;
  /** Out-of-bag MAE, RMSE and R² on the training rows (null with no OOB rows). */
  oob: RegressionMetrics | null;
  /** OOB mean squared error after 1, 2, … trees (trees, oobError). */
  oobCurve: ColumnTable;
  /** Features ranked by permutation importance (feature, importance, permutationImportance = drop in OOB R²). */
  featureImportance: ColumnTable;
  /** Held-out rows: actual and predicted values. */
  testPredictions: ColumnTable;
  mtry: number;
  train: { rows: number };
  test: { rows: number };
  warnings: string[];
}

/**
 * Trains a random-forest regressor (Breiman 2001) with a seeded train/test split: `trees` CART
 * regression trees on bootstrap samples, `mtry` random features tried per split, predictions
 * averaged. The default tries every feature (bagged trees, scikit-learn's default for
 * regression): with a few informative features among many, a small mtry often misses them.
 * @param table one row per customer with numeric features and the target
 * @param options `{ target, features?, trees = 100, mtry = p (all: bagging), sampleFraction = 1, permutationImportance = true, testSize = 0.25, seed = 42, maxDepth = 10, minNumSamples = 5, maxBins = 64, language = 'en' }` (language: of the warnings)
 * @returns the model, held-out, baseline and out-of-bag metrics, the OOB curve and the feature ranking
 * @throws when the target has a value that is not a finite number, or an option is out of range
 * @example
 * const r = crm.trainClvForest(customers, { target: 'nextYearRevenue', features: ['recency', 'frequency', 'monetary'] });
 * [r.metrics.r2, r.oob.r2, r.baseline.mae] // held out, out of bag, and the mean's error
 */
export function trainClvForest(table: TableInput, options: Partial<ClvForestOptions> & { target: string }): ClvForestResult {
  const fn = 'trainClvForest';
  const o = resolveRequired<ClvForestOptions, 'target'>(fn, { ...FOREST_DEFAULTS, features: undefined }, options, ['target']);
  const t = asTable(fn, table);
  const y = readTarget(fn, t, o.target);
  const features = featureList(fn, t, o.features, o.target);
  const mtry = checkForestOptions(fn, o, features.length, 'regression');
  const x = numericColumns(fn, t, features);
  const split = trainTestSplit(fn, y.length, o.testSize, o.seed);
  const warnings: string[] = [];
  if (split.train.length < 2) throw analyticsError(fn, `needs at least 2 training rows, has ${split.train.length}`);
  const evalIdx = evaluationRows(split, warnings, o.language);
  const yTrain = takeValues(y, split.train);
  const grown = fitForest(takeRows(x, split.train), yTrain, o, 'regression', mtry, 0.5);
  const model = new ForestModel('clv', o.target, features, grown.trees, 0.5, grown.importance, grown.permutationImportance);
  const yEval = takeValues(y, evalIdx);
  const pred = model.scoreColumns(takeRows(x, evalIdx), evalIdx.length);
  const trainMean = sum(yTrain) / yTrain.length;
  const oobIdx = oobRows(grown, warnings, o.language);
  if (y.length < 200) warnings.push(warningText(o.language, 'fewRows', y.length));
  return {
    model,
    metrics: regressionMetrics(yEval, pred),
    baseline: regressionMetrics(yEval, new Float64Array(yEval.length).fill(trainMean)),
    oob: oobIdx.length ? regressionMetrics(takeValues(yTrain, oobIdx), takeValues(grown.oobPrediction, oobIdx)) : null,
    oobCurve: oobCurveTable(grown.oobCurve),
    featureImportance: model.importanceTable(),
    testPredictions: aq.table({ actual: Array.from(yEval), predicted: Array.from(pred) }),
    mtry,
    train: { rows: split.train.length },
    test: { rows: split.test.length },
    warnings,
  };
}
