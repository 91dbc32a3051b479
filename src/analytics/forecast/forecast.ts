/**
 * Forecasts of a monthly (or weekly, quarterly) series with prediction intervals and an honest
 * backtest: the last periods are held out, forecast from the rest, and scored by MAPE next to a
 * seasonal-naive forecast, so a founder sees whether the model beats "same as last year".
 *
 * Methods:
 * - `holt-winters`: additive Holt-Winters (level, trend, season), written in the error-correction
 *   form of ETS(A,A,A) (Hyndman & Athanasopoulos, Forecasting: Principles and Practice, §8.3 and
 *   §8.7): e_t = y_t − (ℓ + b + s_{t−m}); ℓ ← ℓ + b + αe; b ← b + αβ*e; s_t = s_{t−m} + γe. The
 *   smoothing parameters minimise the one-step squared errors (Nelder–Mead over logits, with
 *   0 < α < 1, 0 < β* < 1, 0 < γ < 1 − α); the start values come from the first two seasons,
 *   or, with `initial`, are given or estimated (see holtWinters.ts; `{ level: y₀, trend: y₁ − y₀ }`
 *   reproduces statsmodels' `Holt(initialization_method='legacy-heuristic')`).
 *   The h-step variance is σ²(1 + Σ_{j<h} (α + αβ*j + γ·[j mod m = 0])²) (FPP Table 8.8). With
 *   fewer than two seasons of data, the season is dropped (Holt's linear trend).
 * - `linear`: least squares on a trend plus one dummy per season (when there are two seasons of
 *   data), with Student-t prediction intervals s·√(1 + x₀ᵀ(XᵀX)⁻¹x₀).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { periodIndexFromLabel } from '../columnar/periodLabels';
import { requirePositiveInteger, resolveOptions } from '../options';
import { isColumnTable } from '../columnar/tableInput';
import { invert } from '../numerics/nelderMead';
import { normalQuantile } from '../numerics/normal';
import { checkInitial, holtWinters, type HoltFit, type HoltInitial } from './holtWinters';
import { studentTQuantile } from '../numerics/studentT';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';

export type ForecastMethod = 'holt-winters' | 'linear';

export interface ForecastOptions {
  /** Periods to forecast (default 6). */
  horizon: number;
  /** Periods per season: 12 for months, 52 for weeks, 4 for quarters; 1 for no season (default 12). */
  seasonLength: number;
  method: ForecastMethod;
  /** Coverage of the prediction interval (default 0.95). */
  level: number;
  /** Holt-Winters smoothing parameters to use instead of fitting them (α, β*, γ). */
  params: { alpha: number; beta: number; gamma: number } | undefined;
  /** Periods held out for the backtest (default: the horizon, fewer when the series is short; 0 for none). */
  backtest: number | undefined;
  /**
   * Holt-Winters start state: 'heuristic' (default; from the first two seasons, or y₀ and y₁ − y₀),
   * 'estimated' (least squares, as statsmodels' 'estimated'), or a known state before the first
   * period `{ level, trend, season? }` (statsmodels' 'known'). statsmodels' `Holt` with
   * `initialization_method='legacy-heuristic'` is `{ level: y[0], trend: y[1] - y[0] }`.
   */
  initial: HoltInitial;
  /** The language of the warnings: 'en' (default) or 'zh-cn'. */
  language: Language;
}

export interface ForecastResult {
  method: ForecastMethod;
  /** True when Holt-Winters ran without its season (too little data) or linear without dummies. */
  seasonal: boolean;
  /** One row per period: `period`, `actual` (history), `fitted` (one-step), `forecast`, `lower`, `upper`. */
  table: ColumnTable;
  forecast: number[];
  lower: number[];
  upper: number[];
  level: number;
  /** Holt-Winters: alpha, beta (β*), gamma; linear: intercept, slope. */
  params: Record<string, number>;
  /** Standard deviation of the one-step errors (residuals for linear). */
  sigma: number;
  /** Held-out accuracy: MAPE (%) of this method and of the seasonal-naive forecast. */
  backtest: { points: number; mape: number | null; naiveMape: number | null; table: ColumnTable } | null;
  warnings: string[];
}

interface Fit extends Omit<HoltFit, 'df'> {
  /** Residual degrees of freedom for Student-t intervals (linear); null for normal intervals. */
  df: number | null;
}

