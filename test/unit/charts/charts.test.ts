import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as crm from '../../../src/analytics/index';
import * as charts from '../../../src/charts/index';
import { tx } from '../analytics/fixtures';
import { countMarks, renderSvg } from './renderSvg';

const orders = tx([
  ['a', '2024-01-05', 100], ['a', '2024-02-05', 50], ['a', '2024-03-05', 70], ['b', '2024-01-10', 20], ['b', '2024-03-01', 25],
  ['c', '2024-02-01', 300], ['d', '2024-02-15', 15], ['e', '2024-03-20', 40], ['e', '2024-03-28', 60], ['f', '2024-01-02', 5],
]);

async function renders(spec: ReturnType<typeof charts.segmentChart>, mark: string, expected: number | ((n: number) => boolean)) {
  assert.equal((spec as { $schema: string }).$schema, 'https://vega.github.io/schema/vega-lite/v6.json');
  const { svg, warnings } = await renderSvg(spec);
  assert.deepEqual(warnings, [], 'vega-lite compiled without warnings');
  const n = countMarks(svg, mark);
  if (typeof expected === 'number') assert.equal(n, expected, `${mark} count`);
  else assert.ok(expected(n), `${mark} count ${n}`);
  return svg;
}

describe('chart builders render to SVG with the expected marks', () => {
  const scores = crm.rfm(orders);

  it('segmentChart: two bars per segment', async () => {
    const summary = crm.segmentSummary(scores);
    await renders(charts.segmentChart(summary), 'mark-rect', 2 * summary.numRows());
  });

  it('rfHeatmap: one cell per occupied (R, F) pair, labelled with its count', async () => {
    const cells = new Set((scores.objects() as { r: number; f: number }[]).map((r) => `${r.r}${r.f}`)).size;
    await renders(charts.rfHeatmap(scores), 'mark-rect', cells);
  });

  it('elbowChart: a line for inertia and one for silhouette', async () => {
    const e = crm.elbow(scores, ['recency', 'frequency', 'monetary'], { kMin: 2, kMax: 4 });
    await renders(charts.elbowChart(e), 'mark-line', 2);
  });

  it('clusterScatter: one point per customer', async () => {
    const seg = crm.kmeansSegments(scores, ['recency', 'monetary'], { k: 2 });
    await renders(charts.clusterScatter(seg.table, 'recency', 'monetary'), 'mark-symbol', 6);
  });

  it('segmentProfileChart: one bar per segment and feature', async () => {
    const seg = crm.kmeansSegments(scores, ['recency', 'monetary'], { k: 2 });
    const prof = crm.profile(seg.table.select('recency', 'monetary', 'segment'), 'segment');
    await renders(charts.segmentProfileChart(prof), 'mark-rect', 4);
  });

  it('npsChart: three stacked bars, titled with the score and interval', async () => {
    const spec = charts.npsChart(crm.npsFromCounts(50, 30, 20));
    assert.match(String((spec as { title: string }).title), /^NPS 30\.0 \(95% CI 14\.7 to 45\.3\), n = 100$/);
    await renders(spec, 'mark-rect', 3);
  });

  it('npsTrendChart: a band, a line and a zero rule', async () => {
    const trend = crm.npsTrend([{ date: new Date('2024-01-02'), score: 10 }, { date: new Date('2024-02-02'), score: 3 }, { date: new Date('2024-02-03'), score: 9 }]);
    await renders(charts.npsTrendChart(trend), 'mark-area', 1);
  });

  it('cohortHeatmap: one cell per observed (cohort, offset)', async () => {
    const cohorts = crm.cohortRetention(orders);
    const observed = (cohorts.objects() as Record<string, unknown>[]).reduce((s, r) => s + Object.keys(r).filter((k) => /^\d+$/.test(k) && r[k] !== null).length, 0);
    await renders(charts.cohortHeatmap(cohorts), 'mark-rect', observed);
  });

  it('retentionCurves: a line per cohort and the average', async () => {
    const cohorts = crm.cohortRetention(orders);
    await renders(charts.retentionCurves(cohorts), 'mark-line', cohorts.numRows() + 1);
  });

  it('paretoChart: the cumulative area and the 80% rule', async () => {
    await renders(charts.paretoChart(crm.pareto(orders)), 'mark-area', 1);
  });

  it('holdoutChart: a predicted and an actual line', async () => {
    const table = [{ frequency: '0', predicted: 0.2, actual: 0.1 }, { frequency: '1', predicted: 0.6, actual: 0.7 }];
    await renders(charts.holdoutChart({ table }), 'mark-line', 2);
  });

  it('barChart: one bar per row', async () => {
    await renders(charts.barChart([{ m: 'a', v: 1 }, { m: 'b', v: 2 }], { x: 'm', y: 'v', title: 'T' }), 'mark-rect', 2);
  });

  it('campaignFunnel: three bars with their counts', async () => {
    const input = { contacted: 10000, responded: 250, converted: 40, revenue: 20000, margin: 0.4, cost: 5000 };
    await renders(charts.campaignFunnel(input, crm.campaign(input)), 'mark-rect', 3);
  });
});
