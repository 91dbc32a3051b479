import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { BgNbdModel, customerIntervals, fitBgNbd, fitParetoNbd } from '../../../../src/analytics/index';
import { fixturePath } from '../fixtures';

const summary = aq.fromCSV(readFileSync(fixturePath('cdnow', 'cdnow_customers_summary.csv'), 'utf8'));
const pareto = fitParetoNbd(summary, { timeUnitDays: 7 });
const customer1 = aq.table({ frequency: [2], recency: [30.43], T: [38.86] });

describe('customerIntervals', () => {
  it('spreads as the delta method predicts: draws’ SD of E[Y(39)] for CDNOW customer 1 within 15% of √(gᵀΣg) (gradient computed here)', () => {
    const r = customerIntervals(pareto, customer1, { t: 39, draws: 2000, level: 0.6827 }).object(0) as Record<string, number>;
    const keys = ['r', 'alpha', 's', 'beta'] as const;
    const f = (p: typeof pareto.params) => pareto.withParams(p).conditionalExpectedPurchases(39, 2, 30.43, 38.86);
    const g = keys.map((k) => {
      const h = 1e-5 * pareto.params[k];
      return (f({ ...pareto.params, [k]: pareto.params[k] + h }) - f({ ...pareto.params, [k]: pareto.params[k] - h })) / (2 * h);
    });
    const cov = pareto.covariance!;
    const sd = Math.sqrt(g.reduce((s, gi, i) => s + g.reduce((s2, gj, j) => s2 + gi * cov[i][j] * gj, 0), 0));
    const halfWidth = (r.expectedUpper - r.expectedLower) / 2; // ±1 SD for a normal at level 68.27%
    assert.ok(Math.abs(halfWidth / sd - 1) < 0.15, `half-width ${halfWidth} vs delta-method SD ${sd}`);
    assert.ok(r.expectedLower < r.expectedPurchases && r.expectedPurchases < r.expectedUpper);
    assert.ok(r.aliveLower <= r.probabilityAlive && r.probabilityAlive <= r.aliveUpper);
  });

  it('repeats exactly for a seed, gives one row per customer, and works for BG/NBD', () => {
    const a = customerIntervals(pareto, summary, { t: 39, draws: 50 });
    const b = customerIntervals(pareto, summary, { t: 39, draws: 50 });
    assert.equal(a.numRows(), 2357);
    assert.deepEqual(a.array('expectedUpper'), b.array('expectedUpper'));
    const bg = fitBgNbd(summary, { timeUnitDays: 7 });
    const r = customerIntervals(bg, customer1, { t: 39, draws: 200 }).object(0) as Record<string, number>;
    assert.ok(r.expectedLower < 1.226 && 1.226 < r.expectedUpper, 'contains REF-BG-04');
  });

  it('refuses a model without covariance (loaded from JSON), and a missing horizon', () => {
    const loaded = BgNbdModel.fromJSON(JSON.parse(JSON.stringify(fitBgNbd(summary, { timeUnitDays: 7 }))));
    assert.throws(() => customerIntervals(loaded, customer1, { t: 39 }), /no usable covariance/);
    assert.throws(
      () => customerIntervals(pareto, customer1, {} as never),
      /t \(the horizon in model time units\) must be a positive number/,
    );
  });
});
