import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import {
  BgNbdModel,
  dcfClv,
  fitBgNbd,
  fitGammaGamma,
  GammaGammaModel,
  loadModel,
  marginMultipleClv,
  predictClv,
  simpleClv,
} from '../../../../src/analytics/index';
import { fixturePath, near } from '../fixtures';

/** The CDNOW summary with mean repeat spend, renamed to the library's columns. */
const cdnow = () =>
  aq
    .fromCSV(readFileSync(fixturePath('cdnow', 'cdnow_customers_summary_with_transactions.csv'), 'utf8'))
    .rename({ ID: 'customerId', x: 'frequency', t_x: 'recency', zbar: 'monetaryValue' });

describe('fitGammaGamma on CDNOW’s 946 repeat buyers', () => {
  const gg = fitGammaGamma(cdnow());

  it('reproduces REF-GG-01: p 6.25, q 3.74, γ 15.44 (Fader, Hardie & Lee 2005b; lifetimes; BTYD)', () => {
    near(gg.params.p, 6.25, 0.01, 'p');
    near(gg.params.q, 3.74, 0.01, 'q');
    near(gg.params.gamma, 15.44, 0.01, 'γ');
    near(gg.logLikelihood, -4055.9232, 1e-3, 'LL at the MLE (computed)');
    assert.equal(gg.customers, 946);
  });

  it('reproduces REF-GG-02: population mean spend 35.1710', () => {
    near(gg.meanSpend, 35.171, 1e-3, 'pγ/(q − 1)');
  });

  it('reproduces REF-GG-03: conditional expected spend of the first ten customers (Hardie’s spreadsheet, note 025)', () => {
    const rows = cdnow().objects().slice(0, 10) as { frequency: number; monetaryValue: number }[];
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    rows.forEach((r, i) => near(gg.conditionalExpectedSpend(r.frequency, r.monetaryValue), expected[i], 0.1, `customer ${i + 1}`));
  });

  it('reports the spend–frequency correlation the model assumes away (0.114 on CDNOW)', () => {
    near(gg.spendFrequencyCorrelation, 0.114, 0.001, 'corr(x, z̄)');
  });

  it('refuses data that cannot be fitted, and too few repeat buyers', () => {
    assert.throws(() => fitGammaGamma(aq.table({ frequency: [0, 1], monetaryValue: [0, 5] })), /at least two repeat buyers/);
  });

  it('round-trips through JSON and loadModel', () => {
    const back = loadModel(JSON.parse(JSON.stringify(gg))) as GammaGammaModel;
    assert.equal(back.conditionalExpectedSpend(2, 22.35), gg.conditionalExpectedSpend(2, 22.35));
    assert.throws(() => loadModel({ type: 'x' }), /unknown model type "x"/);
  });
});

