import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LogisticModel, loadModel, trainLogisticModel } from '../../../../src/analytics/index';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import { near } from '../fixtures';

/** A 2×2 table: x = 0 → 30 of 100 bought; x = 1 → 60 of 100 bought. */
function twoByTwo() {
  const rows: { x: number; bought: number }[] = [];
  for (let i = 0; i < 100; i++) rows.push({ x: 0, bought: i < 30 ? 1 : 0 });
  for (let i = 0; i < 100; i++) rows.push({ x: 1, bought: i < 60 ? 1 : 0 });
  return rows;
}

describe('trainLogisticModel', () => {
  it('matches the closed form for one binary feature: intercept = log odds at x=0, slope = log odds ratio, SE = Woolf’s √(1/a+1/b+1/c+1/d)', () => {
    const r = trainLogisticModel(twoByTwo(), { label: 'bought', testSize: 0 });
    const [b0, b1] = r.coefficients.objects() as { feature: string; coefficient: number; standardError: number; oddsRatio: number }[];
    assert.equal(b0.feature, '(intercept)');
    near(b0.coefficient, Math.log(30 / 70), 1e-9, 'intercept');
    near(b1.coefficient, Math.log(60 / 40) - Math.log(30 / 70), 1e-9, 'slope');
    near(b1.oddsRatio, 60 / 40 / (30 / 70), 1e-9, 'odds ratio');
    near(b1.standardError, Math.sqrt(1 / 30 + 1 / 70 + 1 / 60 + 1 / 40), 1e-6, 'SE of the slope');
    near(b0.standardError, Math.sqrt(1 / 30 + 1 / 70), 1e-6, 'SE of the intercept');
    assert.ok(r.converged);
    // Log-likelihood of the saturated 2×2 model, computed directly.
    const ll = 30 * Math.log(0.3) + 70 * Math.log(0.7) + 60 * Math.log(0.6) + 40 * Math.log(0.4);
    near(r.logLikelihood, ll, 1e-9, 'log-likelihood');
  });

  it('recovers known coefficients from simulated data (β = −1, 0.8, −0.5) within 3 standard errors', () => {
    const rand = seededRandom(11);
    const rows = Array.from({ length: 5000 }, () => {
      const a = rand() * 4 - 2;
      const b = rand() * 10;
      const p = 1 / (1 + Math.exp(-(-1 + 0.8 * a - 0.5 * (b - 5))));
      return { a, b, y: rand() < p ? 1 : 0 };
    });
    const r = trainLogisticModel(rows, { label: 'y', testSize: 0.2 });
    const c = r.coefficients.objects() as { coefficient: number; standardError: number }[];
    const truth = [-1 + 2.5, 0.8, -0.5]; // intercept absorbs −0.5 × (−5)
    c.forEach((row, j) =>
      assert.ok(
        Math.abs(row.coefficient - truth[j]) < 3 * row.standardError,
        `coefficient ${j}: ${row.coefficient} vs ${truth[j]} ± ${row.standardError}`,
      ),
    );
    assert.ok(r.metrics.rocAuc! > 0.75);
  });

  it('shrinks coefficients with a penalizer and says when classes are perfectly separated', () => {
    const plain = trainLogisticModel(twoByTwo(), { label: 'bought', testSize: 0 });
    const shrunk = trainLogisticModel(twoByTwo(), { label: 'bought', testSize: 0, penalizer: 50 });
    assert.ok(Math.abs(shrunk.coefficients.get('coefficient', 1)) < Math.abs(plain.coefficients.get('coefficient', 1)));
    const separated = trainLogisticModel(
      [0, 1, 2, 3, 4, 5, 6, 7].map((x) => ({ x, y: x > 3 ? 1 : 0 })),
      { label: 'y', testSize: 0 },
    );
    assert.equal(separated.converged, false);
    assert.match(separated.warnings.join('\n'), /perfectly separated.*penalizer/);
  });

  it('saves to JSON and loads back with identical probabilities', () => {
    const r = trainLogisticModel(twoByTwo(), { label: 'bought' });
    const loaded = loadModel(JSON.parse(JSON.stringify(r.model)));
    assert.ok(loaded instanceof LogisticModel);
    assert.deepEqual(loaded.predict(twoByTwo()).array('probability'), r.model.predict(twoByTwo()).array('probability'));
  });

  it('names a constant feature and a one-class label', () => {
    assert.throws(
      () =>
        trainLogisticModel(
          [
            { x: 1, y: 0 },
            { x: 1, y: 1 },
            { x: 1, y: 0 },
            { x: 1, y: 1 },
          ],
          { label: 'y', testSize: 0 },
        ),
      /feature "x" is constant/,
    );
    assert.throws(
      () =>
        trainLogisticModel(
          [
            { x: 1, y: 0 },
            { x: 2, y: 0 },
          ],
          { label: 'y', testSize: 0 },
        ),
      /only one class/,
    );
  });
});
