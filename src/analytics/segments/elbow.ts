/**
 * Choosing k: inertia and silhouette for a range of k, and the elbow (spec §9, F-KM-5).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { readFeatures, scaleFeatures } from '../learn/featureMatrix';
import { resolveOptions } from '../options';
import { asTable, type TableInput } from '../columnar/tableInput';
import { bestKmeans, rowMajor } from './kmeansSegments';
import { silhouette } from './silhouette';

/**
 * The knee of an inertia curve by the chord rule: normalise x = (k − k₁)/(k_K − k₁) and
 * y = (I − I_min)/(I_max − I_min), pick the k that maximises 1 − x − y.
 * @example crm.elbowPoint([1, 2, 3, 4, 5, 6], [1000, 400, 150, 120, 100, 90]) // → 3
 */
export function elbowPoint(ks: number[], inertias: number[]): number {
  const fn = 'elbowPoint';
  if (ks.length !== inertias.length || ks.length < 3) throw analyticsError(fn, 'needs at least three (k, inertia) pairs of equal length');
  const k0 = ks[0];
  const kN = ks[ks.length - 1];
  const lo = Math.min(...inertias);
  const hi = Math.max(...inertias);
  if (hi === lo) return ks[0];
  let best = 0;
  let bestScore = -Infinity;
  ks.forEach((k, i) => {
    const score = 1 - (k - k0) / (kN - k0) - (inertias[i] - lo) / (hi - lo);
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = i;
    }
  });
  return ks[best];
}

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
export function elbow(
  table: TableInput,
  features: string[],
  options: Partial<{
    kMin: number;
    kMax: number;
    seed: number;
    standardize: boolean;
    log1p: string[];
    nInit: number;
    silhouetteSample: number;
  }> = {},
): ElbowResult {
  const fn = 'elbow';
  const opts = resolveOptions(
    fn,
    { kMin: 2, kMax: 8, seed: 42, standardize: true, log1p: [] as string[], nInit: 10, silhouetteSample: 2000 },
    options,
  );
  const t = asTable(fn, table);
  const x = readFeatures(fn, t, features);
  if (!Number.isInteger(opts.kMin) || !Number.isInteger(opts.kMax) || opts.kMin < 1 || opts.kMax < opts.kMin + 2) {
    throw analyticsError(fn, `needs whole numbers 1 ≤ kMin and kMax ≥ kMin + 2, not kMin ${opts.kMin}, kMax ${opts.kMax}`);
  }
  if (opts.kMax > x.length) throw analyticsError(fn, `kMax (${opts.kMax}) exceeds the number of rows (${x.length})`);
  const { z } = scaleFeatures(fn, x, features, opts.log1p, opts.standardize);
  const matrix = rowMajor(z);
  const rows = [];
  for (let k = opts.kMin; k <= opts.kMax; k++) {
    const { clusters, inertia } = bestKmeans(matrix, { k, seed: opts.seed, nInit: opts.nInit, maxIter: 300 });
    const distinct = new Set(clusters).size;
    const sil =
      distinct >= 2 && distinct <= z.length - 1 ? silhouette(z, clusters, { sampleSize: opts.silhouetteSample, seed: opts.seed }) : null;
    rows.push({ k, inertia, silhouette: sil });
  }
  const withSil = rows.filter((r) => r.silhouette !== null);
  return {
    table: aq.from(rows),
    suggestedK: elbowPoint(
      rows.map((r) => r.k),
      rows.map((r) => r.inertia),
    ),
    bestSilhouetteK: withSil.length ? withSil.reduce((a, b) => ((b.silhouette as number) > (a.silhouette as number) ? b : a)).k : rows[0].k,
  };
}
