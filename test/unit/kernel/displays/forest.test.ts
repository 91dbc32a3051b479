import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import * as analytics from '../../../../src/analytics/index';
import { formatDisplay } from '../../../../src/kernel/formatDisplay';
import { withDisplays } from '../../../../src/kernel/displays/index';
import { fixturePath } from '../../analytics/fixtures';

const crm = withDisplays(analytics);
const vl = 'application/vnd.vegalite.v6+json';
const md = 'text/markdown';
const table = 'application/vnd.crm-workbench.table+json';
const mimes = (v: unknown) => formatDisplay(v, 100).map((o) => o.items[0].mime);
const text = (v: unknown) => formatDisplay(v, 100)[0].items[0].data;

describe('forests and CLV intervals show themselves (issue 16)', () => {
  const forest = aq.fromCSV(readFileSync(fixturePath('forest', 'forest.csv'), 'utf8'));

  it('a churn forest: summary with the OOB accuracy, permutation importance, OOB curve and ROC curve', () => {
    const r = crm.trainChurnForest(forest, { label: 'churned', features: ['f0', 'f1', 'f2'], trees: 10 });
    assert.deepEqual(mimes(r), [md, vl, vl, vl]);
    assert.match(
      text(r),
      /^\*\*Churn forest\*\* \(10 trees, 1 of 3 features per split\) on 450 customers, judged on 150 held out: accuracy .* · out of bag: accuracy/,
    );
  });

  it('a value forest: summary with the baseline and the OOB R², and its two charts', () => {
    const r = crm.trainClvForest(forest, { target: 'value', features: ['f0', 'f1', 'f2'], trees: 10 });
    assert.deepEqual(mimes(r), [md, vl, vl]);
    assert.match(
      text(r),
      /^\*\*Value forest\*\* \(10 trees, 3 of 3 features per split\) on 450 rows, .*always guessing the mean.* · out of bag: MAE/,
    );
  });

  it('predictClv with intervals adds what they cover and a CLV interval chart', () => {
    const summary = aq
      .fromCSV(readFileSync(fixturePath('cdnow', 'cdnow_customers_summary_with_transactions.csv'), 'utf8'))
      .rename({ ID: 'customerId', x: 'frequency', t_x: 'recency', zbar: 'monetaryValue' });
    const bgnbd = analytics.fitBgNbd(summary, { timeUnitDays: 7 });
    const gammaGamma = analytics.fitGammaGamma(summary);
    const plain = crm.predictClv(summary.slice(0, 20), { bgnbd, gammaGamma });
    const withIntervals = crm.predictClv(summary.slice(0, 20), { bgnbd, gammaGamma, intervals: { draws: 20 } });
    assert.deepEqual(mimes(withIntervals), [...mimes(plain), md, vl]);
    const parts = formatDisplay(withIntervals, 100);
    assert.match(
      parts[parts.length - 2].items[0].data,
      /^\*\*Intervals\*\* \(90%, 20 parameter draws\) from the uncertainty of the purchase and spend/,
    );
    assert.ok(mimes(plain).includes(table));
  });
});
