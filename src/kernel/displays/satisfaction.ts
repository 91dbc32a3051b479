/** Displays of the satisfaction topic: NPS with its margin, trends, comparisons and CSAT. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { display, type DisplaysOf, fmt, summary } from './display';

function npsLines(r: analytics.NpsResult): string[] {
  if (r.nps === null || !r.ci || !r.adjusted) return [`**NPS: no valid answers** (${r.excluded} excluded)`];
  const { ci, adjusted } = r;
  const excluded = r.excluded ? ` · ${r.excluded} excluded` : '';
  return [
    `**NPS ${fmt(r.nps)}** ± ${fmt(r.moe)} (${Math.round(r.confidence * 100)}% CI ${fmt(ci[0])} to ${fmt(ci[1])}), n = ${r.n}`,
    '',
    `promoters ${r.promoters} · passives ${r.passives} · detractors ${r.detractors}${excluded}` +
      ` · adjusted-Wald ${fmt(adjusted.nps)} (${fmt(adjusted.ci[0])} to ${fmt(adjusted.ci[1])})`,
  ];
}

function csatLine(r: analytics.CsatResult): string {
  if (r.csat === null || !r.ci) return '**CSAT: no valid ratings**';
  const excluded = r.excluded ? `; ${r.excluded} excluded` : '';
  const ci = `95% CI ${fmt(r.ci[0])} to ${fmt(r.ci[1])}`;
  return `**CSAT ${fmt(r.csat)}%** (top-2-box), ${ci}, n = ${r.n}; mean rating ${fmt(r.mean, 2)}${excluded}`;
}

export const satisfactionDisplays = {
  nps: display(analytics.nps, (r) => [summary(npsLines(r)), charts.npsChart(r)]),
  npsTrend: display(analytics.npsTrend, (t) => [t, charts.npsTrendChart(t)]),
  compareNps: display(analytics.compareNps, (r) => [
    summary([
      `**NPS ${fmt(r.a)} vs ${fmt(r.b)}**: difference ${fmt(r.difference)} points, z = ${fmt(r.z, 3)}, p = ${fmt(r.p, 4)}` +
        ` — ${r.significant ? 'significant' : 'not significant'} at 5%`,
    ]),
  ]),
  csat: display(analytics.csat, (r) => [summary([csatLine(r)])]),
} satisfies DisplaysOf<'nps' | 'npsTrend' | 'compareNps' | 'csat'>;
