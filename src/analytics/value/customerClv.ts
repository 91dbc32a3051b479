/**
 * The per-customer CLV arithmetic of `predictClv` (F-CLV-1) under one purchase model and one
 * spend model; the intervals (clvIntervals.ts) reuse the purchase curve under each parameter draw.
 */
import type { SummaryArrays } from './summaryInput';

/** What the CLV needs of a repeat-purchase model (BG/NBD or Pareto/NBD). */
export interface PurchaseCurve {
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  probabilityAlive(x: number, tx: number, T: number): number;
}

/** What the CLV needs of a spend model (Gamma-Gamma). */
export interface SpendModel {
  conditionalExpectedSpend(x: number, meanSpend: number): number;
}

/** The horizon and discounting: `months` months of `f` model time units each, month k discounted by (1 + d)^k. */
export interface ClvPlan {
  months: number;
  f: number;
  monthlyDiscount: number;
}

/** Each customer's expected purchases over the horizon, P(alive), expected spend and CLV. */
export interface CustomerClv {
  expected: Float64Array;
  alive: Float64Array;
  spend: Float64Array;
  clv: Float64Array;
}

/** One customer's purchase curve: expected purchases over the horizon, their discounted sum (per unit of spend), and P(alive). */
export function purchaseCurve(
  purchases: PurchaseCurve,
  x: number,
  tx: number,
  T: number,
  plan: ClvPlan,
): { discounted: number; total: number; alive: number } {
  let discounted = 0;
  let prev = 0;
  for (let k = 1; k <= plan.months; k++) {
    const cum = purchases.conditionalExpectedPurchases(k * plan.f, x, tx, T);
    discounted += (cum - prev) / Math.pow(1 + plan.monthlyDiscount, k);
    prev = cum;
  }
  return { discounted, total: prev, alive: purchases.probabilityAlive(x, tx, T) };
}

/**
 * CLV of every customer of summary `s` with mean spends `m`. The purchase curve depends only on
 * (x, t_x, T), which summaries in days repeat a lot: each distinct one is computed once. CLV is
 * linear in the spend, so the spend multiplies the discounted sum.
 */
export function customerClv(
  purchases: PurchaseCurve,
  spendModel: SpendModel,
  s: SummaryArrays,
  m: Float64Array,
  plan: ClvPlan,
): CustomerClv {
  const n = s.n;
  const out: CustomerClv = {
    expected: new Float64Array(n),
    alive: new Float64Array(n),
    spend: new Float64Array(n),
    clv: new Float64Array(n),
  };
  const curves = new Map<string, { discounted: number; total: number; alive: number }>();
  for (let i = 0; i < n; i++) {
    const x = s.x[i];
    const spend = spendModel.conditionalExpectedSpend(x, x > 0 ? m[i] : 0);
    const key = `${x},${s.tx[i]},${s.T[i]}`;
    let curve = curves.get(key);
    if (!curve) curves.set(key, (curve = purchaseCurve(purchases, x, s.tx[i], s.T[i], plan)));
    out.expected[i] = curve.total;
    out.alive[i] = curve.alive;
    out.spend[i] = spend;
    out.clv[i] = spend * curve.discounted;
  }
  return out;
}
