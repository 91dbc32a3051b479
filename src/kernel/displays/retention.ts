/** Displays of the retention topic: rates, cohorts (heatmap and curves) and lifecycle stages. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { count, display, type DisplaysOf, pct, summary, tally } from './display';

const STAGES = ['new', 'active', 'reactivated', 'at risk', 'churned'];

export const retentionDisplays = {
  retentionRate: display(analytics.retentionRate, (r) => [
    summary([
      r.retention === null
        ? `**Retention undefined**: ${r.reason}`
        : `**Retention ${pct(r.retention)}**, churn ${pct(r.churn)} (${count(r.lost)} customers lost)`,
    ]),
  ]),
  cohortRetention: display(analytics.cohortRetention, (t) => [t, charts.cohortHeatmap(t), charts.retentionCurves(t)]),
  lifecycle: display(analytics.lifecycle, (t) => {
    const counts = tally(t.array('stage'));
    return [summary([`**Lifecycle**: ${STAGES.map((s) => `${s} ${counts.get(s) ?? 0}`).join(' · ')}`]), t];
  }),
} satisfies DisplaysOf<'retentionRate' | 'cohortRetention' | 'lifecycle'>;
