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
const mimes = (v: unknown) => formatDisplay(v, 100).map((o) => o.items[0].mime);

describe('results of issue 16 show themselves', () => {
  it('a Pareto/NBD fit: parameters and the frequency/recency matrix', () => {
    const summary = aq.fromCSV(readFileSync(fixturePath('cdnow', 'cdnow_customers_summary.csv'), 'utf8'));
    const m = crm.fitParetoNbd(summary, { timeUnitDays: 7 });
    assert.deepEqual(mimes(m), [md, vl]);
    assert.match(formatDisplay(m, 100)[0].items[0].data, /^\*\*Pareto\/NBD\*\* on 2,357 customers \(time unit 7 days\): r = 0\.55/);
    const intervals = crm.customerIntervals(m, summary.slice(0, 30), { t: 52, draws: 20 });
    assert.deepEqual(mimes(intervals), [md, 'application/vnd.crm-workbench.table+json', vl]);
    assert.match(
      formatDisplay(intervals, 100)[0].items[0].data,
      /^\*\*Per-customer intervals\*\* \(90%, 20 parameter draws\) for 30 customers/,
    );
  });

  it('a hierarchical clustering: summary, dendrogram and scatter', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ a: (i % 4) * 10 + (i % 3), b: (i % 2) * 5 }));
    const r = crm.hierarchicalSegments(rows, ['a', 'b'], { k: 4 });
    assert.deepEqual(mimes(r), [md, vl, vl]);
    assert.match(formatDisplay(r, 100)[0].items[0].data, /^\*\*Hierarchical clustering \(ward linkage\): 4 segments\*\* of 40 rows/);
  });

  it('a DBSCAN result, a k-distance curve and a cross-validation', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ a: (i % 3) * 10 + (i % 5) * 0.1, b: (i % 2) * 0.1, y: i % 3 === 0 ? 1 : 0 }));
    const d = crm.dbscanSegments(rows, ['a', 'b'], { eps: 0.5, minPoints: 3 });
    assert.deepEqual(mimes(d), [md, vl]);
    assert.match(formatDisplay(d, 100)[0].items[0].data, /^\*\*DBSCAN: 6 clusters\*\* of 60 rows/);
    assert.deepEqual(mimes(crm.kDistance(rows, ['a', 'b'])), [md, vl]);
    const cv = crm.crossValidate(analytics.trainLogisticModel, rows, {
      folds: 3,
      trainOptions: { label: 'y', features: ['a', 'b'], penalizer: 1 },
    });
    assert.match(formatDisplay(cv, 100)[0].items[0].data, /^\*\*3-fold cross-validation\*\* \(classification\): accuracy/);
  });
});
