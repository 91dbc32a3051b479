import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forecast } from '../../../../src/analytics/index';
import { near } from '../fixtures';

/** statsmodels statsmodels/tsa/holtwinters/tests/test_holtwinters.py: air_ausair, 1990–2004. */
const air = [
  17.5534, 21.8601, 23.8866, 26.9293, 26.8885, 28.8314, 30.0751, 30.9535, 30.1857, 31.5797, 32.577569, 33.477398, 39.021581, 41.386432,
  41.596552,
];
const smoothing = { alpha: 0.8, beta: 0.2, gamma: 0 };

describe('forecast: the Holt-Winters start state (initial)', () => {
  it("reproduces statsmodels' test_holt fit1 (legacy-heuristic, α 0.8, β 0.2) with { level: y₀, trend: y₁ − y₀ }", () => {
    const f = forecast(air, {
      seasonLength: 1,
      horizon: 5,
      params: smoothing,
      initial: { level: air[0], trend: air[1] - air[0] },
      backtest: 0,
    });
    [43.76, 45.59, 47.43, 49.27, 51.1].forEach((e, h) => near(f.forecast[h], e, 0.005, `h = ${h + 1}`));
    const fittedfcast = [21.8601, 22.032368, 25.48461872, 27.54058587, 30.28813356, 30.26106173, 31.58122149, 32.599234];
    const fitted = f.table.array('fitted') as number[];
    fittedfcast.forEach((e, t) => near(fitted[t], e, 1e-4, `fittedfcast[${t}]`));
    near(f.params.initialLevel, 17.5534, 1e-12, 'initial level');
  });

  it("differs from statsmodels with the default 'heuristic' start, which begins after y₀ (so the default is not statsmodels')", () => {
    const f = forecast(air, { seasonLength: 1, horizon: 1, params: smoothing, backtest: 0 });
    assert.ok(Math.abs(f.forecast[0] - 43.76) > 0.01, `${f.forecast[0]}`);
  });

  it("'estimated' finds the least-squares start: no other start gives smaller one-step errors (checked on a grid around it)", () => {
    const y = air.map((v, t) => v + ((t * 7) % 5) - 2);
    const sse = (level: number, trend: number) => {
      const f = forecast(y, { seasonLength: 1, horizon: 1, params: smoothing, initial: { level, trend }, backtest: 0 });
      return (f.table.array('fitted') as number[]).slice(0, y.length).reduce((s, v, t) => s + (y[t] - v) ** 2, 0);
    };
    const est = forecast(y, { seasonLength: 1, horizon: 1, params: smoothing, initial: 'estimated', backtest: 0 });
    const best = sse(est.params.initialLevel, est.params.initialTrend);
    for (const dl of [-0.5, 0, 0.5])
      for (const dt of [-0.2, 0, 0.2]) if (dl || dt) assert.ok(sse(est.params.initialLevel + dl, est.params.initialTrend + dt) > best);
    assert.ok(best < sse(y[0], y[1] - y[0]));
  });

  it("'estimated' with a season recovers an exact trend + season series from its first period", () => {
    const y = Array.from({ length: 36 }, (_, t) => 50 + 3 * t + [5, -2, 4, -7][t % 4]);
    const f = forecast(y, { seasonLength: 4, horizon: 4, initial: 'estimated', backtest: 0 });
    [0, 1, 2, 3].forEach((h) => near(f.forecast[h], 50 + 3 * (36 + h) + [5, -2, 4, -7][(36 + h) % 4], 1e-4, `h = ${h + 1}`));
  });

  it('rejects a malformed initial state and a season of the wrong length', () => {
    assert.throws(
      () => forecast(air, { initial: 'legacy' as never }),
      /initial must be 'heuristic', 'estimated' or \{ level, trend, season\? \}/,
    );
    assert.throws(
      () => forecast(air.concat(air), { seasonLength: 4, initial: { level: 1, trend: 0, season: [1, 2] } }),
      /initial\.season needs 4 values/,
    );
    assert.throws(() => forecast(air, { method: 'linear', initial: 'estimated' }), /holt-winters' only/);
  });
});
