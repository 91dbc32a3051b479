import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forecast, revenueSeries, studentTQuantile, incompleteBeta } from '../../../../src/analytics/index';
import { near, tx } from '../fixtures';

/** Holt-Winters in the classical component form (Hyndman & Athanasopoulos, FPP §8.3), written independently of src. */
function classicalHoltWinters(y: number[], m: number, alpha: number, beta: number, gamma: number, horizon: number): number[] {
  const mean1 = y.slice(0, m).reduce((a, b) => a + b, 0) / m;
  const mean2 = y.slice(m, 2 * m).reduce((a, b) => a + b, 0) / m;
  let b = (mean2 - mean1) / m;
  let l = mean1 + ((m - 1) / 2) * b;
  const s = y.slice(0, m).map((v, i) => v - (mean1 + (i - (m - 1) / 2) * b));
  for (let t = m; t < y.length; t++) {
    const lPrev = l;
    const bPrev = b;
    l = alpha * (y[t] - s[t - m]) + (1 - alpha) * (lPrev + bPrev);
    b = beta * (l - lPrev) + (1 - beta) * bPrev;
    s[t] = gamma * (y[t] - lPrev - bPrev) + (1 - gamma) * s[t - m];
  }
  return Array.from({ length: horizon }, (_, h) => l + (h + 1) * b + s[y.length - m + (h % m)]);
}

const seasonal = (n: number, noise = (_t: number) => 0) =>
  Array.from({ length: n }, (_, t) => 100 + 2 * t + 15 * Math.sin((2 * Math.PI * t) / 12) + noise(t));

describe('forecast (Holt-Winters)', () => {
  it('equals the classical Holt-Winters equations (FPP §8.3) for given smoothing parameters', () => {
    const y = seasonal(40, (t) => ((t * 7919) % 13) - 6);
    const params = { alpha: 0.3, beta: 0.1, gamma: 0.2 };
    const f = forecast(y, { horizon: 15, params });
    const expected = classicalHoltWinters(y, 12, 0.3, 0.1, 0.2, 15);
    f.forecast.forEach((v, h) => near(v, expected[h], 1e-9, `h = ${h + 1}`));
    assert.ok(f.seasonal);
  });

  it('forecasts a noiseless trend + season exactly, with a backtest MAPE near 0 that beats seasonal naive', () => {
    const f = forecast(seasonal(48), { horizon: 12 });
    const truth = seasonal(60).slice(48);
    f.forecast.forEach((v, h) => near(v, truth[h], 1e-3, `h = ${h + 1}`));
    assert.ok(f.backtest!.mape! < 0.01, `MAPE ${f.backtest!.mape}`);
    assert.ok(f.backtest!.naiveMape! > 5);
  });

  it('widens its interval with the horizon as σ²(1 + Σ (α + αβ*j + γ[j mod m = 0])²) (FPP Table 8.8)', () => {
    const y = seasonal(40, (t) => ((t * 7919) % 13) - 6);
    const params = { alpha: 0.3, beta: 0.1, gamma: 0.2 };
    const f = forecast(y, { horizon: 13, params, level: 0.95 });
    const z = 1.959963984540054;
    for (const h of [1, 2, 12, 13]) {
      let sum = 1;
      for (let j = 1; j < h; j++) sum += (0.3 + 0.3 * 0.1 * j + (j % 12 === 0 ? 0.2 : 0)) ** 2;
      near(f.upper[h - 1] - f.forecast[h - 1], z * f.sigma * Math.sqrt(sum), 1e-9, `half-width at h = ${h}`);
    }
  });

  it('chooses parameters no worse than any on a coarse grid (one-step squared error)', () => {
    const y = seasonal(40, (t) => ((t * 7919) % 13) - 6);
    const fitted = forecast(y, { horizon: 1, backtest: 0 });
    const sse = (f: ReturnType<typeof forecast>) =>
      (f.table.objects() as { actual: number | null; fitted: number | null }[]).reduce(
        (s, r) => s + (r.fitted === null || r.actual === null ? 0 : (r.actual - r.fitted) ** 2),
        0,
      );
    for (const alpha of [0.1, 0.5, 0.9])
      for (const beta of [0.05, 0.5])
        for (const gamma of [0.05, 0.05 * (1 - alpha)]) {
          assert.ok(sse(fitted) <= sse(forecast(y, { horizon: 1, backtest: 0, params: { alpha, beta, gamma } })) + 1e-6);
        }
  });

  it('drops the season with too little data and says so', () => {
    const f = forecast([10, 12, 13, 15, 16, 18, 19], { horizon: 2 });
    assert.equal(f.seasonal, false);
    assert.match(f.warnings.join('\n'), /only 7 periods: a season of 12 needs 24/);
    assert.ok(f.forecast[1] > f.forecast[0]);
  });
});

