export interface RetentionResult {
    /** (E − N)/S; null when S = 0 (undefined, not 0). */
    retention: number | null;
    /** L/S = 1 − retention. */
    churn: number | null;
    /** Customers lost: S − (E − N). */
    lost: number;
    /** Why a rate is null. */
    reason?: string;
}
/**
 * CRR = (E − N)/S and churn = L/S with L = S − (E − N). Not (S − E)/S, which nets new customers
 * against losses. Reactivated former customers count as new (N) in the caller's numbers.
 * @param counts `{ start: S, end: E, acquired: N }` customer counts
 * @throws when a count is not a non-negative integer or E − N falls outside 0..S
 * @example crm.retentionRate({ start: 200, end: 180, acquired: 40 }) // → { retention: 0.7, churn: 0.3, lost: 60 }
 */
export declare function retentionRate(counts: {
    start: number;
    end: number;
    acquired: number;
}): RetentionResult;
/**
 * Converts a per-period rate under a constant rate: annual retention = monthly^12 (F-RET-3).
 * @example crm.compoundChurn(0.05, 12) // → 0.45964 (not 0.60)
 */
export declare function compoundChurn(churnPerPeriod: number, periods: number): number;
