import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as aq from 'arquero';
import * as crm from '../../../src/analytics/index';
import * as charts from '../../../src/charts/index';
import { tx } from '../analytics/fixtures';

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

/** One spec from every chart builder, on small inputs (the same as charts.test.ts). */
function everyChart(): Record<string, unknown> {
  const scores = crm.rfm(orders, { language: 'zh-cn' });
  const seg = crm.kmeansSegments(scores, ['recency', 'monetary'], { k: 2 });
  const cohorts = crm.cohortRetention(orders);
  const clv = aq.table({ customerId: ['a', 'b', 'c', 'd'], clv: [120, 40, 5, 300], probabilityAlive: [0.95, 0.55, 0.05, 0.99] });
  const bgnbd = crm.BgNbdModel.fromJSON({
    type: 'crm-workbench/bgnbd',
    version: 1,
    params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    timeUnitDays: 7,
  });
  const rows = Array.from({ length: 200 }, (_, i) => ({ x: i % 50, z: (i * 7) % 13, y: i % 50 > 20 ? 1 : 0 }));
  const model = crm.trainChurnModel(rows, { label: 'y' });
  const campaign = { contacted: 10000, responded: 250, converted: 40, revenue: 20000, margin: 0.4, cost: 5000 };
  const baskets = crm.apriori(
    [
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['a', 'c'],
      ['b', 'c'],
      ['a', 'b'],
    ],
    { minSupport: 0.4, minConfidence: 0.5 },
  );
  const themes = crm.feedbackThemes([
    { score: 10, comment: 'fast shipping' },
    { score: 2, comment: 'slow shipping' },
  ]);
  const card = crm.customerCard(orders, 'a');
  const responses = aq.table({ customerId: ['a', 'b', 'c', 'd'], score: [10, 9, 2, 10] });
  const before = aq.table({ customerId: ['a', 'b', 'c'], segment: ['Champions', 'Champions', 'Lost'] });
  const after = aq.table({ customerId: ['a', 'b', 'd'], segment: ['At Risk', 'Champions', 'New Customers'] });
  const hier = crm.hierarchicalSegments(scores, ['recency', 'frequency'], { k: 2 });
  return {
    segmentChart: charts.segmentChart(crm.segmentSummary(scores)),
    rfHeatmap: charts.rfHeatmap(scores),
    migrationHeatmap: charts.migrationHeatmap(crm.segmentMigration(before, after)),
    elbowChart: charts.elbowChart(crm.elbow(scores, ['recency', 'frequency', 'monetary'], { kMin: 2, kMax: 4 })),
    clusterScatter: charts.clusterScatter(seg.table, 'recency', 'monetary'),
    dendrogram: charts.dendrogram(hier),
    kDistanceChart: charts.kDistanceChart(crm.kDistance(scores, ['recency', 'frequency'], { k: 2 })),
    segmentProfileChart: charts.segmentProfileChart(crm.profile(seg.table.select('recency', 'monetary', 'segment'), 'segment')),
    npsChart: charts.npsChart(crm.npsFromCounts(50, 30, 20)),
    npsTrendChart: charts.npsTrendChart(
      crm.npsTrend([
        { date: new Date('2024-01-02'), score: 10 },
        { date: new Date('2024-02-02'), score: 3 },
      ]),
    ),
    npsByChart: charts.npsByChart(crm.npsBy(responses, { by: 'segment', customers: scores })),
    customerTimeline: charts.customerTimeline(card),
    customerIntervalChart: charts.customerIntervalChart([{ customerId: 'a', expectedPurchases: 2, expectedLower: 1, expectedUpper: 3 }]),
    cohortHeatmap: charts.cohortHeatmap(cohorts),
    retentionCurves: charts.retentionCurves(cohorts),
    paretoChart: charts.paretoChart(crm.pareto(orders)),
    campaignFunnel: charts.campaignFunnel(campaign, crm.campaign(campaign)),
    holdoutChart: charts.holdoutChart({ table: [{ frequency: '0', predicted: 0.2, actual: 0.1 }] }),
    pAliveChart: charts.pAliveChart(clv),
    clvDistributionChart: charts.clvDistributionChart(clv, { cap: 0.5 }),
    topCustomersChart: charts.topCustomersChart(clv, { n: 3 }),
    frequencyRecencyChart: charts.frequencyRecencyChart(bgnbd, crm.rfmSummary(orders, { timeUnitDays: 7 }), { t: 52, cells: 5 }),
    featureImportanceChart: charts.featureImportanceChart(model),
    'featureImportanceChart:permutation': charts.featureImportanceChart(model, { measure: 'permutation' }),
    oobErrorChart: charts.oobErrorChart([
      { trees: 1, oobError: 0.3 },
      { trees: 2, oobError: 0.2 },
    ]),
    'customerIntervalChart:clv': charts.customerIntervalChart([{ customerId: 'a', clv: 20, clvLower: 10, clvUpper: 30 }], {
      measure: 'clv',
    }),
    confusionMatrixChart: charts.confusionMatrixChart(model),
    rocChart: charts.rocChart(crm.rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), { auc: 0.75 }),
    forecastChart: charts.forecastChart(crm.forecast([10, 12, 11, 14, 15, 17, 16, 19], { horizon: 3, seasonLength: 1 })),
    rulesChart: charts.rulesChart(baskets, { top: 3 }),
    themesChart: charts.themesChart(themes),
  };
}

