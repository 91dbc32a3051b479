import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { campaign, liftTest } from '../../../../src/analytics/index';
import { near } from '../fixtures';

describe('campaign', () => {
  const r = campaign({ contacted: 10_000, responded: 250, converted: 40, revenue: 20_000, margin: 0.4, cost: 5_000 });

  it('reproduces REF-MKT-01: revenue 20,000 at 40% margin, cost 5,000 → ROI 60% on profit, ROAS 4.0', () => {
    assert.equal(r.grossProfit, 8000);
    assert.equal(r.roi, 60);
    assert.equal(r.roas, 4);
    assert.equal(r.revenueReturnNotRoi, 300); // the mislabeled "ROI" on revenue, kept apart
  });

  it('reproduces REF-MKT-03: 250 responses of 10,000 → 2.5%', () => {
    assert.equal(r.responseRate, 2.5);
    assert.equal(r.conversionRate, 16);
    assert.equal(r.contactConversionRate, 0.4);
  });

  it('rejects impossible funnels and a free campaign', () => {
    assert.throws(
      () => campaign({ contacted: 10, responded: 20, converted: 0, revenue: 0, margin: 0.4, cost: 1 }),
      /responded \(20\) cannot exceed contacted \(10\)/,
    );
    assert.throws(() => campaign({ contacted: 10, responded: 2, converted: 0, revenue: 0, margin: 40, cost: 1 }), /margin is a fraction/);
    assert.throws(
      () => campaign({ contacted: 10, responded: 2, converted: 0, revenue: 0, margin: 0.4, cost: 0 }),
      /cost must be more than 0/,
    );
  });
});

describe('liftTest', () => {
  it('reproduces REF-MKT-02: 70/1000 vs 50/1000 → lift 40%, z 1.8831, p 0.0597', () => {
    const l = liftTest({ treatment: { n: 1000, conversions: 70 }, control: { n: 1000, conversions: 50 } });
    near(l.lift, 0.4, 1e-12, 'lift');
    near(l.z, 1.8831, 1e-4, 'z');
    near(l.p, 0.0597, 1e-4, 'p');
    assert.equal(l.significant, false);
    near(l.incrementalConversions, 20, 1e-9, 'incremental conversions');
  });

  it('rejects more conversions than people', () => {
    assert.throws(
      () => liftTest({ treatment: { n: 10, conversions: 11 }, control: { n: 10, conversions: 1 } }),
      /treatment\.conversions must be a whole number from 0/,
    );
  });
});
