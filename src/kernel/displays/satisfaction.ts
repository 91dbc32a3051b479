/** Displays of the satisfaction topic: NPS with its margin, trends, comparisons and CSAT. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { escapeMarkdown } from '../../protocol/index';
import { count, display, type DisplaysOf, fmt, summary } from './display';

function npsLines(r: analytics.NpsResult): string[] {
  if (r.nps === null || !r.ci || !r.adjusted) return [`**NPS: no valid answers** (${r.excluded} excluded)`];
  const { ci, adjusted } = r;
  const excluded = r.excluded ? ` · ${r.excluded} excluded` : '';
  return [
    `**NPS ${fmt(r.nps)}** ± ${fmt(r.moe)} (${Math.round(r.confidence * 100)}% CI ${fmt(ci[0])} to ${fmt(ci[1])}), n = ${count(r.n)}`,
    '',
    `promoters ${count(r.promoters)} · passives ${count(r.passives)} · detractors ${count(r.detractors)}${excluded}` +
      ` · adjusted-Wald ${fmt(adjusted.nps)} (${fmt(adjusted.ci[0])} to ${fmt(adjusted.ci[1])})`,
  ];
}

function csatLine(r: analytics.CsatResult): string {
  if (r.csat === null || !r.ci) return '**CSAT: no valid ratings**';
  const excluded = r.excluded ? `; ${r.excluded} excluded` : '';
  const ci = `95% CI ${fmt(r.ci[0])} to ${fmt(r.ci[1])}`;
  return `**CSAT ${fmt(r.csat)}%** (top-2-box), ${ci}, n = ${count(r.n)}; mean rating ${fmt(r.mean, 2)}${excluded}`;
}

/** "Champions NPS 42 ± 9 vs At Risk −10 ± 14": the first group against the last, each with its margin of error. */
function npsByLine(t: ReturnType<typeof analytics.npsBy>): string {
  const rows = t.objects() as { group: unknown; nps: number | null; moe?: number | null; ciLow: number | null; ciHigh: number | null }[];
  const scored = rows.filter((r) => r.nps !== null && String(r.group) !== '(not a customer)');
  if (!scored.length) return '**NPS per group: no valid answers**';
  const moe = (r: (typeof rows)[number]) => r.moe ?? (r.ciLow !== null && r.ciHigh !== null ? (r.ciHigh - r.ciLow) / 2 : null);
  const one = (r: (typeof rows)[number]) =>
    `**${escapeMarkdown(String(r.group))} NPS ${fmt(r.nps, 0)}**${moe(r) === null ? '' : ` ± ${fmt(moe(r), 0)}`}`;
  const groups = `${scored.length} group${scored.length === 1 ? '' : 's'}`;
  if (scored.length === 1) return `${one(scored[0])} (${groups})`;
  return `${one(scored[0])} vs ${one(scored[scored.length - 1])} (${groups}; ± is the margin of error)`;
}

export const satisfactionDisplays = {
  nps: display(analytics.nps, (r) => [summary(npsLines(r)), charts.npsChart(r)]),
  npsBy: display(analytics.npsBy, (t) => [summary([npsByLine(t)]), t, charts.npsByChart(t)]),
  npsTrend: display(analytics.npsTrend, (t) => [t, charts.npsTrendChart(t)]),
  compareNps: display(analytics.compareNps, (r) => [
    summary([
      `**NPS ${fmt(r.a)} vs ${fmt(r.b)}**: difference ${fmt(r.difference)} points, z = ${fmt(r.z, 3)}, p = ${fmt(r.p, 4)}` +
        ` — ${r.significant ? 'significant' : 'not significant'} at 5%`,
    ]),
  ]),
  csat: display(analytics.csat, (r) => [summary([csatLine(r)])]),
} satisfies DisplaysOf<'nps' | 'npsBy' | 'npsTrend' | 'compareNps' | 'csat'>;
