import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import {
  BgNbdModel,
  customerIntervals,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  GammaGammaModel,
  predictClv,
  type BgNbdParams,
  type GammaGammaParams,
} from '../../../../src/analytics/index';
import { hessian, invert } from '../../../../src/analytics/numerics/nelderMead';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import { gammaGammaLogLikelihood } from '../../../../src/analytics/value/gammaGamma';
import { fixturePath, near } from '../fixtures';

/** The CDNOW summary with mean repeat spend (weeks), renamed to the library's columns. */
const cdnow = aq
  .fromCSV(readFileSync(fixturePath('cdnow', 'cdnow_customers_summary_with_transactions.csv'), 'utf8'))
  .rename({ ID: 'customerId', x: 'frequency', t_x: 'recency', zbar: 'monetaryValue' });
const bgnbd = fitBgNbd(cdnow, { timeUnitDays: 7 });
const gammaGamma = fitGammaGamma(cdnow);
const customer1 = cdnow.slice(0, 1); // x = 2, t_x = 30.43, T = 38.86, z̄ = 22.35
type Row = Record<string, number>;

/** CLV of CDNOW customer 1 under given parameters, written out here from F-CLV-1 (12 months, f = 4.345, 1% a month). */
function clvOfCustomer1(bg: BgNbdParams, gg: GammaGammaParams): number {
  const m = bgnbd.withParams(bg);
  const spend = (gg.p * (gg.gamma + 2 * 22.35)) / (gg.p * 2 + gg.q - 1);
  let sum = 0;
  for (let k = 1; k <= 12; k++)
    sum +=
      (m.conditionalExpectedPurchases(k * 4.345, 2, 30.43, 38.86) - m.conditionalExpectedPurchases((k - 1) * 4.345, 2, 30.43, 38.86)) /
      1.01 ** k;
  return spend * sum;
}

