/** Displays of the segments topic: RFM, k-means, the elbow and segment profiles. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { summaries } from '../text/index';
import { count, display, type DisplaysOf, fmt, summary } from './display';

export const segmentsDisplays = {
  rfm: display(analytics.rfm, (t) => [summary([summaries().rfm(count(t.numRows()))]), t, charts.rfHeatmap(t)]),
  segmentSummary: display(analytics.segmentSummary, (t) => [t, charts.segmentChart(t)]),
  kmeansSegments: display(analytics.kmeansSegments, (r) => [
    summary([
      summaries().kmeans(r.k, count(r.assignments.length), r.features.map((f) => `\`${f}\``).join(', ')),
      '',
      summaries().kmeansQuality(r.sizes.map(count).join(' / '), fmt(r.inertia, 2), fmt(r.silhouette, 3)),
    ]),
    ...(r.features.length >= 2 ? [charts.clusterScatter(r.table, r.features[0], r.features[1])] : []),
  ]),
  elbow: display(analytics.elbow, (r) => [summary([summaries().elbow(r.suggestedK, r.bestSilhouetteK)]), r.table, charts.elbowChart(r)]),
  profile: display(analytics.profile, (t, [, by]) => [t, charts.segmentProfileChart(t, by)]),
} satisfies DisplaysOf<'rfm' | 'segmentSummary' | 'kmeansSegments' | 'elbow' | 'profile'>;
