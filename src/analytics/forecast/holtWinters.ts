/**
 * Additive Holt-Winters in the error-correction form of ETS(A,A,A) (Hyndman & Athanasopoulos,
 * FPP §8.3, §8.7), with three ways to start the state:
 * - `'heuristic'` (default): level, trend and season from the first two seasons (Holt: level y₀,
 *   trend y₁ − y₀), taken as the state *after* those periods; the one-step errors start there;
 * - `{ level, trend, season? }`: a known state *before* the first period, as statsmodels'
 *   `initialization_method='known'`; the errors start at the first period. `{ level: y₀, trend: y₁ − y₀ }`
 *   is statsmodels' `'legacy-heuristic'` for Holt (its `test_holt` fit1 forecasts 43.76, 45.59, …);
 * - `'estimated'`: the state before the first period that minimises the squared one-step errors
 *   together with the smoothing parameters, as statsmodels' `'estimated'`. For given smoothing
 *   parameters the errors are affine in the initial state, so it is solved exactly by least
 *   squares inside each evaluation (the seasonal start values sum to zero, which makes it unique).
 */
import { analyticsError } from '../analyticsError';
import { invert, nelderMead } from '../numerics/nelderMead';
import { logistic } from '../numerics/special';

export type HoltInitial = 'heuristic' | 'estimated' | { level: number; trend: number; season?: number[] };
export type SmoothingParams = { alpha: number; beta: number; gamma: number };

interface State {
  level: number;
  trend: number;
  /** Season values for the m periods before `start`. */
  season: number[];
  /** First period whose one-step error counts. */
  start: number;
}

export interface HoltFit {
  fitted: number[];
  forecast: number[];
  sd: number[];
  params: Record<string, number>;
  sigma: number;
  seasonal: boolean;
  df: null;
}

function heuristicState(y: number[], m: number): State {
  if (m === 0) return { level: y[0], trend: y[1] - y[0], season: [], start: 1 };
  const mean1 = y.slice(0, m).reduce((a, b) => a + b, 0) / m;
  const mean2 = y.slice(m, 2 * m).reduce((a, b) => a + b, 0) / m;
  const trend = (mean2 - mean1) / m;
  // Level at the end of the first season; seasonal indexes from the first season's deviations.
  const season = y.slice(0, m).map((v, i) => v - (mean1 + (i - (m - 1) / 2) * trend));
  return { level: mean1 + ((m - 1) / 2) * trend, trend, season, start: m };
}

/** Runs the recursions from a state; `m` = 0 for Holt's linear trend. */
function run(y: number[], m: number, p: SmoothingParams, init: State) {
  let { level, trend } = init;
  const season: number[] = new Array(y.length + m).fill(0);
  for (let i = 0; i < m; i++) season[init.start + i] = init.season[i]; // season[t + m] is s_t
  const fitted: number[] = new Array(y.length).fill(NaN);
  let sse = 0;
  for (let t = init.start; t < y.length; t++) {
    const s = m > 0 ? season[t] : 0;
    const yhat = level + trend + s;
    fitted[t] = yhat;
    const e = y[t] - yhat;
    sse += e * e;
    level = level + trend + p.alpha * e;
    trend = trend + p.alpha * p.beta * e;
    if (m > 0) season[t + m] = s + p.gamma * e;
  }
  return { fitted, sse, errors: y.length - init.start, level, trend, season: season.slice(y.length, y.length + m) };
}

/** The least-squares initial state before period 0 for given smoothing parameters. */
function estimatedState(y: number[], m: number, p: SmoothingParams): State {
  const k = m > 0 ? m + 1 : 2; // level, trend, m − 1 free season values
  const stateOf = (v: number[]): State => {
    const season = m > 0 ? [...v.slice(2), -v.slice(2).reduce((a, b) => a + b, 0)] : [];
    return { level: v[0], trend: v[1], season, start: 0 };
  };
  const errors = (v: number[]) => run(y, m, p, stateOf(v)).fitted.map((f, t) => y[t] - f);
  const e0 = errors(new Array(k).fill(0));
  const columns = Array.from({ length: k }, (_, j) =>
    errors(Array.from({ length: k }, (_, i) => (i === j ? 1 : 0))).map((e, t) => e0[t] - e),
  );
  const xtx = columns.map((a) => columns.map((b) => a.reduce((s, v, t) => s + v * b[t], 0)));
  const inv = invert(xtx);
  if (!inv) return heuristicState(y, m);
  const xty = columns.map((a) => a.reduce((s, v, t) => s + v * e0[t], 0));
  return stateOf(inv.map((row) => row.reduce((s, v, j) => s + v * xty[j], 0)));
}

