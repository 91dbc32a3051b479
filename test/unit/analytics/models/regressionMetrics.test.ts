import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { regressionMetrics } from '../../../../src/analytics/index';
import { near } from '../fixtures';

describe('regressionMetrics', () => {
  it('reproduces the scikit-learn documentation examples: MAE 0.5, MSE 0.375 (RMSE 0.612372), R² 0.948608', () => {
    const m = regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8]);
    assert.equal(m.mae, 0.5);
    near(m.rmse, Math.sqrt(0.375), 1e-12, 'rmse');
    near(m.r2, 0.9486081370449679, 1e-12, 'r2');
  });

  it('gives R² = null when every actual value is the same, and names bad input', () => {
    assert.equal(regressionMetrics([2, 2], [1, 3]).r2, null);
    assert.throws(() => regressionMetrics([], []), /needs at least one observation/);
    assert.throws(() => regressionMetrics([1, NaN], [1, 2]), /row 2 is not a pair of finite numbers/);
  });
});
