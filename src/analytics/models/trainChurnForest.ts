/**
 * A churn model that trades the single tree's readable rules for accuracy: a random forest of
 * CART trees (learn/randomForest.ts), with an out-of-bag error and permutation importance.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ClassificationMetrics } from './classificationMetrics';
import { probabilityMetrics, sum, takeRows, takeValues } from './modelData';
import { churnTrainingData } from './churnTrainingData';
import { checkForestOptions, FOREST_DEFAULTS, fitForest, oobCurveTable, oobRows, type ForestTrainingOptions } from './forestData';
import { resolveRequired } from '../options';
import type { TableInput } from '../columnar/tableInput';
import { ForestModel } from './ForestModel';
import { warningText } from '../warningText';

export interface ChurnForestOptions extends ForestTrainingOptions {
  /** The 0/1 column to predict (required). */
  label: string;
  /** Feature columns (default: every numeric column except the label and customerId). */
  features: string[] | undefined;
  /** Probability at or above which a customer is predicted to churn (default 0.5). */
  threshold: number;
}

export interface ChurnForestResult {
  model: ForestModel;
  /** Metrics on the held-out rows (on the training rows when testSize is 0). */
  metrics: ClassificationMetrics;
  /** Out-of-bag metrics on the training rows: each row judged by the trees that did not see it (null with no OOB rows). */
  oob: (ClassificationMetrics & { error: number }) | null;
  /** OOB error rate after 1, 2, … trees (trees, oobError): flat once there are enough trees. */
  oobCurve: ColumnTable;
  /** Features ranked by permutation importance (feature, importance, permutationImportance). */
  featureImportance: ColumnTable;
  /** Held-out rows: actual label and predicted probability (for ROC curves). */
  testPredictions: ColumnTable;
  /** Features tried at each split. */
  mtry: number;
  train: { rows: number; positives: number };
  test: { rows: number; positives: number };
  warnings: string[];
}

/**
 * Trains a random-forest churn classifier (Breiman 2001) with a stratified, seeded train/test
 * split: `trees` CART trees, each on a bootstrap sample of the training rows, trying `mtry`
 * random features at each split; the churn probability is the trees' mean.
 * @param table one row per customer with numeric features and a 0/1 label, e.g. from {@link buildChurnFeatures}
 * @param options `{ label, features?, trees = 100, mtry = ⌊√p⌋, sampleFraction = 1, permutationImportance = true, testSize = 0.25, seed = 42, maxDepth = 10, minNumSamples = 5, maxBins = 64, threshold = 0.5, language = 'en' }` (language: of the warnings)
 * @returns the model, held-out and out-of-bag metrics, the OOB curve and the feature ranking
 * @throws when the label is not 0/1, has one class, or an option is out of range (the message names it)
 * @example
 * const data = crm.buildChurnFeatures(tx, { horizonDays: 90 });
 * const forest = crm.trainChurnForest(data, { label: 'churned', trees: 200 });
 * [forest.metrics.rocAuc, forest.oob.rocAuc] // → e.g. [0.84, 0.83]: held out and out of bag agree
 * crm.crossValidate(crm.trainChurnForest, data, { trainOptions: { label: 'churned' } }).mean.rocAuc
 */
export function trainChurnForest(table: TableInput, options: Partial<ChurnForestOptions> & { label: string }): ChurnForestResult {
  const fn = 'trainChurnForest';
  const o = resolveRequired<ChurnForestOptions, 'label'>(fn, { ...FOREST_DEFAULTS, features: undefined, threshold: 0.5 }, options, [
    'label',
  ]);
  const { y, features, x, n, positives, split, warnings, evalIdx, yTrain, trainPos } = churnTrainingData(fn, table, o);
  const mtry = checkForestOptions(fn, o, features.length, 'classification');
  const grown = fitForest(takeRows(x, split.train), yTrain, o, 'classification', mtry, o.threshold);
  const model = new ForestModel('churn', o.label, features, grown.trees, o.threshold, grown.importance, grown.permutationImportance);
  const yEval = takeValues(y, evalIdx);
  const prob = model.scoreColumns(takeRows(x, evalIdx), evalIdx.length);
  const metrics = probabilityMetrics(yEval, prob, o.threshold);
  if (metrics.rocAuc === null) warnings.push(warningText(o.language, 'oneClassInTest'));
  const oobIdx = oobRows(grown, warnings, o.language);
  const oobMetrics = oobIdx.length
    ? probabilityMetrics(takeValues(yTrain, oobIdx), takeValues(grown.oobPrediction, oobIdx), o.threshold)
    : null;
  if (Math.min(positives, n - positives) < 50) warnings.push(warningText(o.language, 'smallClass', Math.min(positives, n - positives)));
  return {
    model,
    metrics,
    oob: oobMetrics && { ...oobMetrics, error: 1 - oobMetrics.accuracy },
    oobCurve: oobCurveTable(grown.oobCurve),
    featureImportance: model.importanceTable(),
    testPredictions: aq.table({ actual: Array.from(yEval), probability: Array.from(prob) }),
    mtry,
    train: { rows: split.train.length, positives: trainPos },
    test: { rows: split.test.length, positives: split.test.length ? sum(yEval) : 0 },
    warnings,
  };
}