const CJK = /[\u4e00-\u9fff]/;
/** Words that read the same in a Chinese chart: abbreviations and symbols. */
const UNIVERSAL = /^(NPS|CLV|R|F|k|AUC|eps|x|x2|y2)$/;

/** Every word a reader sees in a spec that is not the user's data: titles, and field names shown without a title. */
function wordsOf(node: unknown, path: string, out: [string, string][]): void {
  if (Array.isArray(node)) return node.forEach((n, i) => wordsOf(n, `${path}[${i}]`, out));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'data') continue;
    if (key === 'title' && typeof value === 'string') out.push([`${path}.title`, value]);
    else if (key === 'encoding' && value && typeof value === 'object') {
      for (const [channel, def] of Object.entries(value)) {
        for (const d of Array.isArray(def) ? def : [def]) {
          if (d && typeof d === 'object' && 'field' in d && !('title' in d) && channel !== 'order')
            out.push([`${path}.encoding.${channel}`, String((d as { field: unknown }).field)]);
        }
        wordsOf(def, `${path}.encoding.${channel}`, out);
      }
    } else wordsOf(value, `${path}.${key}`, out);
  }
}

describe('charts in Simplified Chinese (issue 15 item 4)', () => {
  const specs = everyChart();

  it('builds a spec of every chart builder of the charts index', () => {
    const builders = Object.entries(charts)
      .filter(([name, v]) => typeof v === 'function' && !['localizeSpec', 'chartTitle'].includes(name))
      .map(([name]) => name)
      .sort();
    assert.deepEqual([...new Set(Object.keys(specs).map((k) => k.split(':')[0]))].sort(), builders.filter((b) => b !== 'barChart').sort());
  });

  it('translates every title, axis, legend and tooltip word of every chart (chartText.ts)', () => {
    const untranslated: string[] = [];
    for (const [name, spec] of Object.entries(specs)) {
      const words: [string, string][] = [];
      wordsOf(charts.localizeSpec(spec as never, 'zh-cn'), name, words);
      for (const [where, word] of words) if (!CJK.test(word) && !UNIVERSAL.test(word)) untranslated.push(`${where}: ${word}`);
    }
    assert.deepEqual(untranslated, []);
  });

  it('translates the categories builders write into the data: NPS groups, funnel stages, series, measures', () => {
    const zh = (name: string) => JSON.stringify(charts.localizeSpec(specs[name] as never, 'zh-cn'));
    assert.match(zh('npsChart'), /"贬损者".*"被动者".*"推荐者"/);
    assert.doesNotMatch(zh('npsChart'), /Detractors|Passives|Promoters/);
    assert.doesNotMatch(zh('campaignFunnel'), /Contacted|Responded|Converted/);
    assert.doesNotMatch(zh('forecastChart'), /"(actual|forecast)"/);
    assert.doesNotMatch(zh('holdoutChart'), /"(actual|predicted)"/);
    assert.match(zh('segmentChart'), /'客户' : '收入'/);
    assert.match(zh('migrationHeatmap'), /已离开/);
    const unmatched = charts.npsByChart([{ group: '(not a customer)', n: 8, nps: -12.5, ciLow: -66.6, ciHigh: 41.6 }]);
    assert.doesNotMatch(JSON.stringify(charts.localizeSpec(unmatched, 'zh-cn')), /not a customer/);
  });

  it('leaves English specs unchanged and the user’s own words as they are', () => {
    const spec = specs.npsChart as { title: string };
    assert.equal(charts.localizeSpec(spec as never, 'en'), spec);
    assert.equal(charts.chartTitle('My own chart', 'zh-cn'), 'My own chart');
    assert.equal(charts.chartTitle('Top 3 customers by revenue', 'zh-cn'), '按收入排序的前 3 位客户');
  });

  it('has a non-empty Chinese entry for every literal title in the chart builders’ source', () => {
    const missing: string[] = [];
    for (const file of readdirSync('src/charts').filter((f) => f.endsWith('.ts') && !['chartText.ts', 'localizeSpec.ts'].includes(f))) {
      const source = readFileSync(`src/charts/${file}`, 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '');
      for (const m of source.matchAll(/(?:base\(|title: )'((?:[^'\\]|\\.)+)'/g)) {
        const en = m[1].replace(/\\'/g, "'");
        const zh = charts.chartTitle(en, 'zh-cn');
        if (!zh || (zh === en && !UNIVERSAL.test(en))) missing.push(`${file}: ${en}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('gives each catalogue entry a non-empty Chinese text', () => {
    for (const table of [charts.CHART_TITLES_ZH, charts.CHART_CATEGORIES_ZH, charts.CHART_FIELDS_ZH])
      for (const [en, zh] of Object.entries(table)) assert.ok(zh.trim(), `Chinese for "${en}"`);
  });
});
