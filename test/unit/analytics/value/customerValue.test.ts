import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { customerValue, pareto, repeatRate } from '../../../../src/analytics/index';
import { near, tx } from '../fixtures';

const t = tx([
  ['a', '2024-01-01', 100],
  ['a', '2024-01-01', 20],
  ['a', '2024-03-01', 30],
  ['b', '2024-02-01', 40],
  ['c', '2024-01-15', 5],
  ['c', '2024-01-20', 5],
  ['d', '2024-02-02', 0],
]);

describe('customerValue', () => {
  it('computes orders, revenue, AOV and tenure per customer, highest revenue first (independent computation)', () => {
    const rows = customerValue(t).objects() as Record<string, unknown>[];
    assert.deepEqual(rows[0], {
      customerId: 'a',
      orders: 3,
      revenue: 150,
      aov: 50,
      firstOrder: '2024-01-01',
      lastOrder: '2024-03-01',
      tenureDays: 60,
    });
    assert.deepEqual(
      rows.map((r) => r.customerId),
      ['a', 'b', 'c', 'd'],
    );
  });
});

describe('repeatRate', () => {
  it('counts customers who bought on two or more days (same-day orders are one visit)', () => {
    assert.deepEqual(repeatRate(t), { customers: 4, repeatCustomers: 2, repeatRate: 0.5 });
  });
});

describe('pareto', () => {
  it('gives each customer’s share and the cumulative share, and the top shares', () => {
    const p = pareto(t);
    const rows = p.table.objects() as Record<string, number>[];
    near(rows[0].share, 150 / 200, 1e-12, 'a');
    near(rows[1].cumulativeShare, 190 / 200, 1e-12, 'a + b');
    assert.equal(rows[3].cumulativeShare, 1);
    // top 50% of 4 customers = 2 customers = 95% of revenue; 1 customer already brings 75% < 80%.
    near(p.topShares.find((s) => s.top === 0.5)!.revenueShare, 0.95, 1e-12, 'top 50%');
    assert.equal(p.customersFor80, 0.5);
  });
});
