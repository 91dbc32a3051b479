/**
 * What every churn trainer (the single tree and the forest) starts from: the 0/1 label and the
 * feature columns read, both classes present overall and in the training rows, and the
 * stratified split into training and test rows.
 */
import { analyticsError } from '../analyticsError';
import { numericColumns } from '../learn/featureMatrix';
import { evaluationRows, featureList, readLabel, sum, takeValues, trainTestSplit } from './modelData';
import { asTable, type TableInput } from '../columnar/tableInput';
import type { Language } from '../segments/index';

/** The options a churn trainer reads its rows with. */
export interface ChurnRowsOptions {
  label: string;
  features: string[] | undefined;
  testSize: number;
  seed: number;
  language: Language;
}

/**
 * The label, features and split of a churn training table; throws when either class is missing.
 * @example const { x, y, split } = churnTrainingData('trainChurnModel', features, { label: 'churned', features: undefined, testSize: 0.3, seed: 42 })
 */
export function churnTrainingData(fn: string, table: TableInput, o: ChurnRowsOptions) {
  const t = asTable(fn, table);
  const y = readLabel(fn, t, o.label);
  const features = featureList(fn, t, o.features, o.label);
  const x = numericColumns(fn, t, features);
  const n = y.length;
  const positives = sum(y);
  if (positives === 0 || positives === n)
    throw analyticsError(fn, `label "${o.label}" has only one class (${positives} of ${n} rows are 1); a model needs both`);
  const split = trainTestSplit(fn, n, o.testSize, o.seed, y);
  const warnings: string[] = [];
  const evalIdx = evaluationRows(split, warnings, o.language);
  const yTrain = takeValues(y, split.train);
  const trainPos = sum(yTrain);
  if (trainPos === 0 || trainPos === yTrain.length)
    throw analyticsError(fn, `the training rows have only one class; use more rows or a smaller testSize`);
  return { y, features, x, n, positives, split, warnings, evalIdx, yTrain, trainPos };
}
