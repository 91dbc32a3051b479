/**
 * Displays of issue 16's results: Pareto/NBD, per-customer intervals, hierarchical and density
 * clustering, the k-distance curve and cross-validation.
 */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { summaries } from '../text/index';
import { count, display, type DisplaysOf, fmt, isTable, notes, type Parts, summary } from './display';

const md = summary;

/** `crm.fitParetoNbd`: parameters, log-likelihood, notes, and the frequency/recency matrix. */
function describeParetoNbd(m: analytics.ParetoNbdModel, args: unknown[]): Parts {
  const p = m.params;
  const say = summaries();
  return [
    md([
      say.paretoNbd(
        count(m.customers),
        m.timeUnitDays,
        `r = ${fmt(p.r, 4)}, α = ${fmt(p.alpha, 4)}, s = ${fmt(p.s, 4)}, β = ${fmt(p.beta, 4)}`,
        fmt(m.logLikelihood, 2),
        m.converged,
      ),
      '',
      say.paretoNbdRates(fmt(p.r / p.alpha, 4), p.s > 1 ? fmt(p.beta / (p.s - 1), 1) : null),
      ...notes(m.warnings),
    ]),
    ...(isTable(args[0]) ? [charts.frequencyRecencyChart(m, args[0], { t: Math.round(365 / m.timeUnitDays) })] : []),
  ];
}

/** `crm.hierarchicalSegments`: sizes and quality, the dendrogram's top, and a scatter of the first two features. */
function describeHierarchical(r: analytics.HierarchicalResult): Parts {
  return [
    md([
      summaries().hierarchical(r.linkage, r.k, count(r.assignments.length), r.features.map((f) => `\`${f}\``).join(', ')),
      '',
      summaries().hierarchicalQuality(
        r.sizes.join(' / '),
        r.silhouette === null ? '—' : fmt(r.silhouette, 3),
        fmt(r.cutBetween[0], 3),
        fmt(r.cutBetween[1], 3),
      ),
    ]),
    charts.dendrogram(r),
    ...(r.features.length >= 2 ? [charts.clusterScatter(r.table, r.features[0], r.features[1])] : []),
  ];
}

/** `crm.dbscanSegments`: clusters and noise, and a scatter of the first two features (noise as −1). */
function describeDbscan(r: analytics.DbscanResult): Parts {
  return [
    md([
      summaries().dbscan(r.clusters, count(r.assignments.length), r.features.map((f) => `\`${f}\``).join(', '), fmt(r.eps, 3), r.minPoints),
      '',
      summaries().dbscanQuality(
        r.sizes.join(' / ') || '—',
        count(r.noise),
        fmt((100 * r.noise) / Math.max(1, r.assignments.length), 1),
        count(r.corePoints),
      ),
    ]),
    ...(r.features.length >= 2 ? [charts.clusterScatter(r.table, r.features[0], r.features[1])] : []),
  ];
}

/** `crm.kDistance`: the suggested eps and the curve. */
function describeKDistance(r: analytics.KDistanceResult): Parts {
  return [md([summaries().kDistance(fmt(r.suggestedEps, 3), r.k, count(r.sampled))]), charts.kDistanceChart(r)];
}

/** `crm.crossValidate`: mean ± sd of each metric, the per-fold table. */
function describeCrossValidate(r: analytics.CrossValidateResult): Parts {
  const line = Object.keys(r.mean)
    .map((k) => `${k} ${r.mean[k] === null ? '—' : `${fmt(r.mean[k], 3)} ± ${fmt(r.sd[k], 3)}`}`)
    .join(' · ');
  return [md([summaries().crossValidate(r.folds, r.kind, line), '', summaries().crossValidateNote]), r.perFold];
}

/** `crm.customerIntervals`: what the interval covers, the table, and the top customers' intervals. */
function describeCustomerIntervals(t: { numRows(): number; objects(): object[] }, args: unknown[]): Parts {
  const o = (args[2] ?? {}) as { t?: number; level?: number; draws?: number };
  return [
    md([
      summaries().intervals(Math.round(100 * (o.level ?? 0.9)), o.draws ?? 500, count(t.numRows()), String(o.t)),
      '',
      summaries().intervalsNote,
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
  return [
    md([
      summaries().clvIntervals(Math.round(100 * (o.level ?? 0.9)), o.draws ?? 200, !!options.gammaGamma?.covariance),
      '',
      summaries().clvIntervalsNote,
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
