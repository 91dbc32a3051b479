import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildChurnFeatures, trainChurnModel } from '../../../../src/analytics/index';
import { tx } from '../fixtures';

const orders = tx([
  ['a', '2024-01-01', 10],
  ['a', '2024-03-01', 20],
  ['a', '2024-03-01', 5],
  ['a', '2024-05-15', 30],
  ['b', '2024-02-10', 50],
  ['c', '2024-04-20', 40],
  ['c', '2024-06-01', 10],
  ['d', '2024-05-01', 99],
]);

describe('buildChurnFeatures', () => {
  it('measures each customer at asOf and labels who did not buy in the horizon (computed by hand)', () => {
    const t = buildChurnFeatures(orders, { asOf: '2024-04-01', horizonDays: 60, windowDays: 45 });
    assert.deepEqual(t.objects(), [
      // a: days Jan 1, Mar 1 (two orders, one day) up to Apr 1; bought again May 15 (within 60 days)
      { customerId: 'a', recency: 31, orders: 2, revenue: 35, aov: 17.5, tenure: 91, recentOrders: 1, recentRevenue: 25, churned: 0 },
      // b: one order Feb 10; nothing until May 31 → churned
      { customerId: 'b', recency: 51, orders: 1, revenue: 50, aov: 50, tenure: 51, recentOrders: 0, recentRevenue: 0, churned: 1 },
    ]); // c and d start after asOf and are left out
  });

  it('defaults asOf to the last order minus the horizon, and without a label to the last order', () => {
    const labelled = buildChurnFeatures(orders, { horizonDays: 30 }); // last order 2024-06-01 → asOf 2024-05-02
    assert.deepEqual(labelled.array('customerId'), ['a', 'b', 'c', 'd']);
    assert.deepEqual(labelled.array('churned'), [0, 1, 0, 1]);
    const today = buildChurnFeatures(orders, { label: false });
    assert.equal(today.columnNames().includes('churned'), false);
    assert.deepEqual(today.array('recency'), [17, 112, 0, 31]);
  });

  it('refuses a horizon that runs past the data, and goes from orders to a model in two calls', () => {
    assert.throws(
      () => buildChurnFeatures(orders, { asOf: '2024-05-01', horizonDays: 60 }),
      /the 60-day horizon after asOf 2024-05-01 ends after the last order \(2024-06-01\).*on or before 2024-04-02/,
    );
    const data = buildChurnFeatures(orders, { asOf: '2024-05-01', horizonDays: 31 });
    const r = trainChurnModel(data, { label: 'churned', testSize: 0, minNumSamples: 1 });
    assert.deepEqual(r.model.features, ['recency', 'orders', 'revenue', 'aov', 'tenure', 'recentOrders', 'recentRevenue']);
  });
});
