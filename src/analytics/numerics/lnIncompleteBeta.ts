/**
 * ln B_z(p, q) = ln ∫₀^z y^(p−1) (1−y)^(q−1) dy, the unregularised incomplete beta function, for
 * p > 0, 0 < z < 1 and any real q (q ≤ 0 included: the integral is finite for z < 1). The
 * Pareto/NBD likelihood needs it where its hypergeometric series would take millions of terms
 * (argument near 1).
 *
 * Method: the continued fraction of B_z(p, q) (DLMF 8.17.22), evaluated with the modified Lentz
 * algorithm (Numerical Recipes §6.4). It converges fast for z < (p+1)/(p+q+2). Above that bound
 * (or when it does not converge within its cap), when q > 0 the symmetry
 * B_z(p, q) = B(p, q) − B_{1−z}(q, p) brings the argument back below; when −64 < q < 0 the
 * recurrence (DLMF 8.17.20) B_z(p, q) = [z^p (1−z)^q − (p+q) B_z(p, q+1)] / (−q) moves q up by
 * one, as often as needed. Both lose about
 * log₁₀(1/|q|) digits to cancellation as q → 0; at q = 0 exactly this returns NaN. Every
 * loop has a term cap and a convergence test that NaN fails, so a result is returned within the
 * cap: NaN when the fraction did not converge (never a truncated value).
 */
import { lnBeta } from './special';

/** Most continued-fraction steps before giving up (returns NaN). */
export const INCOMPLETE_BETA_MAX_STEPS = 5_000;

const TINY = 1e-300;
/** Most steps q → q + 1 of the recurrence (so at most this many nested calls). */
const MAX_SHIFTS = 64;
const EPS = 1e-16;

/** The continued fraction h of B_z(p, q) = z^p (1−z)^q / p · h (NaN when it does not converge in the cap). */
function betaFraction(z: number, p: number, q: number): number {
  let c = 1;
  let d = 1 - ((p + q) * z) / (p + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= INCOMPLETE_BETA_MAX_STEPS; m++) {
    const m2 = 2 * m;
    let aa = (m * (q - m) * z) / ((p - 1 + m2) * (p + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(p + m) * (p + q + m) * z) / ((p + m2) * (p + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (!Number.isFinite(h)) return NaN;
    if (Math.abs(step - 1) < EPS) return h;
  }
  return NaN;
}

/**
 * ln B_z(p, q) for p > 0, 0 < z < 1, any q; NaN outside that domain, at q = 0 above the bound, or
 * when the fraction does not converge within {@link INCOMPLETE_BETA_MAX_STEPS} steps.
 * @example lnIncompleteBeta(0.5, 2, 3) // → ln(0.6875 · B(2, 3)) = ln(0.6875 / 12) = −2.8596…
 */
export function lnIncompleteBeta(z: number, p: number, q: number): number {
  if (!(z > 0 && z < 1 && p > 0 && Number.isFinite(p) && Number.isFinite(q))) return NaN;
  const front = (zz: number, a: number, b: number) => a * Math.log(zz) + b * Math.log1p(-zz) - Math.log(a);
  if (z * (p + q + 2) <= p + 1) {
    const direct = front(z, p, q) + Math.log(betaFraction(z, p, q));
    if (!Number.isNaN(direct)) return direct;
  }
  if (q < 0 && q > -MAX_SHIFTS) {
    const lnEnds = p * Math.log(z) + q * Math.log1p(-z);
    const lnNext = lnIncompleteBeta(z, p, q + 1);
    if (p + q <= 0) return lnEnds + Math.log1p(-(p + q) * Math.exp(lnNext - lnEnds)) - Math.log(-q);
    const ratio = Math.log(p + q) + lnNext - lnEnds;
    return ratio < 0 ? lnEnds + Math.log(-Math.expm1(ratio)) - Math.log(-q) : NaN;
  }
  if (!(q > 0)) return NaN;
  // B_z(p, q) = B(p, q) − B_{1−z}(q, p), the second small.
  const lnTail = front(1 - z, q, p) + Math.log(betaFraction(1 - z, q, p));
  const lnComplete = lnBeta(p, q);
  const ratio = lnTail - lnComplete;
  return ratio < 0 ? lnComplete + Math.log(-Math.expm1(ratio)) : NaN;
}
