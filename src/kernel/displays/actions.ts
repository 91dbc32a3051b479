/** Displays of the actions topic: campaign ROI with its funnel, and lift tests. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { display, type DisplaysOf, fmt, pct, summary } from './display';

export const actionsDisplays = {
  campaign: display(analytics.campaign, (r, [input]) => [
    summary([
      `**ROI ${fmt(r.roi)}%** on profit (gross profit ${fmt(r.grossProfit, 2)}), **ROAS ${fmt(r.roas, 2)}**`,
      '',
      `response rate ${fmt(r.responseRate, 2)}% · conversion ${fmt(r.conversionRate, 2)}% of responders ` +
        `(${fmt(r.contactConversionRate, 2)}% of contacts)`,
    ]),
    charts.campaignFunnel(input, r),
  ]),
  liftTest: display(analytics.liftTest, (r) => [
    summary([
      `**Lift ${r.lift === null ? '—' : pct(r.lift)}** (${pct(r.treatmentRate, 2)} vs ${pct(r.controlRate, 2)}), ` +
        `${fmt(r.incrementalConversions)} incremental conversions; z = ${fmt(r.z, 3)}, p = ${fmt(r.p, 4)}` +
        ` — ${r.significant ? 'significant' : 'not significant'} at 5%`,
    ]),
  ]),
} satisfies DisplaysOf<'campaign' | 'liftTest'>;
