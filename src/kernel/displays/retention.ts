/** Displays of the retention topic: rates, cohorts (heatmap and curves) and lifecycle stages. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { summaries } from '../text/index';
import { display, type DisplaysOf, pct, summary, tally } from './display';

const STAGES = ['new', 'active', 'reactivated', 'at risk', 'churned'];

export const retentionDisplays = {
  retentionRate: display(analytics.retentionRate, (r) => [
    summary([
      r.retention === null
        ? summaries().retentionUndefined(String(r.reason))
        : summaries().retention(pct(r.retention), pct(r.churn), r.lost),
    ]),
  ]),
  cohortRetention: display(analytics.cohortRetention, (t) => [t, charts.cohortHeatmap(t), charts.retentionCurves(t)]),
  lifecycle: display(analytics.lifecycle, (t) => {
    const counts = tally(t.array('stage'));
    const say = summaries();
    return [summary([say.lifecycle(STAGES.map((s) => `${say.stage[s]} ${counts.get(s) ?? 0}`).join(' · '))]), t];
  }),
} satisfies DisplaysOf<'retentionRate' | 'cohortRetention' | 'lifecycle'>;
