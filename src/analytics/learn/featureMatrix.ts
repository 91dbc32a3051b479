/**
 * Numeric feature matrices for clustering: read, optionally log1p-transformed, standardised with
 * the population SD (F-KM-1, as scikit-learn's StandardScaler; a constant column maps to 0).
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { columnValues } from '../columnar/tableInput';

export interface Scaling {
  /** Features that were log1p-transformed before scaling. */
  log1p: string[];
  means: number[];
  sds: number[];
}

/**
 * Numeric columns of a table, column-major (booleans read as 0/1); an error names the column
 * and row of the first value that is not a finite number.
 */
export function numericColumns(fn: string, table: ColumnTable, features: string[]): Float64Array[] {
  if (!Array.isArray(features) || features.length === 0) throw analyticsError(fn, 'features must be a non-empty array of column names');
  return features.map((f) => {
    const values = columnValues(fn, table, f);
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = typeof values[i] === 'boolean' ? Number(values[i]) : values[i];
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw analyticsError(fn, `feature "${f}" of row ${i + 1} is not a finite number (${String(values[i])})`);
      out[i] = v;
    }
    return out;
  });
}

/** The same values row-major: one array of feature values per row. */
export function readFeatures(fn: string, table: ColumnTable, features: string[]): number[][] {
  const cols = numericColumns(fn, table, features);
  return Array.from({ length: table.numRows() }, (_, i) => cols.map((c) => c[i]));
}

/** Numeric columns of a table other than `exclude` (booleans count as numeric), for default feature lists. */
export function numericColumnNames(table: ColumnTable, exclude: string[]): string[] {
  return table.columnNames().filter((c) => {
    if (exclude.includes(c)) return false;
    const v = table.array(c) as ArrayLike<unknown>;
    for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'number' && typeof v[i] !== 'boolean') return false;
    return v.length > 0;
  });
}

/** Applies log1p to the named features, then standardises every column (or only log1p when `standardize` is false). */
export function scaleFeatures(
  fn: string,
  x: number[][],
  features: string[],
  log1p: string[],
  standardize: boolean,
): { z: number[][]; scaling: Scaling } {
  for (const f of log1p)
    if (!features.includes(f)) throw analyticsError(fn, `log1p names "${f}", which is not one of the features (${features.join(', ')})`);
  const logIdx = log1p.map((f) => features.indexOf(f));
  const p = features.length;
  const n = x.length;
  const z = x.map((row, i) =>
    row.map((v, j) => {
      if (!logIdx.includes(j)) return v;
      if (v <= -1) throw analyticsError(fn, `log1p needs values above −1; feature "${features[j]}" of row ${i + 1} is ${v}`);
      return Math.log1p(v);
    }),
  );
  const means = new Array<number>(p).fill(0);
  const sds = new Array<number>(p).fill(1);
  if (standardize && n > 0) {
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += z[i][j];
      means[j] = s / n;
      let ss = 0;
      for (let i = 0; i < n; i++) ss += (z[i][j] - means[j]) ** 2;
      sds[j] = Math.sqrt(ss / n);
      for (let i = 0; i < n; i++) z[i][j] = sds[j] === 0 ? 0 : (z[i][j] - means[j]) / sds[j];
    }
  }
  return { z, scaling: { log1p: [...log1p], means, sds } };
}