describe('predictClv intervals', () => {
  it('gives the Gamma-Gamma fit its covariance: the inverse Hessian of −ln L, recomputed here in (p, q, γ) itself', () => {
    const { p, q, gamma } = gammaGamma.params;
    const rows = cdnow.objects().filter((r) => (r as Row).frequency > 0) as Row[];
    const nll = ([a, b, c]: number[]) =>
      -rows.reduce((s, r) => s + gammaGammaLogLikelihood({ p: a, q: b, gamma: c }, r.frequency, r.monetaryValue), 0);
    const cov = invert(hessian(nll, [p, q, gamma], 1e-5))!;
    for (let i = 0; i < 3; i++)
      near(Math.sqrt(gammaGamma.covariance![i][i]) / Math.sqrt(cov[i][i]), 1, 0.02, `standard error of parameter ${i + 1}`);
  });

  it('spreads as the delta method predicts: CLV half-width at 68.27% within 10% of √(gᵀΣg) over all seven parameters (gradient computed here)', () => {
    const r = predictClv(customer1, { bgnbd, gammaGamma, intervals: { draws: 4000, level: 0.6827 } }).object(0) as Row;
    const bgKeys = ['r', 'alpha', 'a', 'b'] as const;
    const ggKeys = ['p', 'q', 'gamma'] as const;
    const grad = [
      ...bgKeys.map((k) => {
        const h = 1e-5 * bgnbd.params[k];
        return (
          (clvOfCustomer1({ ...bgnbd.params, [k]: bgnbd.params[k] + h }, gammaGamma.params) -
            clvOfCustomer1({ ...bgnbd.params, [k]: bgnbd.params[k] - h }, gammaGamma.params)) /
          (2 * h)
        );
      }),
      ...ggKeys.map((k) => {
        const h = 1e-5 * gammaGamma.params[k];
        return (
          (clvOfCustomer1(bgnbd.params, { ...gammaGamma.params, [k]: gammaGamma.params[k] + h }) -
            clvOfCustomer1(bgnbd.params, { ...gammaGamma.params, [k]: gammaGamma.params[k] - h })) /
          (2 * h)
        );
      }),
    ];
    // Block-diagonal: the two fits are separate.
    const cov = (i: number, j: number) =>
      i < 4 && j < 4 ? bgnbd.covariance![i][j] : i >= 4 && j >= 4 ? gammaGamma.covariance![i - 4][j - 4] : 0;
    let variance = 0;
    for (let i = 0; i < 7; i++) for (let j = 0; j < 7; j++) variance += grad[i] * cov(i, j) * grad[j];
    near((r.clvUpper - r.clvLower) / 2 / Math.sqrt(variance), 1, 0.1, 'half-width over the delta-method SD');
    // The spend part alone: a purchase model with a negligible covariance leaves only the Gamma-Gamma draws.
    const fixedBg = new BgNbdModel({
      params: bgnbd.params,
      timeUnitDays: 7,
      covariance: bgnbd.covariance!.map((row) => row.map((v) => v * 1e-12)),
    });
    const spendOnly = predictClv(customer1, { bgnbd: fixedBg, gammaGamma, intervals: { draws: 4000, level: 0.6827 } }).object(0) as Row;
    let spendVariance = 0;
    for (let i = 4; i < 7; i++) for (let j = 4; j < 7; j++) spendVariance += grad[i] * cov(i, j) * grad[j];
    near(
      (spendOnly.clvUpper - spendOnly.clvLower) / 2 / Math.sqrt(spendVariance),
      1,
      0.1,
      'spend-only half-width over its delta-method SD',
    );
    near(r.clv, 36.2785, 1e-3, 'the estimate itself is REF-CLV-01');
  });

  it('agrees with an independent Monte Carlo written here: log-normal parameter draws through a Cholesky factor, CLV from F-CLV-1, 90% percentiles', () => {
    const draw = (params: Record<string, number>, cov: number[][], random: () => number) => {
      const keys = Object.keys(params);
      const n = keys.length;
      const c = cov.map((row, i) => row.map((v, j) => v / (params[keys[i]] * params[keys[j]])));
      const L = c.map(() => new Array<number>(n).fill(0));
      for (let i = 0; i < n; i++)
        for (let j = 0; j <= i; j++) {
          let s = c[i][j];
          for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
          L[i][j] = i === j ? Math.sqrt(s) : s / L[j][j];
        }
      // Normals by the polar method (not Box–Muller as in the library).
      const z = keys.map(() => {
        for (;;) {
          const u = 2 * random() - 1;
          const v = 2 * random() - 1;
          const s = u * u + v * v;
          if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
        }
      });
      return Object.fromEntries(keys.map((k, i) => [k, params[k] * Math.exp(L[i].reduce((a, l, j) => a + l * z[j], 0))]));
    };
    const random = seededRandom(2026);
    const values = Array.from({ length: 6000 }, () => {
      const bg = draw({ ...bgnbd.params }, bgnbd.covariance!, random) as unknown as BgNbdParams;
      let gg: GammaGammaParams;
      do gg = draw({ ...gammaGamma.params }, gammaGamma.covariance!, random) as unknown as GammaGammaParams;
      while (gg.q <= 1);
      return clvOfCustomer1(bg, gg);
    }).sort((a, b) => a - b);
    const r = predictClv(customer1, { bgnbd, gammaGamma, intervals: { draws: 4000 } }).object(0) as Row;
    const width = values[5700] - values[300];
    near(r.clvLower, values[300], 0.08 * width, '5th percentile');
    near(r.clvUpper, values[5700], 0.08 * width, '95th percentile');
  });

  it('contains every customer’s estimates, and repeats exactly for a seed', () => {
    const some = cdnow.slice(0, 60);
    const a = predictClv(some, { bgnbd, gammaGamma, intervals: { draws: 50, seed: 3 } });
    const b = predictClv(some, { bgnbd, gammaGamma, intervals: { draws: 50, seed: 3 } });
    const c = predictClv(some, { bgnbd, gammaGamma, intervals: { draws: 50, seed: 4 } });
    assert.deepEqual(a.objects(), b.objects());
    assert.notDeepEqual(a.array('clvUpper'), c.array('clvUpper'));
    for (const r of a.objects() as Row[]) {
      assert.ok(r.expectedLower <= r.expectedPurchases && r.expectedPurchases <= r.expectedUpper, `customer ${r.customerId} purchases`);
      assert.ok(r.aliveLower <= r.probabilityAlive && r.probabilityAlive <= r.aliveUpper, `customer ${r.customerId} P(alive)`);
      assert.ok(r.clvLower <= r.clv && r.clv <= r.clvUpper, `customer ${r.customerId} CLV`);
    }
    assert.deepEqual(a.columnNames().slice(5, 8), ['expectedLower', 'expectedUpper', 'probabilityAlive']);
    assert.deepEqual(predictClv(some, { bgnbd, gammaGamma }).array('clv'), a.array('clv'), 'the estimates do not change');
  });

  it('shrinks to nothing with a tiny covariance, and to about half with four times the customers', () => {
    const tiny = (m: number[][]) => m.map((row) => row.map((v) => v * 1e-12));
    const exactBg = new BgNbdModel({ params: bgnbd.params, timeUnitDays: 7, covariance: tiny(bgnbd.covariance!) });
    const exactGg = new GammaGammaModel({ params: gammaGamma.params, covariance: tiny(gammaGamma.covariance!) });
    const r = predictClv(customer1, { bgnbd: exactBg, gammaGamma: exactGg, intervals: { draws: 20 } }).object(0) as Row;
    near(r.clvUpper - r.clvLower, 0, 1e-4 * r.clv, 'CLV width');
    near(r.expectedUpper - r.expectedLower, 0, 1e-5, 'purchases width');
    const four = cdnow.concat(cdnow, cdnow, cdnow);
    const big = predictClv(customer1, {
      bgnbd: fitBgNbd(four, { timeUnitDays: 7 }),
      gammaGamma: fitGammaGamma(four),
      intervals: { draws: 1000 },
    }).object(0) as Row;
    const base = predictClv(customer1, { bgnbd, gammaGamma, intervals: { draws: 1000 } }).object(0) as Row;
    near((big.clvUpper - big.clvLower) / (base.clvUpper - base.clvLower), 0.5, 0.06, 'width ratio (1/√4)');
  });

  it('works with Pareto/NBD, holds a loaded Gamma-Gamma model fixed, and refuses a purchase model without covariance', () => {
    const pareto = fitParetoNbd(cdnow, { timeUnitDays: 7 });
    const loadedGg = GammaGammaModel.fromJSON(JSON.parse(JSON.stringify(gammaGamma)));
    const withSpend = predictClv(customer1, { paretoNbd: pareto, gammaGamma, intervals: { draws: 300 } }).object(0) as Row;
    const fixedSpend = predictClv(customer1, { paretoNbd: pareto, gammaGamma: loadedGg, intervals: { draws: 300 } }).object(0) as Row;
    assert.ok(fixedSpend.clvUpper - fixedSpend.clvLower < withSpend.clvUpper - withSpend.clvLower, 'spend uncertainty widens the interval');
    near(fixedSpend.expectedUpper, withSpend.expectedUpper, 1e-12, 'same purchase draws');
    // The purchase draws are customerIntervals' own: same seed, same draws, horizon 12 months = 52.14 weeks.
    const ci = customerIntervals(pareto, customer1, { t: 12 * 4.345, draws: 300 }).object(0) as Row;
    near(withSpend.expectedLower, ci.expectedLower, 1e-12, 'lower bound as customerIntervals');
    near(withSpend.aliveUpper, ci.aliveUpper, 1e-12, 'P(alive) upper bound as customerIntervals');
    const loaded = BgNbdModel.fromJSON(JSON.parse(JSON.stringify(bgnbd)));
    assert.throws(
      () => predictClv(customer1, { bgnbd: loaded, gammaGamma, intervals: true }),
      /predictClv: the purchase model has no usable covariance/,
    );
    assert.throws(
      () => predictClv(customer1, { bgnbd, gammaGamma, intervals: { draws: 5 } }),
      /intervals\.draws must be a whole number from 10/,
    );
    assert.throws(() => predictClv(customer1, { bgnbd, gammaGamma, intervals: { drawz: 50 } as never }), /unknown option "drawz"/);
  });
});
