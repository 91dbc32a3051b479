import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import * as crm from '../../../src/analytics/index';
import * as charts from '../../../src/charts/index';
import { tx } from '../analytics/fixtures';
import { countMarks, renderSvg } from './renderSvg';

const orders = tx([
  ['a', '2024-01-05', 100],
  ['a', '2024-02-05', 50],
  ['a', '2024-03-05', 70],
  ['b', '2024-01-10', 20],
  ['b', '2024-03-01', 25],
  ['c', '2024-02-01', 300],
  ['d', '2024-02-15', 15],
  ['e', '2024-03-20', 40],
  ['e', '2024-03-28', 60],
  ['f', '2024-01-02', 5],
]);

/** Renders a spec and counts its marks; an expected count of 0 is refused (a chart of nothing proves nothing). */
async function renders(spec: ReturnType<typeof charts.segmentChart>, mark: string, expected: number | ((n: number) => boolean)) {
  if (typeof expected === 'number') assert.ok(expected > 0, `the test data gives ${mark} something to draw`);
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
    assert.equal(summary.numRows(), new Set(scores.array('segment')).size);
    await renders(charts.segmentChart(summary), 'mark-rect', 2 * summary.numRows());
  });

  it('rfHeatmap: one cell per occupied (R, F) pair, labelled with its count', async () => {
    const cells = new Set((scores.objects() as { r: number; f: number }[]).map((r) => `${r.r}${r.f}`)).size;
    assert.equal(scores.numRows(), 6, 'six customers in the orders');
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
    const trend = crm.npsTrend([
      { date: new Date('2024-01-02'), score: 10 },
      { date: new Date('2024-02-02'), score: 3 },
      { date: new Date('2024-02-03'), score: 9 },
    ]);
    await renders(charts.npsTrendChart(trend), 'mark-area', 1);
  });

  it('cohortHeatmap: one cell per observed (cohort, offset)', async () => {
    const cohorts = crm.cohortRetention(orders);
    const observed = (cohorts.objects() as Record<string, unknown>[]).reduce(
      (s, r) => s + Object.keys(r).filter((k) => /^month \d+$/.test(k) && r[k] !== null).length,
      0,
    );
    assert.equal(cohorts.numRows(), 3, 'cohorts of January, February and March');
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
    const table = [
      { frequency: '0', predicted: 0.2, actual: 0.1 },
      { frequency: '1', predicted: 0.6, actual: 0.7 },
    ];
    await renders(charts.holdoutChart({ table }), 'mark-line', 2);
  });

  it('barChart: one bar per row', async () => {
    await renders(
      charts.barChart(
        [
          { m: 'a', v: 1 },
          { m: 'b', v: 2 },
        ],
        { x: 'm', y: 'v', title: 'T' },
      ),
      'mark-rect',
      2,
    );
  });

  it('campaignFunnel: three bars with their counts', async () => {
    const input = { contacted: 10000, responded: 250, converted: 40, revenue: 20000, margin: 0.4, cost: 5000 };
    await renders(charts.campaignFunnel(input, crm.campaign(input)), 'mark-rect', 3);
  });
});

describe('charts of the predictive models render to SVG with the expected marks', () => {
  const summary = crm.rfmSummary(orders, { timeUnitDays: 7 });
  const bgnbd = crm.BgNbdModel.fromJSON({
    type: 'crm-workbench/bgnbd',
    version: 1,
    params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    timeUnitDays: 7,
  });
  const clv = aq.table({ customerId: ['a', 'b', 'c', 'd'], clv: [120, 40, 5, 300], probabilityAlive: [0.95, 0.55, 0.05, 0.99] });

  it('pAliveChart: ten bars, one per tenth of P(alive)', async () => {
    await renders(charts.pAliveChart(clv), 'mark-rect', 10);
  });

  it('clvDistributionChart: bars over the binned values, the tail above the cap named in the title', async () => {
    const spec = charts.clvDistributionChart(clv, { cap: 0.5 });
    assert.match(String((spec as { title: string }).title), /the top 2 above 40 not shown/);
    await renders(spec, 'mark-rect', (n) => n >= 1);
  });

  it('topCustomersChart: one bar per customer, largest first', async () => {
    const spec = charts.topCustomersChart(clv, { n: 3 });
    assert.deepEqual(
      (spec as { data: { values: { customer: string }[] } }).data.values.map((v) => v.customer),
      ['d', 'a', 'b'],
    );
    await renders(spec, 'mark-rect', 3);
  });

  it('frequencyRecencyChart: one cell per (frequency, recency) pair, none for recency > 0 without repeats', async () => {
    const spec = charts.frequencyRecencyChart(bgnbd, summary, { t: 52, cells: 5 });
    const values = (spec as { data: { values: { frequency: number; recency: number; value: number }[] } }).data.values;
    const maxX = Math.max(...(summary.array('frequency') as number[]));
    const frequencies = new Set(Array.from({ length: 5 }, (_, i) => Math.round((i * Math.max(1, maxX)) / 4)));
    assert.equal(values.length, 1 + (frequencies.size - 1) * 5);
    await renders(spec, 'mark-rect', values.length);
  });

  it('featureImportanceChart, confusionMatrixChart and rocChart draw a model result', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ x: i % 50, z: (i * 7) % 13, y: i % 50 > 20 ? 1 : 0 }));
    const r = crm.trainChurnModel(rows, { label: 'y' });
    await renders(charts.featureImportanceChart(r), 'mark-rect', 2);
    await renders(charts.confusionMatrixChart(r), 'mark-rect', 4);
    await renders(charts.confusionMatrixChart(r), 'mark-text', 4);
    await renders(charts.rocChart(crm.rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), { auc: 0.75 }), 'mark-line', 2);
  });

  it('forecastChart: a band, the actual and forecast lines', async () => {
    const f = crm.forecast([10, 12, 11, 14, 15, 17, 16, 19], { horizon: 3, seasonLength: 1 });
    await renders(charts.forecastChart(f), 'mark-area', 1);
    await renders(charts.forecastChart(f), 'mark-line', 2);
  });

  it('rulesChart: one bar per rule, by lift', async () => {
    const r = crm.apriori(
      [
        ['a', 'b'],
        ['a', 'b', 'c'],
        ['a', 'c'],
        ['b', 'c'],
        ['a', 'b'],
      ],
      { minSupport: 0.4, minConfidence: 0.5 },
    );
    assert.ok(r.rules.numRows() >= 3, `at least three rules to draw, found ${r.rules.numRows()}`);
    await renders(charts.rulesChart(r, { top: 3 }), 'mark-rect', 3);
  });

  it('themesChart: one panel per group, one bar per term', async () => {
    const r = crm.feedbackThemes([
      { score: 10, comment: 'fast shipping' },
      { score: 9, comment: 'fast shipping' },
      { score: 2, comment: 'slow shipping' },
      { score: 1, comment: 'slow shipping' },
    ]);
    assert.ok(r.themes.numRows() >= 2, `terms for promoters and detractors, found ${r.themes.numRows()}`);
    await renders(charts.themesChart(r), 'mark-rect', r.themes.numRows());
  });
});
