/**
 * How a tree model and a forest score a table: read the model's feature columns, score them, and
 * add `predicted` (the value for CLV; 0/1 at the threshold for churn) and, for churn, `probability`.
 */
import type { ColumnTable } from 'arquero';
import { numericColumns } from '../learn/featureMatrix';
import { asTable, type TableInput } from '../columnar/tableInput';

/** What scoring needs of a model (TreeModel and ForestModel both have it). */
export interface ScoringModel {
  readonly kind: 'churn' | 'clv';
  readonly features: string[];
  readonly threshold: number;
  scoreColumns(x: ArrayLike<number>[], n: number): Float64Array;
}

/**
 * The input with the model's predictions added.
 * @example predictTable(model, crm.buildChurnFeatures(tx, { label: false })).orderby(aq.desc('probability'))
 */
export function predictTable(model: ScoringModel, table: TableInput): ColumnTable {
  const fn = 'model.predict';
  const t = asTable(fn, table);
  const value = model.scoreColumns(numericColumns(fn, t, model.features), t.numRows());
  if (model.kind === 'clv') return t.assign({ predicted: Array.from(value) });
  return t.assign({ predicted: Array.from(value, (p) => (p >= model.threshold ? 1 : 0)), probability: Array.from(value) });
}