function initialState(y: number[], m: number, p: SmoothingParams, initial: HoltInitial): State {
  if (initial === 'heuristic') return heuristicState(y, m);
  if (initial === 'estimated') return estimatedState(y, m, p);
  const season = m > 0 ? initial.season : [];
  if (!season || season.length !== m)
    throw analyticsError('forecast', `initial.season needs ${m} values (one per period of the season), oldest first`);
  return { level: initial.level, trend: initial.trend, season, start: 0 };
}

/** Checks the `initial` option. */
export function checkInitial(fn: string, initial: unknown): void {
  if (initial === 'heuristic' || initial === 'estimated') return;
  const i = initial as { level?: unknown; trend?: unknown; season?: unknown } | null;
  const ok = !!i && typeof i === 'object' && Number.isFinite(i.level) && Number.isFinite(i.trend);
  if (!ok)
    throw analyticsError(
      fn,
      `initial must be 'heuristic', 'estimated' or { level, trend, season? } with finite numbers, not ${JSON.stringify(initial)}`,
    );
  if (i.season !== undefined && !(Array.isArray(i.season) && i.season.every(Number.isFinite)))
    throw analyticsError(fn, 'initial.season must be an array of finite numbers');
}

/**
 * Fits (or applies given) smoothing parameters and forecasts `horizon` periods.
 * @example holtWinters([17.55, 21.86, 23.89], 1, 5, { alpha: 0.8, beta: 0.2, gamma: 0 }, { level: 17.55, trend: 4.31 })
 */
export function holtWinters(
  y: number[],
  m: number,
  horizon: number,
  fixed: SmoothingParams | undefined,
  initial: HoltInitial = 'heuristic',
): HoltFit {
  const seasonal = m > 1;
  const mm = seasonal ? m : 0;
  const unpack = (v: number[]) => {
    const alpha = logistic(v[0]);
    return { alpha, beta: logistic(v[1]), gamma: seasonal ? (1 - alpha) * logistic(v[2]) : 0 };
  };
  let params: SmoothingParams;
  if (fixed) {
    params = { ...fixed, gamma: seasonal ? fixed.gamma : 0 };
  } else {
    const sse = (v: number[]) => {
      const p = unpack(v);
      return run(y, mm, p, initialState(y, mm, p, initial)).sse;
    };
    params = unpack(nelderMead(sse, seasonal ? [-1, -2, -2] : [-1, -2], { tol: 1e-12, maxIter: 4000 }).x);
  }
  const state = initialState(y, mm, params, initial);
  const fit = run(y, mm, params, state);
  const k = (seasonal ? 3 : 2) + (initial === 'estimated' ? (seasonal ? m + 1 : 2) : 0);
  const sigma = Math.sqrt(fit.sse / Math.max(1, fit.errors - k));
  const forecast: number[] = [];
  const sd: number[] = [];
  let cum = 0;
  for (let h = 1; h <= horizon; h++) {
    const s = seasonal ? fit.season[(h - 1) % m] : 0;
    forecast.push(fit.level + h * fit.trend + s);
    if (h > 1) {
      const j = h - 1;
      const c = params.alpha * (1 + params.beta * j) + (seasonal && j % m === 0 ? params.gamma : 0);
      cum += c * c;
    }
    sd.push(sigma * Math.sqrt(1 + cum));
  }
  const out: Record<string, number> = { ...params };
  if (initial !== 'heuristic') Object.assign(out, { initialLevel: state.level, initialTrend: state.trend });
  return { fitted: fit.fitted, forecast, sd, params: out, sigma, seasonal, df: null };
}
