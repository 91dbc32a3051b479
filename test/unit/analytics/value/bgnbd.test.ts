import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { BgNbdModel, bgNbdLogLikelihood, fitBgNbd } from '../../../../src/analytics/index';
import { fixturePath, near } from '../fixtures';

const cdnowSummary = () => aq.fromCSV(readFileSync(fixturePath('cdnow', 'cdnow_customers_summary.csv'), 'utf8'));
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const published = new BgNbdModel({ params: PUBLISHED, converged: true, timeUnitDays: 7, customers: 2357 });

describe('fitBgNbd on CDNOW (weeks)', () => {
  const model = fitBgNbd(cdnowSummary(), { timeUnitDays: 7 });
  const mle = { r: 0.242593, alpha: 4.413531, a: 0.792886, b: 2.425754 };

  it('reproduces REF-BG-01: r .243, α 4.414, a .793, b 2.426, LL −9582.4 (Fader, Hardie & Lee 2005; lifetimes tests)', () => {
    for (const k of ['r', 'alpha', 'a', 'b'] as const) near(model.params[k], PUBLISHED[k], 0.01, k);
    near(model.logLikelihood, -9582.4, 0.05, 'LL');
    assert.equal(model.converged, true);
  });

  it('reaches the computed MLE of the spec to 4 significant digits', () => {
    for (const k of ['r', 'alpha', 'a', 'b'] as const)
      assert.ok(Math.abs(model.params[k] / mle[k] - 1) < 1e-4, `${k} ${model.params[k]} vs ${mle[k]}`);
    near(model.logLikelihood, -9582.4256, 1e-3, 'LL at the MLE');
  });

  it('reproduces REF-BG-02: E[X(t)] for t = .1429, 1, 3, 31.8571, 32, 78 (Hardie’s spreadsheet, note 004)', () => {
    const expected: [number, number][] = [
      [0.1429, 0.0078],
      [1, 0.0532],
      [3, 0.1506],
      [31.8571, 1.0405],
      [32, 1.0437],
      [78, 1.8576],
    ];
    for (const [t, e] of expected) near(model.expectedPurchases(t), e, 1.5e-3, `E[X(${t})]`);
    near(model.expectedPurchases(39), 1.195016, 1e-4, 'E[X(39)] at the MLE (computed)');
  });

  it('reproduces REF-BG-04: customer 1 (x 2, t_x 30.43, T 38.86) buys 1.226 times in the next 39 weeks', () => {
    near(model.conditionalExpectedPurchases(39, 2, 30.43, 38.86), 1.226, 1e-3, 'E[Y(39)]');
  });

  it('reproduces REF-BG-05: conditional expectations and P(alive) of customers 1, 2, 3, 6, 9, 17, 157', () => {
    const rows: [number, number, number, number, number][] = [
      [2, 30.43, 38.86, 1.22591, 0.726609],
      [1, 1.71, 38.86, 0.203251, 0.212227],
      [0, 0, 38.86, 0.194781, 1],
      [7, 29.43, 38.86, 3.337239, 0.641801],
      [2, 35.71, 38.86, 1.324101, 0.784808],
      [10, 34.14, 38.86, 5.933574, 0.815326],
      [29, 37.71, 38, 20.053663, 0.969134],
    ];
    for (const [x, tx, T, ce, pa] of rows) {
      near(model.conditionalExpectedPurchases(39, x, tx, T), ce, 1e-4, `E[Y(39)] for x=${x}`);
      near(model.probabilityAlive(x, tx, T), pa, 1e-4, `P(alive) for x=${x}`);
    }
    const all = model.conditionalExpectedPurchases(39, cdnowSummary());
    near(
      all.reduce((s, v) => s + v, 0),
      1653.42,
      0.05,
      'sum over 2,357 customers',
    );
  });

  it('gives standard errors from the inverse Hessian', () => {
    assert.ok(model.standardErrors);
    for (const k of ['r', 'alpha', 'a', 'b'] as const)
      assert.ok(model.standardErrors[k] > 0 && model.standardErrors[k] < model.params[k], k);
  });

  it('round-trips through JSON with identical predictions', () => {
    const back = BgNbdModel.fromJSON(JSON.parse(JSON.stringify(model)));
    assert.equal(back.conditionalExpectedPurchases(39, 2, 30.43, 38.86), model.conditionalExpectedPurchases(39, 2, 30.43, 38.86));
    assert.throws(() => BgNbdModel.fromJSON({ type: 'something-else' }), /not a BG\/NBD model/);
  });
});