function linear(y: number[], m: number, horizon: number): Fit {
  const n = y.length;
  const seasonal = m > 1 && n >= 2 * m;
  const row = (t: number) => {
    const r = [1, t];
    if (seasonal) for (let s = 1; s < m; s++) r.push(t % m === s ? 1 : 0);
    return r;
  };
  const X = y.map((_, t) => row(t));
  const p = X[0].length;
  const xtx = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => X.reduce((s, r) => s + r[a] * r[b], 0)));
  const inv = invert(xtx);
  if (!inv) throw analyticsError('forecast', 'the linear model cannot be fitted to this series (too few distinct periods)');
  const xty = Array.from({ length: p }, (_, a) => X.reduce((s, r, t) => s + r[a] * y[t], 0));
  const beta = inv.map((r) => r.reduce((s, v, b) => s + v * xty[b], 0));
  const fitted = X.map((r) => r.reduce((s, v, b) => s + v * beta[b], 0));
  const df = n - p;
  const sse = y.reduce((s, v, t) => s + (v - fitted[t]) ** 2, 0);
  const sigma = Math.sqrt(sse / Math.max(1, df));
  const forecast: number[] = [];
  const sd: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const x0 = row(n - 1 + h);
    forecast.push(x0.reduce((s, v, b) => s + v * beta[b], 0));
    const q = x0.reduce((s, va, a) => s + va * x0.reduce((s2, vb, b) => s2 + inv[a][b] * vb, 0), 0);
    sd.push(sigma * Math.sqrt(1 + q));
  }
  return { fitted, forecast, sd, params: { intercept: beta[0], slope: beta[1] }, sigma, seasonal, df };
}

/** Reads the series: numbers, or a table / rows with a `value` column (and optional `period`, `partial`). */
function readSeries(fn: string, series: unknown): { values: number[]; labels: string[] | null; dropped: string[] } {
  let values: unknown[];
  let labels: string[] | null = null;
  let partial: unknown[] | null = null;
  if (Array.isArray(series) && series.every((v) => typeof v === 'number')) {
    values = series;
  } else {
    const t = isColumnTable(series) ? series : Array.isArray(series) ? aq.from(series) : (series as { table?: unknown })?.table;
    if (!isColumnTable(t))
      throw analyticsError(fn, 'expects an array of numbers or a table with a "value" column (from crm.revenueSeries)');
    if (!t.columnNames().includes('value'))
      throw analyticsError(
        fn,
        `the series table needs a "value" column; it has ${t
          .columnNames()
          .map((c) => `"${c}"`)
          .join(', ')}`,
      );
    values = Array.from(t.array('value') as ArrayLike<unknown>);
    if (t.columnNames().includes('period')) labels = Array.from(t.array('period') as ArrayLike<unknown>, String);
    if (t.columnNames().includes('partial')) partial = Array.from(t.array('partial') as ArrayLike<unknown>);
  }
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw analyticsError(fn, `value of period ${labels?.[i] ?? i + 1} is not a finite number (${String(v)})`);
  });
  const dropped: string[] = [];
  let from = 0;
  let to = values.length;
  if (partial) {
    if (to > 1 && partial[to - 1] === true) {
      to--;
      dropped.push(labels?.[to] ?? String(to + 1));
    }
    if (to - from > 1 && partial[from] === true) {
      dropped.push(labels?.[from] ?? '1');
      from++;
    }
  }
  return { values: (values as number[]).slice(from, to), labels: labels ? labels.slice(from, to) : null, dropped };
}

/** Labels of the periods after the series: the next months, quarters, weeks, days or years. */
function futureLabels(labels: string[] | null, n: number, horizon: number): string[] {
  const steps = Array.from({ length: horizon }, (_, h) => h + 1);
  if (!labels) return steps.map((h) => String(n + h)); // numbered like the history
  const last = periodIndexFromLabel(labels[labels.length - 1]);
  return steps.map((h) => (last ? last.label(last.index + h) : `t+${h}`));
}

const mape = (actual: number[], predicted: number[]) => {
  const terms = actual.map((a, i) => (a === 0 ? null : Math.abs((a - predicted[i]) / a))).filter((v): v is number => v !== null);
  return terms.length ? (100 * terms.reduce((s, v) => s + v, 0)) / terms.length : null;
};

/**
 * @param series numbers oldest first, or the table of {@link revenueSeries} (its partial first and
 *   last periods are left out of the fit, with a warning)
 * @param options `{ horizon = 6, seasonLength = 12, method = 'holt-winters', level = 0.95, params?, backtest?, initial = 'heuristic', language = 'en' }` (language: of the warnings)
 * @example
 * const f = crm.forecast(crm.revenueSeries(tx), { horizon: 3 });
 * f.forecast            // → next three months' revenue
 * [f.lower[0], f.upper[0]] // 95% prediction interval of the first
 * f.backtest.mape       // error of the same method on the last 3 known months, in %
 * // statsmodels' Holt(air, initialization_method='legacy-heuristic').fit(0.8, 0.2) (its test_holt fit1):
 * crm.forecast(air, { seasonLength: 1, horizon: 5, params: { alpha: 0.8, beta: 0.2, gamma: 0 }, initial: { level: air[0], trend: air[1] - air[0] } })
 * // .forecast → [43.76, 45.59, 47.43, 49.27, 51.10]
 */
