/**
 * A trained logistic regression (from {@link trainLogisticModel}): coefficients in the features'
 * own units, probabilities for new rows, and JSON that {@link loadModel} reads back.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { numericColumns } from '../learn/featureMatrix';
import { asTable, type TableInput } from '../columnar/tableInput';
import { logistic } from '../numerics/special';

export interface LogisticModelJson {
  type: 'crm-workbench/logistic';
  version: 1;
  target: string;
  features: string[];
  intercept: number;
  coefficients: number[];
  threshold: number;
}

export class LogisticModel {
  constructor(
    readonly target: string,
    readonly features: string[],
    readonly intercept: number,
    readonly coefficients: number[],
    readonly threshold: number,
  ) {}

  /** P(label = 1) for row i of columns `x`: logistic(intercept + Σ coefficient × value). */
  probabilityAt(x: ArrayLike<number>[], i: number): number {
    let eta = this.intercept;
    for (let j = 0; j < this.coefficients.length; j++) eta += this.coefficients[j] * x[j][i];
    return logistic(eta);
  }

  /**
   * Returns the input with `probability` and `predicted` (1 when probability ≥ threshold) added.
   * @example model.predict(customers).orderby(aq.desc('probability'))
   */
  predict(table: TableInput): ColumnTable {
    const t = asTable('model.predict', table);
    const x = numericColumns('model.predict', t, this.features);
    const p = Array.from({ length: t.numRows() }, (_, i) => this.probabilityAt(x, i));
    return t.assign({ predicted: p.map((v) => (v >= this.threshold ? 1 : 0)), probability: p });
  }

  toJSON(): LogisticModelJson {
    return {
      type: 'crm-workbench/logistic',
      version: 1,
      target: this.target,
      features: [...this.features],
      intercept: this.intercept,
      coefficients: [...this.coefficients],
      threshold: this.threshold,
    };
  }

  static fromJSON(json: unknown): LogisticModel {
    const j = json as Partial<LogisticModelJson> | null;
    if (
      !j ||
      j.type !== 'crm-workbench/logistic' ||
      j.version !== 1 ||
      !Array.isArray(j.features) ||
      !Array.isArray(j.coefficients) ||
      j.coefficients.length !== j.features.length ||
      typeof j.intercept !== 'number'
    ) {
      throw analyticsError(
        'loadModel',
        'this JSON is not a logistic model saved by CRM Workbench (type crm-workbench/logistic, version 1, one coefficient per feature)',
      );
    }
    return new LogisticModel(String(j.target), [...j.features], j.intercept, [...j.coefficients], j.threshold ?? 0.5);
  }
}
