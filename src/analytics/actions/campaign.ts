/**
 * Campaign metrics (spec §12): response and conversion rates, ROI on profit, ROAS, and a
 * holdout lift test.
 */
import { analyticsError } from '../analyticsError';
import { twoSidedP } from '../numerics/normal';

export interface CampaignInput {
  /** People contacted (delivered). */
  contacted: number;
  /** Distinct responders (clicked, replied, visited). */
  responded: number;
  /** Responders who bought. */
  converted: number;
  /** Revenue attributed to the campaign. */
  revenue: number;
  /** Gross margin as a fraction of revenue (0.4 = 40%). */
  margin: number;
  /** What the campaign cost. */
  cost: number;
}

export interface CampaignResult {
  /** responded / contacted × 100. */
  responseRate: number;
  /** converted / responded × 100 (of responders); null with no responders. */
  conversionRate: number | null;
  /** converted / contacted × 100. */
  contactConversionRate: number;
  /** revenue × margin. */
  grossProfit: number;
  /** (gross profit − cost)/cost × 100: a profit measure. */
  roi: number;
  /** revenue / cost: a ratio, not a profit measure. */
  roas: number;
  /** The "ROI" some reports compute on revenue ((revenue − cost)/cost × 100); shown only to warn that it is not ROI. */
  revenueReturnNotRoi: number;
}

/**
 * @throws when a count is negative, converted > responded > contacted, margin is outside 0..1, or cost ≤ 0
 * @example crm.campaign({ contacted: 10000, responded: 250, converted: 40, revenue: 20000, margin: 0.4, cost: 5000 })
 * // → { responseRate: 2.5, conversionRate: 16, roi: 60, roas: 4, … }
 */
export function campaign(input: CampaignInput): CampaignResult {
  const fn = 'campaign';
  if (!input || typeof input !== 'object') throw analyticsError(fn, 'expects { contacted, responded, converted, revenue, margin, cost }');
  for (const k of ['contacted', 'responded', 'converted', 'revenue', 'margin', 'cost'] as const) {
    if (typeof input[k] !== 'number' || !Number.isFinite(input[k]) || input[k] < 0)
      throw analyticsError(fn, `${k} must be a non-negative number, not ${String(input[k])}`);
  }
  const { contacted, responded, converted, revenue, margin, cost } = input;
  if (contacted === 0) throw analyticsError(fn, 'contacted must be more than 0');
  if (responded > contacted) throw analyticsError(fn, `responded (${responded}) cannot exceed contacted (${contacted})`);
  if (converted > responded) throw analyticsError(fn, `converted (${converted}) cannot exceed responded (${responded})`);
  if (margin > 1) throw analyticsError(fn, `margin is a fraction of revenue (0.4 for 40%), not ${margin}`);
  if (cost === 0) throw analyticsError(fn, 'cost must be more than 0: ROI and ROAS are undefined for a free campaign');
  const grossProfit = revenue * margin;
  return {
    responseRate: (100 * responded) / contacted,
    conversionRate: responded ? (100 * converted) / responded : null,
    contactConversionRate: (100 * converted) / contacted,
    grossProfit,
    roi: (100 * (grossProfit - cost)) / cost,
    roas: revenue / cost,
    revenueReturnNotRoi: (100 * (revenue - cost)) / cost,
  };
}

export interface LiftResult {
  treatmentRate: number;
  controlRate: number;
  /** (p_t − p_c)/p_c; null when the control converted no one. */
  lift: number | null;
  /** (p_t − p_c)·n_t. */
  incrementalConversions: number;
  z: number;
  p: number;
  significant: boolean;
}

/**
 * Incremental lift against a holdout control, with a pooled two-proportion z-test.
 * @example crm.liftTest({ treatment: { n: 1000, conversions: 70 }, control: { n: 1000, conversions: 50 } })
 * // → { lift: 0.4, z: 1.8831, p: 0.0597, significant: false, … }
 */
export function liftTest(
  groups: { treatment: { n: number; conversions: number }; control: { n: number; conversions: number } },
  options: { confidence?: number } = {},
): LiftResult {
  const fn = 'liftTest';
  const t = groups?.treatment;
  const c = groups?.control;
  for (const [name, g] of [
    ['treatment', t],
    ['control', c],
  ] as const) {
    if (!g || !Number.isInteger(g.n) || g.n <= 0) throw analyticsError(fn, `${name}.n must be a positive whole number`);
    if (!Number.isInteger(g.conversions) || g.conversions < 0 || g.conversions > g.n)
      throw analyticsError(fn, `${name}.conversions must be a whole number from 0 to ${name}.n`);
  }
  const pt = t.conversions / t.n;
  const pc = c.conversions / c.n;
  const pooled = (t.conversions + c.conversions) / (t.n + c.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / t.n + 1 / c.n));
  const z = se === 0 ? 0 : (pt - pc) / se;
  const p = twoSidedP(z);
  return {
    treatmentRate: pt,
    controlRate: pc,
    lift: pc === 0 ? null : (pt - pc) / pc,
    incrementalConversions: (pt - pc) * t.n,
    z,
    p,
    significant: p < 1 - (options.confidence ?? 0.95),
  };
}
