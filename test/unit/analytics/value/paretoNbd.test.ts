import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { fitGammaGamma, fitParetoNbd, ParetoNbdModel, paretoNbdLogLikelihood, predictClv } from '../../../../src/analytics/index';
import { lnHyp2f1Shifted } from '../../../../src/analytics/numerics/paretoNbdLikelihood';
import { fixturePath, near } from '../fixtures';

const cdnowSummary = () => aq.fromCSV(readFileSync(fixturePath('cdnow', 'cdnow_customers_summary.csv'), 'utf8'));
const withSpend = () =>
  aq
    .fromCSV(readFileSync(fixturePath('cdnow', 'cdnow_customers_summary_with_transactions.csv'), 'utf8'))
    .rename({ x: 'frequency', t_x: 'recency', zbar: 'monetaryValue' });
const model = (r: number, alpha: number, s: number, beta: number) =>
  new ParetoNbdModel({ r, alpha, s, beta }, NaN, true, null, null, 7, 0, []);

/** ln L by direct quadrature of the integral over the dropout time τ, independently of ₂F₁ (Simpson, 20,000 steps). */
function integralLogLikelihood(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const f = (tau: number) => s * Math.pow(beta, s) * Math.pow(beta + tau, -s - 1) * Math.pow(alpha + tau, -(r + x));
  const n = 20_000;
  const h = (T - tx) / n;
  let integral = f(tx) + f(T);
  for (let i = 1; i < n; i++) integral += (i % 2 ? 4 : 2) * f(tx + i * h);
  integral *= h / 3;
  const alive = Math.pow(alpha + T, -(r + x)) * Math.pow(beta / (beta + T), s);
  let lnGammaRatio = 0; // ln Γ(r + x) − ln Γ(r) for whole x: Σ ln(r + j)
  for (let j = 0; j < x; j++) lnGammaRatio += Math.log(r + j);
  return lnGammaRatio + r * Math.log(alpha) + Math.log(alive + integral);
}

describe('fitParetoNbd on CDNOW (weeks)', () => {
  const fitted = fitParetoNbd(cdnowSummary(), { timeUnitDays: 7 });

  it('reproduces REF-PNBD-01: r .553, α 10.578, s .606, β 11.669, LL −9594.98 (Fader, Hardie & Lee 2005; lifetimes TestParetoNBDFitter)', () => {
    const published = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    for (const k of ['r', 'alpha', 's', 'beta'] as const) near(fitted.params[k], published[k], 0.01, k);
    near(fitted.logLikelihood, -9594.98, 0.02, 'LL');
    assert.equal(fitted.converged, true);
  });

  it('reaches the MLE computed in the spec (0.553276, 10.577612, 0.606213, 11.667908) to 4 significant digits', () => {
    const mle = { r: 0.553276, alpha: 10.577612, s: 0.606213, beta: 11.667908 };
    for (const k of ['r', 'alpha', 's', 'beta'] as const)
      assert.ok(Math.abs(fitted.params[k] / mle[k] - 1) < 2e-4, `${k} ${fitted.params[k]} vs ${mle[k]}`);
  });

  it('reproduces BTYD’s E[X(t)] for t = 0..9 weeks to lifetimes’ tolerance 0.01 (lifetimes test_expectation_returns_same_value_as_R_BTYD)', () => {
    const expected = [0, 0.05077821, 0.09916088, 0.14542507, 0.1897993, 0.23247466, 0.27361274, 0.31335159, 0.35181024, 0.38909211];
    expected.forEach((e, t) => near(fitted.expectedPurchases(t), e, 0.01, `E[X(${t})]`));
  });

  it('reproduces BTYD’s walkthrough: x 26, t_x 30.86, T 31 buys 25.46 times in 52 weeks (lifetimes test_conditional_expectation…)', () => {
    near(fitted.conditionalExpectedPurchases(52, 26, 30.86, 31), 25.46, 0.01, 'E[Y(52)]');
    const all = fitted.conditionalExpectedPurchases(39, cdnowSummary());
    assert.equal(all.length, 2357);
  });

  it('gives standard errors and a positive-definite covariance from the Hessian', () => {
    assert.ok(fitted.standardErrors && fitted.covariance);
    for (const k of ['r', 'alpha', 's', 'beta'] as const)
      assert.ok(fitted.standardErrors[k] > 0 && fitted.standardErrors[k] < fitted.params[k], k);
  });

  it('serves predictClv in place of BG/NBD, with P(alive) below 1 for customers who never returned', () => {
    const summary = withSpend();
    const gammaGamma = fitGammaGamma(summary);
    const clv = predictClv(summary, { paretoNbd: fitted, gammaGamma, timeUnitDays: 7 });
    const first = clv.object(0) as { expectedPurchases: number; probabilityAlive: number; clv: number };
    near(
      first.expectedPurchases,
      fitted.conditionalExpectedPurchases(12 * 4.345, 2, 30.43, 38.86),
      1e-9,
      'horizon purchases of customer 1',
    );
    const p = clv.array('probabilityAlive') as number[];
    assert.ok(p.some((v) => v < 1 && v > 0));
    assert.throws(() => predictClv(summary, { gammaGamma }), /BG\/NBD or Pareto\/NBD/);
  });

  it('round-trips through JSON with identical predictions', () => {
    const back = ParetoNbdModel.fromJSON(JSON.parse(JSON.stringify(fitted)));
    assert.equal(back.conditionalExpectedPurchases(39, 2, 30.43, 38.86), fitted.conditionalExpectedPurchases(39, 2, 30.43, 38.86));
    assert.throws(() => ParetoNbdModel.fromJSON({ type: 'crm-workbench/bgnbd', version: 1, params: {} }), /not a Pareto\/NBD model/);
  });
});

