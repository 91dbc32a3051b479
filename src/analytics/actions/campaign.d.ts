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
export declare function campaign(input: CampaignInput): CampaignResult;
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
export declare function liftTest(groups: {
    treatment: {
        n: number;
        conversions: number;
    };
    control: {
        n: number;
        conversions: number;
    };
}, options?: {
    confidence?: number;
}): LiftResult;
