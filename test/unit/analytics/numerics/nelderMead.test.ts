import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nelderMead } from '../../../../src/analytics/numerics/nelderMead';
import { minimize, MINIMIZE_MAX_EVALUATIONS } from '../../../../src/analytics/numerics/minimize';
import { near } from '../fixtures';

/** An objective that falls for ever as x grows (its infimum is at infinity, like a likelihood on degenerate data); it counts its calls. */
function runaway() {
  let calls = 0;
  return {
    f: ([x, y]: number[]) => {
      calls++;
      return -Math.log1p(x * x) + (y - 1) ** 2;
    },
    calls: () => calls,
  };
}

describe('nelderMead and minimize bound their work', () => {
  it('finds the minimum of a bowl, (1, −2), and counts its evaluations', () => {
    let calls = 0;
    const r = nelderMead(([x, y]) => (calls++, (x - 1) ** 2 + (y + 2) ** 2), [0, 0]);
    near(r.x[0], 1, 1e-4, 'x');
    near(r.x[1], -2, 1e-4, 'y');
    assert.equal(r.evaluations, calls);
  });

  it('stops a runaway objective at maxEvaluations and says it did not converge', () => {
    const o = runaway();
    const r = nelderMead(o.f, [0, 0], { tol: 1e-300, maxIter: 1e9, restarts: 1e9, maxEvaluations: 500 });
    assert.ok(o.calls() <= 500 + 3, `${o.calls()} calls`); // the last iteration may finish its step
    assert.equal(r.evaluations, o.calls());
    assert.equal(r.converged, false);
    assert.equal(r.message, 'did not converge in 500 evaluations');
  });

  it('minimize spends at most MINIMIZE_MAX_EVALUATIONS (plus one step) on a runaway objective', () => {
    const o = runaway();
    const r = minimize(o.f, [0, 0], { tol: 1e-300 });
    assert.ok(o.calls() <= MINIMIZE_MAX_EVALUATIONS + 3, `${o.calls()} calls`);
    assert.equal(r.evaluations, o.calls());
  });
});
