/** Displays of the satisfaction topic: NPS with its margin, trends, comparisons and CSAT. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { escapeMarkdown } from '../../protocol/index';
import { summaries } from '../text/index';
import { display, type DisplaysOf, fmt, summary } from './display';

function npsLines(r: analytics.NpsResult): string[] {
  const say = summaries();
  if (r.nps === null || !r.ci || !r.adjusted) return [say.npsNone(r.excluded)];
  const { ci, adjusted } = r;
  const excluded = r.excluded ? say.npsExcluded(r.excluded) : '';
  return [
    say.nps(fmt(r.nps), fmt(r.moe), Math.round(r.confidence * 100), fmt(ci[0]), fmt(ci[1]), r.n),
    '',
    say.npsGroups(r.promoters, r.passives, r.detractors, excluded, fmt(adjusted.nps), fmt(adjusted.ci[0]), fmt(adjusted.ci[1])),
  ];
}

function csatLine(r: analytics.CsatResult): string {
  if (r.csat === null || !r.ci) return summaries().csatNone;
  return summaries().csat(fmt(r.csat), fmt(r.ci[0]), fmt(r.ci[1]), r.n, fmt(r.mean, 2), r.excluded);
}

/** "Champions NPS 42 ± 9 vs At Risk −10 ± 14": the first group against the last, each with its margin of error. */
function npsByLine(t: ReturnType<typeof analytics.npsBy>): string {
  const rows = t.objects() as { group: unknown; nps: number | null; moe?: number | null; ciLow: number | null; ciHigh: number | null }[];
  const scored = rows.filter((r) => r.nps !== null && String(r.group) !== '(not a customer)');
  const say = summaries();
  if (!scored.length) return say.npsByNone;
  const moe = (r: (typeof rows)[number]) => r.moe ?? (r.ciLow !== null && r.ciHigh !== null ? (r.ciHigh - r.ciLow) / 2 : null);
  const one = (r: (typeof rows)[number]) =>
    say.npsByGroup(escapeMarkdown(String(r.group)), fmt(r.nps, 0), moe(r) === null ? null : fmt(moe(r), 0));
  if (scored.length === 1) return say.npsByOne(one(scored[0]), 1);
  return say.npsByTwo(one(scored[0]), one(scored[scored.length - 1]), scored.length);
}

export const satisfactionDisplays = {
  nps: display(analytics.nps, (r) => [summary(npsLines(r)), charts.npsChart(r)]),
  npsBy: display(analytics.npsBy, (t) => [summary([npsByLine(t)]), t, charts.npsByChart(t)]),
  npsTrend: display(analytics.npsTrend, (t) => [t, charts.npsTrendChart(t)]),
  compareNps: display(analytics.compareNps, (r) => [
    summary([summaries().compareNps(fmt(r.a), fmt(r.b), fmt(r.difference), fmt(r.z, 3), fmt(r.p, 4), r.significant)]),
  ]),
  csat: display(analytics.csat, (r) => [summary([csatLine(r)])]),
} satisfies DisplaysOf<'nps' | 'npsBy' | 'npsTrend' | 'compareNps' | 'csat'>;
