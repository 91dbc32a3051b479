/**
 * Shared steps of the supervised models: reading the label or target, the default feature list,
 * and a seeded (optionally stratified) train/test split.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { numericColumnNames } from './featureMatrix';
import { shuffledIndexes, seededRandom } from './rng';
import { columnValues } from './tableInput';

/** A 0/1 label column (booleans accepted); an error names the first other value and its row. */
export function readLabel(fn: string, table: ColumnTable, label: string): Float64Array {
  if (typeof label !== 'string' || !label) throw analyticsError(fn, 'options.label must name the 0/1 column to predict');
  const values = columnValues(fn, table, label);
  const y = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === 1 || v === true) y[i] = 1;
    else if (v === 0 || v === false) y[i] = 0;
    else throw analyticsError(fn, `label "${label}" must be 0/1 or true/false; row ${i + 1} is ${JSON.stringify(v)}`);
  }
  return y;
}

/** A numeric target column; an error names the first value that is not a finite number. */
export function readTarget(fn: string, table: ColumnTable, target: string): Float64Array {
  if (typeof target !== 'string' || !target) throw analyticsError(fn, 'options.target must name the numeric column to predict');
  const values = columnValues(fn, table, target);
  const y = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw analyticsError(fn, `target "${target}" of row ${i + 1} is not a finite number (${JSON.stringify(v)})`);
    y[i] = v;
  }
  return y;
}

/** The given features, or every numeric column other than the label and `customerId`. */
export function featureList(fn: string, table: ColumnTable, features: string[] | undefined, label: string): string[] {
  const list = features ?? numericColumnNames(table, [label, 'customerId']);
  if (!Array.isArray(list) || list.length === 0) throw analyticsError(fn, `needs at least one numeric feature column besides "${label}"; the table has ${table.columnNames().map((c) => `"${c}"`).join(', ')}`);
  if (list.includes(label)) throw analyticsError(fn, `the label "${label}" cannot also be a feature`);
  return list;
}

/**
 * Row indexes for training and testing: a seeded shuffle, `testSize` of the rows held out. With
 * `strata` (the 0/1 label) each class is split in the same proportion.
 */
export function trainTestSplit(fn: string, n: number, testSize: number, seed: number, strata?: Float64Array): { train: Int32Array; test: Int32Array } {
  if (typeof testSize !== 'number' || !(testSize >= 0 && testSize < 1)) throw analyticsError(fn, `testSize must be at least 0 and below 1, not ${String(testSize)}`);
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

/** The rows `idx` of each column. */
export function takeRows<T extends Float64Array>(cols: T[], idx: Int32Array): Float64Array[] {
  return cols.map((c) => Float64Array.from(idx, (i) => c[i]));
}

export function takeValues(y: Float64Array, idx: Int32Array): Float64Array {
  return Float64Array.from(idx, (i) => y[i]);
}
