/**
 * Displays of issue 16's results: Pareto/NBD, per-customer intervals, hierarchical and density
 * clustering, the k-distance curve and cross-validation.
 */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { count, display, type DisplaysOf, fmt, isTable, notes, type Parts, summary } from './display';

const md = summary;

/** `crm.fitParetoNbd`: parameters, log-likelihood, notes, and the frequency/recency matrix. */
function describeParetoNbd(m: analytics.ParetoNbdModel, args: unknown[]): Parts {
  const p = m.params;
  const unit = `${m.timeUnitDays} day${m.timeUnitDays === 1 ? '' : 's'}`;
  return [
    md([
      `**Pareto/NBD** on ${count(m.customers)} customers (time unit ${unit}): r = ${fmt(p.r, 4)}, α = ${fmt(p.alpha, 4)}, s = ${fmt(p.s, 4)}, β = ${fmt(p.beta, 4)}; log-likelihood ${fmt(m.logLikelihood, 2)}${m.converged ? '' : ' — **did not converge**'}`,
      '',
      `mean purchase rate r/α = ${fmt(p.r / p.alpha, 4)} per unit; mean lifetime β/(s − 1) ${p.s > 1 ? `= ${fmt(p.beta / (p.s - 1), 1)} units` : 'is unbounded (s ≤ 1)'}`,
      ...notes(m.warnings),
    ]),
    ...(isTable(args[0]) ? [charts.frequencyRecencyChart(m, args[0], { t: Math.round(365 / m.timeUnitDays) })] : []),
  ];
}

/** `crm.hierarchicalSegments`: sizes and quality, the dendrogram's top, and a scatter of the first two features. */
function describeHierarchical(r: analytics.HierarchicalResult): Parts {
  return [
    md([
      `**Hierarchical clustering (${r.linkage} linkage): ${r.k} segments** of ${count(r.assignments.length)} rows on ${r.features.map((f) => `\`${f}\``).join(', ')}`,
      '',
      `sizes ${r.sizes.join(' / ')} · silhouette ${r.silhouette === null ? '—' : fmt(r.silhouette, 3)} · cut between merge heights ${fmt(r.cutBetween[0], 3)} and ${fmt(r.cutBetween[1], 3)}`,
    ]),
    charts.dendrogram(r),
    ...(r.features.length >= 2 ? [charts.clusterScatter(r.table, r.features[0], r.features[1])] : []),
  ];
}

/** `crm.dbscanSegments`: clusters and noise, and a scatter of the first two features (noise as −1). */
function describeDbscan(r: analytics.DbscanResult): Parts {
  return [
    md([
      `**DBSCAN: ${r.clusters} cluster${r.clusters === 1 ? '' : 's'}** of ${count(r.assignments.length)} rows on ${r.features.map((f) => `\`${f}\``).join(', ')} (eps ${fmt(r.eps, 3)}, minPoints ${r.minPoints})`,
      '',
      `sizes ${r.sizes.join(' / ') || '—'} · noise ${count(r.noise)} (${fmt((100 * r.noise) / Math.max(1, r.assignments.length), 1)}%) · core points ${count(r.corePoints)}`,
    ]),
    ...(r.features.length >= 2 ? [charts.clusterScatter(r.table, r.features[0], r.features[1])] : []),
  ];
}

/** `crm.kDistance`: the suggested eps and the curve. */
function describeKDistance(r: analytics.KDistanceResult): Parts {
  return [
    md([
      `**Suggested eps ${fmt(r.suggestedEps, 3)}** for minPoints = ${r.k} (knee of the ${r.k}-distance curve of ${count(r.sampled)} rows)`,
    ]),
    charts.kDistanceChart(r),
  ];
}

/** `crm.crossValidate`: mean ± sd of each metric, the per-fold table. */
function describeCrossValidate(r: analytics.CrossValidateResult): Parts {
  const line = Object.keys(r.mean)
    .map((k) => `${k} ${r.mean[k] === null ? '—' : `${fmt(r.mean[k], 3)} ± ${fmt(r.sd[k], 3)}`}`)
    .join(' · ');
  return [
    md([
      `**${r.folds}-fold cross-validation** (${r.kind}): ${line}`,
      '',
      'mean ± standard deviation over the folds; each fold judged by a model trained on the others',
    ]),
    r.perFold,
  ];
}

/** `crm.customerIntervals`: what the interval covers, the table, and the top customers' intervals. */
function describeCustomerIntervals(t: { numRows(): number; objects(): object[] }, args: unknown[]): Parts {
  const o = (args[2] ?? {}) as { t?: number; level?: number; draws?: number };
  return [
    md([
      `**Per-customer intervals** (${Math.round(100 * (o.level ?? 0.9))}%, ${o.draws ?? 500} parameter draws) for ${count(t.numRows())} customers over the next ${o.t} time units`,
      '',
      'they cover the uncertainty of the fitted parameters only, not the randomness of each customer’s own purchases',
    ]),
    t,
    charts.customerIntervalChart(t),
  ];
}

/**
 * The parts `crm.predictClv` adds when called with `intervals`: what they cover, and the top
 * customers' CLV with its interval (nothing without intervals).
 */
export function clvIntervalParts(
  t: { columnNames(): string[]; objects(): object[] },
  options: { intervals?: unknown; gammaGamma?: { covariance?: unknown } },
): Parts {
  if (!t.columnNames().includes('clvLower')) return [];
  const o = (options.intervals === true ? {} : (options.intervals ?? {})) as { level?: number; draws?: number };
  const source = options.gammaGamma?.covariance
    ? 'the purchase and spend (Gamma-Gamma) parameters'
    : 'the purchase parameters only; the spend parameters are held fixed (the Gamma-Gamma model has no covariance, as after loading from JSON)';
  return [
    md([
      `**Intervals** (${Math.round(100 * (o.level ?? 0.9))}%, ${o.draws ?? 200} parameter draws) from the uncertainty of ${source}`,
      '',
      'they do not cover the randomness of each customer’s own purchases and spend, nor a wrong model',
    ]),
    charts.customerIntervalChart(t, { measure: 'clv' }),
  ];
}

export const advancedDisplays = {
  fitParetoNbd: display(analytics.fitParetoNbd, (m, args) => describeParetoNbd(m, args)),
  customerIntervals: display(analytics.customerIntervals, (t, args) => describeCustomerIntervals(t, args)),
  hierarchicalSegments: display(analytics.hierarchicalSegments, (r) => describeHierarchical(r)),
  dbscanSegments: display(analytics.dbscanSegments, (r) => describeDbscan(r)),
  kDistance: display(analytics.kDistance, (r) => describeKDistance(r)),
  crossValidate: display(analytics.crossValidate, (r) => describeCrossValidate(r)),
} satisfies DisplaysOf<'fitParetoNbd' | 'customerIntervals' | 'hierarchicalSegments' | 'dbscanSegments' | 'kDistance' | 'crossValidate'>;