describe('forecast (linear)', () => {
  it('matches least squares by hand with a Student-t interval: y = 3, 5, 4, 8, 9', () => {
    const y = [3, 5, 4, 8, 9];
    const f = forecast(y, { method: 'linear', seasonLength: 1, horizon: 1 });
    // Hand computation: t̄ = 2, ȳ = 5.8, Sxx = 10, Sxy = 15 → slope 1.5, intercept 2.8.
    near(f.params.slope, 1.5, 1e-12, 'slope');
    near(f.params.intercept, 2.8, 1e-12, 'intercept');
    near(f.forecast[0], 2.8 + 1.5 * 5, 1e-12, 'forecast at t = 5');
    const residuals = y.map((v, t) => v - (2.8 + 1.5 * t));
    const s = Math.sqrt(residuals.reduce((a, e) => a + e * e, 0) / 3);
    const se = s * Math.sqrt(1 + 1 / 5 + (5 - 2) ** 2 / 10);
    near(f.upper[0] - f.forecast[0], 3.182446305284263 * se, 1e-6, 'half-width (t₀.₉₇₅,₃ = 3.1824)');
  });

  it('labels the future periods after the series and leaves out the partial last month', () => {
    const orders = tx([
      ['a', '2024-01-01', 10],
      ['a', '2024-01-31', 10],
      ['b', '2024-02-10', 30],
      ['c', '2024-03-05', 25],
      ['a', '2024-04-01', 40],
      ['a', '2024-04-30', 1],
      ['b', '2024-05-02', 9],
    ]);
    const f = forecast(revenueSeries(orders), { method: 'linear', horizon: 2 });
    assert.match(f.warnings.join('\n'), /left out the incomplete period 2024-05/);
    assert.deepEqual(f.table.array('period'), ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    assert.deepEqual((f.table.array('actual') as unknown[]).slice(0, 4), [20, 30, 25, 41]);
  });

  it('names series that cannot be forecast', () => {
    assert.throws(() => forecast([1, 2], { method: 'linear' }), /forecast: needs at least 3 complete periods for method 'linear', has 2/);
    assert.throws(() => forecast([1, 2, 3, 4], { method: 'arima' as never }), /method must be 'holt-winters' or 'linear'/);
    assert.throws(() => forecast([{ period: '2024-01', value: 'x' }]), /value of period 2024-01 is not a finite number/);
  });
});

describe('Student t', () => {
  it('reproduces printed t-table quantiles: t(.975, 1) = 12.706, t(.975, 10) = 2.228, t(.95, 5) = 2.015, t(.975, 3) = 3.182', () => {
    near(studentTQuantile(0.975, 1), 12.7062, 1e-4, 't .975,1');
    near(studentTQuantile(0.975, 10), 2.2281, 1e-4, 't .975,10');
    near(studentTQuantile(0.95, 5), 2.015, 1e-4, 't .95,5');
    near(studentTQuantile(0.975, 3), 3.1824, 1e-4, 't .975,3');
    near(studentTQuantile(0.025, 10), -2.2281, 1e-4, 't .025,10');
  });

  it('regularised incomplete beta: I_0.5(2, 3) = 11/16 (from the binomial sum)', () => {
    near(incompleteBeta(0.5, 2, 3), 11 / 16, 1e-12, 'I_0.5(2,3)');
  });
});

describe('forecast input', () => {
  it('leaves out partial periods also when the table has no period labels', () => {
    const f = forecast(
      [
        { value: 1, partial: true },
        { value: 10, partial: false },
        { value: 12, partial: false },
        { value: 14, partial: false },
        { value: 3, partial: true },
      ],
      { method: 'linear', seasonLength: 1, horizon: 1 },
    );
    assert.deepEqual(f.table.array('actual').slice(0, 3), [10, 12, 14]);
    assert.match(f.warnings.join('\n'), /left out the incomplete periods 5 and 1/);
  });
});