describe('Pareto/NBD with given parameters', () => {
  it('P(alive) of x 26, t_x 30.86, T 31 is 0.9979 (BTYD walkthrough p. 8; lifetimes test_conditional_probability_alive)', () => {
    near(model(0.5534, 10.5802, 0.6061, 11.6562).probabilityAlive(26, 30.86, 31), 0.9979, 0.001, 'P(alive)');
  });

  it('the log-likelihood equals a direct quadrature of the dropout-time integral (independent of ₂F₁), for α < β and α > β', () => {
    const cases: [number, number, number, number, number, number, number][] = [
      [0.55, 10.58, 0.61, 11.67, 2, 30.43, 38.86],
      [0.55, 10.58, 0.61, 11.67, 0, 0, 38.86],
      [0.8, 20, 1.3, 4, 7, 12.5, 40],
      [2.1, 3, 0.4, 50, 15, 39, 40],
    ];
    for (const [r, alpha, s, beta, x, tx, T] of cases) {
      near(
        paretoNbdLogLikelihood({ r, alpha, s, beta }, x, tx, T),
        integralLogLikelihood(r, alpha, s, beta, x, tx, T),
        1e-8,
        `ln L(${x}, ${tx}, ${T})`,
      );
    }
  });

  it('stays finite for heavy buyers where a direct formula overflows (lifetimes test_overflow_error)', () => {
    const p = { r: 10.465, alpha: 7.98565181e-3, s: 3.0516, beta: 2.82 };
    for (const [x, tx, T] of [
      [400, 5, 6],
      [500, 1, 37],
      [500, 4, 37],
    ])
      assert.ok(Number.isFinite(paretoNbdLogLikelihood(p, x, tx, T)), `${x}`);
  });

  it('changes smoothly from x = 132 to 133 (lifetimes test_conditional_expectation_underflow)', () => {
    const m = model(0.55, 10.58, 0.61, 11.67);
    assert.ok(Math.abs(m.conditionalExpectedPurchases(10, 132, 200, 200) - m.conditionalExpectedPurchases(10, 133, 200, 200)) < 0.05);
  });

  it('keeps P(alive) within [0, 1] on a grid, and 1 when the last purchase is at T', () => {
    const m = model(0.55, 10.58, 0.61, 11.67);
    for (let x = 0; x < 100; x += 10)
      for (let tx = 0; tx < 100; tx += x ? 10 : 1000)
        for (let T = tx; T < 100; T += 10) {
          const p = m.probabilityAlive(x, tx, T);
          assert.ok(p >= 0 && p <= 1, `${x},${tx},${T}: ${p}`);
        }
    assert.equal(m.probabilityAlive(5, 20, 20), 1);
  });

  it('evaluates ₂F₁(a, b; a+1; z) through Euler’s transformation: ₂F₁(1, 1; 2; ½) = 2 ln 2', () => {
    near(Math.exp(lnHyp2f1Shifted(1, 1, 0.5)), 2 * Math.log(2), 1e-14, '₂F₁(1,1;2;½)');
  });

  it('rejects a summary with t_x > T, naming the row', () => {
    assert.throws(() => fitParetoNbd(aq.table({ frequency: [1], recency: [5], T: [3] })), /fitParetoNbd \(row 1\).*cannot exceed/);
    assert.throws(() => fitParetoNbd(cdnowSummary(), { timeUnitDays: 0 }), /timeUnitDays must be a positive number/);
  });
});
