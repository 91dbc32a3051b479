/** Displays of the retention topic: rates, cohorts (heatmap and curves) and lifecycle stages. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { categoryLabel } from '../../protocol/index';
import type { LifecycleStage } from '../../analytics/index';
import { kernelLanguage } from '../displayLanguage';
import { summaries } from '../text/index';
import { display, type DisplaysOf, pct, summary, tally } from './display';

const STAGES: readonly LifecycleStage[] = ['new', 'active', 'reactivated', 'at risk', 'churned'];

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
    const stages = STAGES.map((s) => `${categoryLabel(s, kernelLanguage())} ${counts.get(s) ?? 0}`);
    return [summary([say.lifecycle(stages.join(' · '))]), t];
  }),
} satisfies DisplaysOf<'retentionRate' | 'cohortRetention' | 'lifecycle'>;
