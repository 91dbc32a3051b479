/**
 * The Pareto/NBD likelihood (Schmittlein, Morrison & Colombo 1987) in the form of Fader & Hardie,
 * "A Note on Deriving the Pareto/NBD Model and Related Expressions" (2005, note 009), eq. (18)–(20),
 * the form lifetimes' `ParetoNBDFitter` also evaluates:
 *
 *   L = Γ(r+x) α^r β^s / Γ(r) · { 1 / ((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀ }
 *   A₀ = F(t_x) − F(T),  F(u) = ₂F₁(r+s+x, t; r+s+x+1; |α−β| / (m+u)) / (m+u)^(r+s+x),
 *
 * with m = max(α, β) and t = r+x when α < β, t = s+1 otherwise (so that the argument is in [0, 1)).
 *
 * Numerical stability (what differs from a direct transcription):
 * - everything is in log space, so (m+u)^−(r+s+x) cannot underflow for frequent buyers;
 * - ₂F₁(a, b; a+1; z) is evaluated after Euler's transformation as
 *   (1−z)^(1−b) · ₂F₁(1, a+1−b; a+1; z), whose series has positive terms each at most z times the
 *   previous one (a+1−b > 0 for both choices of b), so it neither overflows nor cancels;
 * - A₀ = F(t_x)·(1 − F(T)/F(t_x)) with −expm1 for the bracket: exact 0 (ln −∞) when t_x = T.
 */
import { lnGamma } from './special';
import { lnIncompleteBeta } from './lnIncompleteBeta';
import type { CompressedSummary } from './bgNbdLikelihood';

export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/** Most terms of the ₂F₁ series before giving up (the result is then NaN, never a truncated sum). */
export const HYP2F1_MAX_TERMS = 20_000;

/** Below this argument the series needs at most about 800 terms; above, the incomplete beta function takes over. */
const SERIES_UP_TO = 0.95;

/** ln of the series Σ (a+1−b)_k/(a+1)_k z^k; NaN when it has not converged in `maxTerms` terms. */
function lnShiftedSeries(a: number, b: number, z: number, maxTerms: number): number {
  const c1 = a + 1 - b;
  let term = 1;
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    term *= ((c1 + k) / (a + 1 + k)) * z;
    sum += term;
    // Written so that NaN fails it: a NaN term runs to the cap and gives NaN, not a wrong sum.
    if (term <= 1e-17 * sum) return Math.log(sum);
  }
  return NaN;
}

/**
 * ln ₂F₁(a, b; a+1; z) for a > 0, 0 < b < a+1, 0 ≤ z < 1 (see the file comment). Near z = 1 the
 * series needs about 40/(1−z) terms (millions when the optimiser tries β ≫ α), so there the
 * identity ₂F₁(a, b; a+1; z) = a z^(−a) B_z(a, 1−b) with the incomplete beta function's continued
 * fraction is used instead. Bounded work on every input; NaN (never a truncated value) when no
 * method converges within its cap.
 * @example Math.exp(lnHyp2f1Shifted(1, 1, 0.5)) // → ₂F₁(1, 1; 2; ½) = 2 ln 2 = 1.3862943611198906
 */
export function lnHyp2f1Shifted(a: number, b: number, z: number): number {
  if (z === 0) return 0;
  if (!(a > 0 && b > 0 && b < a + 1 && z > 0 && z < 1)) return NaN;
  if (z <= SERIES_UP_TO) return (1 - b) * Math.log1p(-z) + lnShiftedSeries(a, b, z, HYP2F1_MAX_TERMS);
  const viaBeta = Math.log(a) - a * Math.log(z) + lnIncompleteBeta(z, a, 1 - b);
  if (!Number.isNaN(viaBeta)) return viaBeta;
  return (1 - b) * Math.log1p(-z) + lnShiftedSeries(a, b, z, HYP2F1_MAX_TERMS);
}

/** ln A₀ of note 009 eq. (19)–(20); −∞ when t_x = T. */
export function paretoLnA0(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const rsx = r + s + x;
  const [m, b] = alpha < beta ? [beta, r + x] : [alpha, s + 1];
  const d = Math.abs(alpha - beta);
  const lnF = (u: number) => lnHyp2f1Shifted(rsx, b, d / (m + u)) - rsx * Math.log(m + u);
  if (tx >= T) return -Infinity;
  const f1 = lnF(tx);
  const ratio = lnF(T) - f1; // ≤ 0: F decreases in u
  return ratio >= 0 ? -Infinity : f1 + Math.log(-Math.expm1(ratio));
}

/**
 * The two parts of ln L of one customer: ln of the "alive at T" term and of the "died in (t_x, T]"
 * term, both without the common factor Γ(r+x) α^r β^s / Γ(r). P(alive) is their logistic.
 */
export function paretoTerms(p: ParetoNbdParams, x: number, tx: number, T: number): { alive: number; dead: number } {
  const { r, alpha, s, beta } = p;
  return {
    alive: -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T),
    dead: Math.log(s) - Math.log(r + s + x) + paretoLnA0(p, x, tx, T),
  };
}

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * ln L of one customer (note 009 eq. 18).
 * @example paretoNbdLogLikelihood({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, 2, 30.43, 38.86)
 */
export function paretoNbdLogLikelihood(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const t = paretoTerms(p, x, tx, T);
  return lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha) + s * Math.log(beta) + logAddExp(t.alive, t.dead);
}

/** Σ w · ln L over the merged rows of a summary (rows merged as for BG/NBD). */
export function paretoSummaryLogLikelihood(d: CompressedSummary, p: ParetoNbdParams): number {
  const { r, alpha, s, beta } = p;
  const common = -lnGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  const lnG = d.xs.map((x) => lnGamma(r + x));
  let ll = 0;
  for (let i = 0; i < d.rows; i++) {
    const x = d.xs[d.xi[i]];
    const t = paretoTerms(p, x, d.txs[d.txi[i]], d.Ts[d.Ti[i]]);
    ll += d.w[i] * (common + lnG[d.xi[i]] + logAddExp(t.alive, t.dead));
  }
  return ll;
}
