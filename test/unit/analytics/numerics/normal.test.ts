import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalCdf, normalQuantile, twoSidedP } from '../../../../src/analytics/index';
import { newtonPolish } from '../../../../src/analytics/numerics/newtonPolish';
import { near } from '../fixtures';

// Known values of Φ (Abramowitz & Stegun table 26.1; R pnorm to 15 digits).
describe('the standard normal distribution', () => {
  it('matches known values of Φ in the centre and far in the tails', () => {
    near(normalCdf(0), 0.5, 1e-16, 'Φ(0)');
    near(normalCdf(-1), 0.158655253931457, 1e-15, 'Φ(−1)');
    near(normalCdf(1.959963984540054), 0.975, 1e-15, 'Φ(1.96)');
    near(normalCdf(2.5), 0.993790334674224, 1e-15, 'Φ(2.5)');
    assert.ok(Math.abs(normalCdf(-5) / 2.866515718791939e-7 - 1) < 1e-12, 'Φ(−5) relative');
    assert.ok(Math.abs(normalCdf(-10) / 7.619853024160527e-24 - 1) < 1e-12, 'Φ(−10) relative');
  });

  it('inverts Φ', () => {
    near(normalQuantile(0.975), 1.959963984540054, 1e-12, 'z 97.5%');
    near(normalQuantile(0.5), 0, 1e-15, 'median');
    for (const p of [1e-12, 0.001, 0.3, 0.9, 0.999999]) near(normalCdf(normalQuantile(p)) / p, 1, 1e-9, `round trip ${p}`);
  });

  it('gives two-sided p-values', () => {
    near(twoSidedP(1.959963984540054), 0.05, 1e-14, 'p at z 1.96');
  });
});

describe('newtonPolish', () => {
  it('finds the minimum of a quadratic in one step and of Rosenbrock from nearby', () => {
    const q = newtonPolish(([x, y]) => (x - 1) ** 2 + 3 * (y + 2) ** 2, [0.9, -1.9]);
    assert.ok(q.converged);
    near(q.x[0], 1, 1e-6, 'x');
    near(q.x[1], -2, 1e-6, 'y');
    const r = newtonPolish(([x, y]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, [0.95, 0.9]);
    near(r.x[0], 1, 1e-4, 'Rosenbrock x (ill-conditioned: the Hessian is kept from the start)');
    near(r.x[1], 1, 1e-4, 'Rosenbrock y');
  });

  it('says so instead of stepping uphill when the start is not near a minimum', () => {
    const r = newtonPolish(([x]) => -(x * x), [1]);
    assert.equal(r.converged, false);
    assert.match(r.message, /not positive definite/);
  });
});
