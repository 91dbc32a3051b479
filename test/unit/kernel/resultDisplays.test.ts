import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as analytics from '../../../src/analytics/index';
import { formatDisplay } from '../../../src/kernel/formatDisplay';
import { withDisplays } from '../../../src/kernel/displays/index';
import { tx } from '../analytics/fixtures';

const crm = withDisplays(analytics);
const mimes = (v: unknown) => formatDisplay(v, 100).map((o) => o.items[0].mime);
const orders = tx([
  ['a', '2024-01-05', 100],
  ['a', '2024-02-05', 50],
  ['b', '2024-01-10', 20],
  ['c', '2024-03-01', 5],
]);

describe('results that show themselves in a cell', () => {
  it('shows an NPS result as a summary and its stacked bar', () => {
    const r = crm.nps([10, 10, 9, 8, 3]);
    const outs = formatDisplay(r, 100);
    assert.deepEqual(
      outs.map((o) => o.items.map((i) => i.mime)),
      [
        ['text/markdown', 'text/plain'],
        ['application/vnd.vegalite.v6+json', 'text/plain'],
      ],
    );
    assert.match(outs[0].items[0].data, /^\*\*NPS 40\.0\*\* ± /);
    assert.doesNotMatch(outs[0].items[1].data, /\*\*/);
  });

  it('shows an RFM table as a summary, the table itself and the R×F heatmap', () => {
    assert.deepEqual(mimes(crm.rfm(orders)), [
      'text/markdown',
      'application/vnd.crm-workbench.table+json',
      'application/vnd.vegalite.v6+json',
    ]);
  });

  it('shows cohorts as the table, a heatmap and retention curves', () => {
    assert.deepEqual(mimes(crm.cohortRetention(orders)), [
      'application/vnd.crm-workbench.table+json',
      'application/vnd.vegalite.v6+json',
      'application/vnd.vegalite.v6+json',
    ]);
  });

  it('shows a campaign with its funnel, and a prepared export with its data-quality report', () => {
    assert.deepEqual(mimes(crm.campaign({ contacted: 100, responded: 10, converted: 2, revenue: 500, margin: 0.5, cost: 100 })), [
      'text/markdown',
      'application/vnd.vegalite.v6+json',
    ]);
    const prepared = crm.prepareTransactions([
      { customer_id: 'a', date: '2024-01-01', amount: '5' },
      { customer_id: '', date: '2024-01-01', amount: '5' },
    ]);
    const md = formatDisplay(prepared, 100)[0].items[0].data;
    assert.match(md, /kept 1 of 2 rows/);
    assert.match(md, /dropped 1 row: missing id \(e\.g\. row 2\)/);
  });

  it('leaves results’ data untouched: the hook is not enumerable', () => {
    const r = crm.repeatRate(orders);
    assert.deepEqual(JSON.parse(JSON.stringify(r)), { customers: 3, repeatCustomers: 1, repeatRate: 1 / 3 });
    assert.equal(crm.normalCdf, analytics.normalCdf);
  });
});

describe('results of the predictive models show themselves', () => {
  const rows = Array.from({ length: 200 }, (_, i) => ({ x: i % 50, z: (i * 7) % 13, y: i % 50 > 20 ? 1 : 0 }));
  const vl = 'application/vnd.vegalite.v6+json';
  const md = 'text/markdown';
  const table = 'application/vnd.crm-workbench.table+json';

  it('a churn model: metrics and rules, then importance, confusion matrix and ROC charts', () => {
    const r = crm.trainChurnModel(rows, { label: 'y' });
    assert.deepEqual(mimes(r), [md, vl, vl, vl]);
    const text = formatDisplay(r, 100)[0].items[0].data;
    assert.match(text, /^\*\*Churn tree\*\* \(\d+ leaves\) on 150 customers, judged on 50 held out: accuracy/);
    assert.match(text, /\n- x < [\d.]+ → 0\.0% y \(\d+ rows\)/);
  });

  it('a value model, a logistic model, churn features, a forecast and feedback themes', () => {
    assert.deepEqual(mimes(crm.trainClvModel(rows, { target: 'x', features: ['z', 'y'] })), [md, vl]);
    assert.deepEqual(
      mimes(
        crm.trainLogisticModel(
          rows.map((r) => ({ ...r, x: r.x + (r.z % 3) * 10 })),
          { label: 'y', penalizer: 1 },
        ),
      ),
      [md, table, vl],
    );
    assert.deepEqual(mimes(crm.buildChurnFeatures(orders, { horizonDays: 30 })), [md, table]);
    const f = crm.forecast([10, 12, 11, 14, 15, 17, 16, 19], { horizon: 2, seasonLength: 1 });
    assert.deepEqual(mimes(f), [md, vl]);
    assert.match(formatDisplay(f, 100)[0].items[0].data, /backtest on the last 2 known periods: MAPE [\d.]+% \(seasonal naive: [\d.]+%\)/);
    assert.deepEqual(
      mimes(
        crm.feedbackThemes([
          { score: 10, comment: 'fast shipping' },
          { score: 9, comment: 'fast shipping' },
        ]),
      ),
      [md, table, table, vl], // terms, then shop topics (delivery)
    );
  });

  it('predicted CLV: the summary, the table, top customers, the CLV spread and P(alive)', () => {
    const summary = crm.rfmSummary(orders, { timeUnitDays: 7 });
    const bgnbd = analytics.BgNbdModel.fromJSON({
      type: 'crm-workbench/bgnbd',
      version: 1,
      params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      timeUnitDays: 7,
    });
    const gammaGamma = analytics.GammaGammaModel.fromJSON({
      type: 'crm-workbench/gamma-gamma',
      version: 1,
      params: { p: 6.25, q: 3.74, gamma: 15.44 },
    });
    assert.deepEqual(mimes(crm.predictClv(summary, { bgnbd, gammaGamma, timeUnitDays: 7 })), [md, table, vl, vl, vl]);
  });
});