describe('BG/NBD with the published parameters', () => {
  it('reproduces REF-BG-06: P(X(t) = n) of BTYD (lifetimes tests)', () => {
    near(published.probabilityOfPurchases(10, 2), 1.07869e-7, 1e-11, 'P(X(2)=10)');
    near(published.probabilityOfPurchases(0, 39), 0.5737864, 1e-6, 'P(X(39)=0)');
    const expected = [
      0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613,
      0.000222226,
    ];
    expected.forEach((e, k) => near(published.probabilityOfPurchases(11 + k, 30), e, 1e-9, `P(X(30)=${11 + k})`));
    let total = 0;
    for (let n = 0; n < 400; n++) total += published.probabilityOfPurchases(n, 39);
    near(total, 1, 1e-10, 'Σ P(X(39) = n)');
  });

  it('reproduces REF-BG-07: P(alive) is 1 for x = 0, 0 for a huge x, and within [0, 1] on a grid', () => {
    assert.equal(published.probabilityAlive(0, 0, 1), 1);
    assert.equal(published.probabilityAlive(1000, 10, 100), 0);
    for (let x = 0; x <= 90; x += 10)
      for (let tx = 0; tx <= 90; tx += 10)
        for (const T of [tx, tx + 5, 100]) {
          if (x === 0 && tx > 0) continue;
          const p = published.probabilityAlive(x, tx, T);
          assert.ok(p >= 0 && p <= 1, `${x},${tx},${T}`);
        }
  });

  it('reproduces REF-BG-08: the numerically hard likelihood (PyMC-Marketing tests; Hardie note 027)', () => {
    const p = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    near(bgNbdLogLikelihood(p, 0, 0, 40), -0.59947382, 1e-5, 'x = 0');
    near(bgNbdLogLikelihood(p, 200, 38, 40), 100.7957, 1e-4, 'x = 200');
  });

  it('rejects impossible customers with a clear message', () => {
    assert.throws(() => published.probabilityAlive(2, 40, 30), /recency t_x \(40\) cannot exceed age T \(30\)/);
    assert.throws(() => published.probabilityAlive(-1, 0, 3), /frequency x must be a whole number/);
    assert.throws(() => fitBgNbd(aq.table({ frequency: [1], recency: [5], T: [2] })), /row 1.*cannot exceed age T/);
    assert.throws(() => fitBgNbd(aq.table({ frequency: [], recency: [], T: [] })), /no customers/);
  });
});

describe('fitBgNbd on daily data', () => {
  it('reproduces REF-BG-09 on lifetimes’ example_transactions.csv: MLE and E[Y(30)] of the first five customers', async () => {
    const { prepareTransactions, rfmSummary } = await import('../../../../src/analytics/index');
    const raw = aq.fromCSV(readFileSync(fixturePath('cdnow', 'example_transactions.csv'), 'utf8'), { autoType: false });
    const tx = prepareTransactions(raw.derive({ amount: () => 1 }), { customerId: 'id', orderDate: 'date', amount: 'amount' }).table;
    const summary = rfmSummary(tx);
    const m = fitBgNbd(summary);
    const mle = { r: 0.163851, alpha: 1.86428, a: 1.850343, b: 3.181058 };
    for (const k of ['r', 'alpha', 'a', 'b'] as const) assert.ok(Math.abs(m.params[k] / mle[k] - 1) < 1e-3, `${k} ${m.params[k]}`);
    near(m.logLikelihood, -39248.63, 0.1, 'LL');
    const first = [
      [0, 0, 298],
      [0, 0, 224],
      [6, 142, 292],
      [0, 0, 147],
      [2, 9, 183],
    ];
    const expected = [0.016053, 0.021171, 0.030461, 0.031686, 0.001607];
    first.forEach(([x, t, T], i) => near(m.conditionalExpectedPurchases(30, x, t, T), expected[i], 1e-5, `customer ${i + 1}`));
  });
});

describe('fitBgNbd on large data (sample fit, then Newton steps)', () => {
  it('reproduces REF-BG-01 from 10 copies of CDNOW (23,570 distinct rows: T shifted by 1e-9 per copy)', () => {
    const base = cdnowSummary().objects() as { frequency: number; recency: number; T: number }[];
    const rows = Array.from({ length: 10 }, (_, c) =>
      base.map((r) => ({ frequency: r.frequency, recency: r.recency, T: r.T + c * 1e-9 })),
    ).flat();
    const m = fitBgNbd(rows, { timeUnitDays: 7 });
    const mle = { r: 0.242593, alpha: 4.413531, a: 0.792886, b: 2.425754 };
    for (const k of ['r', 'alpha', 'a', 'b'] as const)
      assert.ok(Math.abs(m.params[k] / mle[k] - 1) < 1e-4, `${k} ${m.params[k]} vs ${mle[k]}`);
    near(m.logLikelihood, 10 * -9582.4256, 1e-2, 'LL: ten times CDNOW’s');
    assert.equal(m.converged, true);
  });
});
