/** Displays of the segments topic: RFM, k-means, the elbow and segment profiles. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { count, display, type DisplaysOf, fmt, summary } from './display';

export const segmentsDisplays = {
  rfm: display(analytics.rfm, (t) => [
    summary([`**RFM scores for ${count(t.numRows())} customers** — segments from the R×F grid`]),
    t,
    charts.rfHeatmap(t),
  ]),
  segmentSummary: display(analytics.segmentSummary, (t) => [t, charts.segmentChart(t)]),
  kmeansSegments: display(analytics.kmeansSegments, (r) => [
    summary([
      `**k-means: ${r.k} segments** of ${count(r.assignments.length)} rows on ${r.features.map((f) => `\`${f}\``).join(', ')}`,
      '',
      `sizes ${r.sizes.map(count).join(' / ')} · inertia ${fmt(r.inertia, 2)} · silhouette ${fmt(r.silhouette, 3)}`,
    ]),
    ...(r.features.length >= 2 ? [charts.clusterScatter(r.table, r.features[0], r.features[1])] : []),
  ]),
  elbow: display(analytics.elbow, (r) => [
    summary([`**Suggested k = ${r.suggestedK}** (elbow of inertia); best silhouette at k = ${r.bestSilhouetteK}`]),
    r.table,
    charts.elbowChart(r),
  ]),
  profile: display(analytics.profile, (t, [, by]) => [t, charts.segmentProfileChart(t, by)]),
} satisfies DisplaysOf<'rfm' | 'segmentSummary' | 'kmeansSegments' | 'elbow' | 'profile'>;
