/**
 * Numeric feature matrices for clustering: read, optionally log1p-transformed, standardised with
 * the population SD (F-KM-1, as scikit-learn's StandardScaler; a constant column maps to 0).
 */
import type { ColumnTable } from 'arquero';
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
export declare function numericColumns(fn: string, table: ColumnTable, features: string[]): Float64Array[];
/** The same values row-major: one array of feature values per row. */
export declare function readFeatures(fn: string, table: ColumnTable, features: string[]): number[][];
/** Numeric columns of a table other than `exclude` (booleans count as numeric), for default feature lists. */
export declare function numericColumnNames(table: ColumnTable, exclude: string[]): string[];
/** Applies log1p to the named features, then standardises every column (or only log1p when `standardize` is false). */
export declare function scaleFeatures(fn: string, x: number[][], features: string[], log1p: string[], standardize: boolean): {
    z: number[][];
    scaling: Scaling;
};
