import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
/**
 * The knee of an inertia curve by the chord rule: normalise x = (k − k₁)/(k_K − k₁) and
 * y = (I − I_min)/(I_max − I_min), pick the k that maximises 1 − x − y.
 * @example crm.elbowPoint([1, 2, 3, 4, 5, 6], [1000, 400, 150, 120, 100, 90]) // → 3
 */
export declare function elbowPoint(ks: number[], inertias: number[]): number;
export interface ElbowResult {
    /** k, inertia, silhouette per k. */
    table: ColumnTable;
    /** The elbow of the inertia curve (chord rule). */
    suggestedK: number;
    /** The k with the highest silhouette. */
    bestSilhouetteK: number;
}
/**
 * Runs k-means for k = kMin..kMax on the same (log1p-transformed, standardised) features.
 * @example crm.elbow(scores, ['recency', 'frequency', 'monetary'], { kMin: 2, kMax: 8 }).suggestedK // → 4
 */
export declare function elbow(table: TableInput, features: string[], options?: Partial<{
    kMin: number;
    kMax: number;
    seed: number;
    standardize: boolean;
    log1p: string[];
    nInit: number;
    silhouetteSample: number;
}>): ElbowResult;