export function forecast(
  series: number[] | ColumnTable | Record<string, unknown>[],
  options: Partial<ForecastOptions> = {},
): ForecastResult {
  const fn = 'forecast';
  const o = resolveOptions(
    fn,
    {
      horizon: 6,
      seasonLength: 12,
      method: 'holt-winters',
      level: 0.95,
      params: undefined,
      backtest: undefined,
      initial: 'heuristic',
      language: 'en',
    },
    options,
  );
  requirePositiveInteger(fn, 'horizon', o.horizon);
  requirePositiveInteger(fn, 'seasonLength', o.seasonLength);
  if (o.method !== 'holt-winters' && o.method !== 'linear')
    throw analyticsError(fn, `method must be 'holt-winters' or 'linear', not ${String(o.method)}`);
  if (!(o.level > 0 && o.level < 1)) throw analyticsError(fn, `level must be between 0 and 1, not ${String(o.level)}`);
  if (o.params)
    for (const k of ['alpha', 'beta', 'gamma'] as const)
      if (!(o.params[k] >= 0 && o.params[k] <= 1))
        throw analyticsError(fn, `params.${k} must be between 0 and 1, not ${String(o.params[k])}`);
  checkInitial(fn, o.initial);
  if (o.method === 'linear' && o.initial !== 'heuristic') throw analyticsError(fn, "initial applies to method 'holt-winters' only");
  const { values: y, labels, dropped } = readSeries(fn, series);
  const warnings: string[] = [];
  if (dropped.length) warnings.push(warningText(o.language, 'incompletePeriods', dropped));
  const m = o.seasonLength;
  const minimum = o.method === 'linear' ? 3 : 4;
  if (y.length < minimum) throw analyticsError(fn, `needs at least ${minimum} complete periods for method '${o.method}', has ${y.length}`);

  const fit = (data: number[], horizon: number): Fit => {
    if (o.method === 'linear') return linear(data, m, horizon);
    const seasonal = m > 1 && data.length >= 2 * m;
    return holtWinters(data, seasonal ? m : 1, horizon, o.params, o.initial);
  };
  const result = fit(y, o.horizon);
  if (m > 1 && !result.seasonal) warnings.push(warningText(o.language, 'noSeason', y.length, m));
  const z = result.df === null ? normalQuantile(0.5 + o.level / 2) : studentTQuantile(0.5 + o.level / 2, Math.max(1, result.df));
  const lower = result.forecast.map((f, h) => f - z * result.sd[h]);
  const upper = result.forecast.map((f, h) => f + z * result.sd[h]);
  if (y.length < 2 * m && m > 1) warnings.push(warningText(o.language, 'shortSeriesIntervals'));

  // Backtest: hold out the last periods, forecast them from the rest.
  const wanted = o.backtest ?? o.horizon;
  const points = Math.min(wanted, y.length - minimum);
  let backtest: ForecastResult['backtest'] = null;
  if (points >= 1) {
    const head = y.slice(0, y.length - points);
    const tail = y.slice(y.length - points);
    const backFit = fit(head, points);
    const predicted = backFit.forecast;
    if (result.seasonal && !backFit.seasonal) warnings.push(warningText(o.language, 'backtestWithoutSeason', head.length));
    const naiveLag = head.length >= m && m > 1 ? m : 1;
    const naive = tail.map((_, h) => head[head.length - naiveLag + (h % naiveLag)]);
    backtest = {
      points,
      mape: mape(tail, predicted),
      naiveMape: mape(tail, naive),
      table: aq.table({
        period: (labels ?? y.map((_, i) => String(i + 1))).slice(y.length - points),
        actual: tail,
        forecast: predicted,
        naive,
      }),
    };
    if (points < wanted) warnings.push(warningText(o.language, 'shortBacktest', points, wanted));
  } else if (wanted > 0) {
    warnings.push(warningText(o.language, 'noBacktest'));
  }
  if (y.some((v) => v < 0)) warnings.push(warningText(o.language, 'negativeValues'));

  const history = y.map((actual, i) => ({
    period: labels?.[i] ?? String(i + 1),
    actual,
    fitted: Number.isFinite(result.fitted[i]) ? result.fitted[i] : null,
    forecast: null as number | null,
    lower: null as number | null,
    upper: null as number | null,
  }));
  const future = futureLabels(labels, y.length, o.horizon).map((period, h) => ({
    period,
    actual: null,
    fitted: null,
    forecast: result.forecast[h],
    lower: lower[h],
    upper: upper[h],
  }));
  return {
    method: o.method,
    seasonal: result.seasonal,
    table: aq.from([...history, ...future]),
    forecast: result.forecast,
    lower,
    upper,
    level: o.level,
    params: result.params,
    sigma: result.sigma,
    backtest,
    warnings,
  };
}
