/**
 * k-fold cross-validation of the supervised trainers (trainChurnModel, trainClvModel,
 * trainChurnForest, trainClvForest, trainLogisticModel): each fold is held out once, the model is trained on the other folds and
 * scored on it, so every row is judged by a model that never saw it.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { asTable, type TableInput } from '../columnar/tableInput';
import { kFolds, probabilityMetrics, readLabel, readTarget } from './modelData';
import { regressionMetrics } from './regressionMetrics';

/** What crossValidate needs of a trainer: a model that scores a table. */
export type Trainer = (table: ColumnTable, options: never) => { model: { predict(t: TableInput): ColumnTable; threshold?: number } };

export interface CrossValidateOptions {
  /** Number of folds (default 5). */
  folds: number;
  /** Keep the share of each class equal across folds (default: true for a label, false for a numeric target). */
  stratify: boolean | undefined;
  /** Seed of the shuffle (default 42). */
  seed: number;
  /** The trainer's own options, e.g. `{ label: 'churned', maxDepth: 4 }` ({ target } for trainClvModel); testSize is set to 0. */
  trainOptions: Record<string, unknown>;
}

export interface CrossValidateResult {
  kind: 'classification' | 'regression';
  folds: number;
  /** One row per fold: fold, rows, and the metrics on that fold. */
  perFold: ColumnTable;
  /** Mean and sample standard deviation of each metric over the folds (null when a fold has none, e.g. AUC with one class). */
  mean: Record<string, number | null>;
  sd: Record<string, number | null>;
}

const DEFAULTS: CrossValidateOptions = { folds: 5, stratify: undefined, seed: 42, trainOptions: {} };

function subset(t: ColumnTable, rows: number[]): ColumnTable {
  return aq.table(Object.fromEntries(t.columnNames().map((c) => [c, rows.map((i) => t.get(c, i))])));
}

/**
 * @param trainFn `crm.trainChurnModel`, `crm.trainClvModel`, `crm.trainChurnForest`, `crm.trainClvForest` or `crm.trainLogisticModel`
 * @param table the training table (one row per customer)
 * @param options `{ folds = 5, stratify, seed = 42, trainOptions }`
 * @returns per-fold metrics (accuracy, precision, recall, f1, rocAuc; or mae, rmse, r2) with mean ± sd
 * @example
 * const cv = crm.crossValidate(crm.trainChurnModel, data, { folds: 5, trainOptions: { label: 'churned' } });
 * cv.mean.rocAuc, cv.sd.rocAuc // → e.g. 0.81 ± 0.02
 */
export function crossValidate(trainFn: Trainer, table: TableInput, options: Partial<CrossValidateOptions> = {}): CrossValidateResult {
  const fn = 'crossValidate';
  const o = resolveOptions(fn, DEFAULTS, options);
  if (typeof trainFn !== 'function')
    throw analyticsError(
      fn,
      'the first argument must be a trainer: crm.trainChurnModel, crm.trainClvModel, crm.trainChurnForest, crm.trainClvForest or crm.trainLogisticModel',
    );
  const train = o.trainOptions ?? {};
  const label = train.label as string | undefined;
  const target = train.target as string | undefined;
  if (!label === !target)
    throw analyticsError(fn, 'trainOptions must name either a label (0/1 classifiers) or a target (trainClvModel, trainClvForest)');
  const t = asTable(fn, table);
  const kind = label ? 'classification' : 'regression';
  const y = label ? readLabel(fn, t, label) : readTarget(fn, t, target!);
  const stratify = o.stratify ?? kind === 'classification';
  if (stratify && kind === 'regression') throw analyticsError(fn, 'stratify needs a 0/1 label, not a numeric target');
  const fold = kFolds(fn, t.numRows(), o.folds, o.seed, stratify ? y : undefined);
  const rows: Record<string, number | null>[] = [];
  for (let f = 0; f < o.folds; f++) {
    const inFold: number[] = [];
    const rest: number[] = [];
    fold.forEach((g, i) => (g === f ? inFold : rest).push(i));
    const fitted = trainFn(subset(t, rest), { ...train, testSize: 0 } as never);
    const scored = fitted.model.predict(subset(t, inFold));
    const yTrue = Float64Array.from(inFold, (i) => y[i]);
    if (kind === 'classification') {
      const m = probabilityMetrics(yTrue, scored.array('probability') as ArrayLike<number>, fitted.model.threshold ?? 0.5);
      rows.push({
        fold: f + 1,
        rows: inFold.length,
        accuracy: m.accuracy,
        precision: m.precision,
        recall: m.recall,
        f1: m.f1,
        rocAuc: m.rocAuc,
      });
    } else {
      const m = regressionMetrics(yTrue, scored.array('predicted') as ArrayLike<number>);
      rows.push({ fold: f + 1, rows: inFold.length, mae: m.mae, rmse: m.rmse, r2: m.r2 });
    }
  }
  const metrics = Object.keys(rows[0]).filter((k) => k !== 'fold' && k !== 'rows');
  const mean: Record<string, number | null> = {};
  const sd: Record<string, number | null> = {};
  for (const k of metrics) {
    const v = rows.map((r) => r[k]);
    if (v.some((x) => x === null || !Number.isFinite(x))) {
      mean[k] = sd[k] = null;
      continue;
    }
    const nums = v as number[];
    const mu = nums.reduce((s, x) => s + x, 0) / nums.length;
    mean[k] = mu;
    sd[k] = Math.sqrt(nums.reduce((s, x) => s + (x - mu) ** 2, 0) / (nums.length - 1));
  }
  return { kind, folds: o.folds, perFold: aq.from(rows), mean, sd };
}