describe('predictClv', () => {
  const summary = cdnow();
  const bgnbd = fitBgNbd(summary, { timeUnitDays: 7 });
  const gammaGamma = fitGammaGamma(summary);

  it('reproduces REF-CLV-01: 12 months at 1% a month on weekly data (f = 4.345), customers 1, 2, 3, 6, 9, 17, 157', () => {
    const clv = predictClv(summary, { bgnbd, gammaGamma });
    const byId = new Map((clv.objects() as { customerId: number; clv: number }[]).map((r) => [r.customerId, r.clv]));
    const expected: [number, number][] = [
      [1, 36.2785],
      [2, 4.6375],
      [3, 8.3441],
      [6, 283.5235],
      [9, 43.3536],
      [17, 173.8973],
      [157, 625.3499],
    ];
    for (const [id, e] of expected) assert.ok(Math.abs(byId.get(id)! / e - 1) < 1e-3, `customer ${id}: ${byId.get(id)} vs ${e}`);
    const total = (clv.array('clv') as number[]).reduce((s, v) => s + v, 0);
    assert.ok(Math.abs(total / 71509.89 - 1) < 1e-3, `total ${total}`);
  });

  it('shows the time-unit pitfall of REF-CLV-01: reading weekly data as daily (f = 30) inflates customer 1’s CLV to 140.10', () => {
    const wrong = predictClv(summary, { bgnbd, gammaGamma, timeUnitDays: 1 }).objects()[0] as { clv: number };
    assert.ok(Math.abs(wrong.clv / 140.0962 - 1) < 1e-3, String(wrong.clv));
  });

  it('reproduces REF-CLV-02’s scaling laws on the daily model of REF-BG-09 (spend 1)', () => {
    const m = new BgNbdModel({ params: { r: 0.16385072, alpha: 1.86428187, a: 1.85034151, b: 3.18105431 }, converged: true });
    const one = new GammaGammaModel({ params: { p: 1e6, q: 1e6 + 1, gamma: 1 }, converged: true, spendFrequencyCorrelation: 0 }); // spend ≈ 1
    const s = aq.table({ frequency: [6], recency: [142], T: [292], monetaryValue: [1] });
    const clv = (months: number, d: number) =>
      (predictClv(s, { bgnbd: m, gammaGamma: one, months, monthlyDiscount: d }).array('clv') as number[])[0];
    const e = m.conditionalExpectedPurchases(30, 6, 142, 292);
    near(clv(1, 0) / e, 1, 1e-5, 'H=1, d=0 → e');
    near(clv(1, 1) / e, 0.5, 1e-5, 'H=1, d=1 → e/2');
    near(clv(2, 0) / e, 2, 0.1 * 2, 'H=2, d=0 → ≈2e');
    near(clv(2, 1) / e, 0.75, 0.1 * 0.75, 'H=2, d=1 → ≈0.75e');
  });
});

describe('simple CLV formulas', () => {
  it('reproduces REF-DCF-01: 1,000 a year for 5 years at 10% is 3,790.79 (not 3,872.78)', () => {
    near(dcfClv([1000, 1000, 1000, 1000, 1000], 0.1), 3790.7868, 0.005, 'DCF');
    assert.equal(dcfClv([], 0.1), 0);
    assert.throws(() => dcfClv([1], -1), /above −1/);
  });

  it('reproduces REF-CLV-03: the margin multiple m·r/(1 + d − r) = 266.67, and the other two timings', () => {
    near(marginMultipleClv({ margin: 100, retention: 0.8, discount: 0.1 }), 266.67, 0.01, 'Gupta & Lehmann');
    near(marginMultipleClv({ margin: 100, retention: 0.8, discount: 0.1, timing: 'end' }), 333.33, 0.01, 'end');
    near(marginMultipleClv({ margin: 100, retention: 0.8, discount: 0.1, timing: 'start' }), 366.67, 0.01, 'start');
  });

  it('computes AOV × frequency × lifespan × margin (spec §5 example: 600 revenue, 180 at 30%)', () => {
    assert.equal(simpleClv({ aov: 50, frequency: 4, lifespan: 3 }), 600);
    near(simpleClv({ aov: 50, frequency: 4, lifespan: 3, margin: 0.3 }), 180, 1e-9, 'margin');
    near(simpleClv({ aov: 50, frequency: 4, churn: 1 / 3, margin: 0.3 }), 180, 1e-9, 'lifespan from churn');
    assert.throws(() => simpleClv({ aov: 50, frequency: 4, churn: 0 }), /infinite lifespan/);
  });
});

describe('fitGammaGamma on large data (sample fit, then Newton steps)', () => {
  it('reproduces REF-GG-01 from 25 copies of the 946 CDNOW repeaters (23,650 rows)', () => {
    const base = (cdnow().objects() as { frequency: number; monetaryValue: number }[]).filter((r) => r.frequency > 0);
    const rows = Array.from({ length: 25 }, () => base).flat();
    const gg = fitGammaGamma(rows);
    near(gg.params.p, 6.248803, 1e-3, 'p');
    near(gg.params.q, 3.744588, 1e-3, 'q');
    near(gg.params.gamma, 15.447746, 1e-2, 'γ');
    assert.equal(gg.converged, true);
  });
});
