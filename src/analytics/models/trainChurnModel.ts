/**
 * A churn model a founder can read: a CART decision tree on per-customer features, trained on
 * one part of the customers and judged on the rest.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ClassificationMetrics } from './classificationMetrics';
import { growTree } from '../learn/decisionTree';
import { checkTreeOptions, probabilityMetrics, sum, takeRows, takeValues, TREE_DEFAULTS, type TreeTrainingOptions } from './modelData';
import { resolveRequired } from '../options';
import type { TableInput } from '../columnar/tableInput';
import { churnTrainingData } from './churnTrainingData';
import { TreeModel } from './TreeModel';
import { warningText } from '../warningText';

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

/**
 * Trains a decision-tree churn classifier with a stratified, seeded train/test split.
 * @param table one row per customer with numeric features and a 0/1 label, e.g. from {@link buildChurnFeatures}
 * @param options `{ label, features?, testSize = 0.25, seed = 42, maxDepth = 5, minNumSamples = 20, maxBins = 64, threshold = 0.5, language = 'en' }` (language: of the warnings and the rules)
 * @example
 * const data = crm.buildChurnFeatures(tx, { horizonDays: 90 });
 * const { model, metrics, featureImportance } = crm.trainChurnModel(data, { label: 'churned' });
 * metrics.rocAuc // → e.g. 0.81 on the sample shop
 * model.predict(crm.buildChurnFeatures(tx, { label: false })) // today's customers, with probability
 */
export function trainChurnModel(table: TableInput, options: Partial<ChurnModelOptions> & { label: string }): ChurnModelResult {
  const fn = 'trainChurnModel';
  const o = resolveRequired<ChurnModelOptions, 'label'>(fn, { ...TREE_DEFAULTS, features: undefined, threshold: 0.5 }, options, ['label']);
  checkTreeOptions(fn, o);
  const { y, features, x, n, positives, split, warnings, evalIdx, yTrain, trainPos } = churnTrainingData(fn, table, o);
  const grown = growTree(takeRows(x, split.train), yTrain, {
    kind: 'classification',
    maxDepth: o.maxDepth,
    minNumSamples: o.minNumSamples,
    maxBins: o.maxBins,
  });
  const model = new TreeModel('churn', o.label, features, grown.root, o.threshold, grown.importance);
  const yEval = takeValues(y, evalIdx);
  const prob = model.scoreColumns(takeRows(x, evalIdx), evalIdx.length);
  const metrics = probabilityMetrics(yEval, prob, o.threshold);
  if (metrics.rocAuc === null) warnings.push(warningText(o.language, 'oneClassInTest'));
  if (Math.min(positives, n - positives) < 50) warnings.push(warningText(o.language, 'smallClass', Math.min(positives, n - positives)));
  return {
    model,
    metrics,
    featureImportance: model.importanceTable(),
    testPredictions: aq.table({ actual: Array.from(yEval), probability: Array.from(prob) }),
    rules: model.rules(o.language),
    train: { rows: split.train.length, positives: trainPos },
    test: { rows: split.test.length, positives: split.test.length ? sum(yEval) : 0 },
    warnings,
  };
}
