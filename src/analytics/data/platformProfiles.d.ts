/** The fields a profile can name: the transaction columns, the order rules' columns and the contact columns. */
export type ProfileField = 'customerId' | 'customerFallback' | 'orderId' | 'orderDate' | 'amount' | 'status' | 'refund' | 'adjustedAmount' | 'currency' | 'cancelledAt' | 'captured' | 'afterSale' | 'name' | 'email' | 'phone' | 'city' | 'acceptsMarketing';
export interface PlatformProfile {
    /** e.g. 'shopify-orders', 'taobao' */
    id: string;
    /** e.g. 'Shopify orders', '淘宝/天猫 订单报表' */
    label: string;
    kind: 'orders' | 'customers';
    /** Normalised headers that must all be present (see {@link normalizeHeader}). */
    signature: string[];
    /** Candidate headers per field, the first present wins. */
    columns: Partial<Record<ProfileField, string[]>>;
    /**
     * Several rows per order: 'first' takes the order's fields from its first row (Shopify, the
     * WeChat shop, whose later rows repeat or leave them empty); 'sum' adds the amounts of the
     * rows that count (Douyin sub-orders).
     */
    lineItems?: 'first' | 'sum';
    /** The amount is already net of refunds: the refund column is not subtracted again. */
    amountIsNet?: boolean;
    /** Refunds are given per line item and add up to the order's refund (WeChat shop). */
    refundPerLine?: boolean;
}
/** Headers that name these fields on any platform (normalised; earlier wins). */
export declare const GENERIC_COLUMNS: Partial<Record<ProfileField, string[]>>;
export declare const PLATFORM_PROFILES: PlatformProfile[];
/** A recognised export: its profile and the header chosen for each field present. */
export interface PlatformMatch {
    profile: PlatformProfile;
    columns: Partial<Record<ProfileField, string>>;
}
/** The header matching a candidate list (compared normalised), skipping the headers in `taken`. */
export declare function findHeader(headers: string[], candidates: string[], taken?: Set<string>): string | undefined;
/**
 * The platform whose signature the headers carry, with the header of each field it has.
 * @example detectPlatform(['Name', 'Email', 'Financial Status', 'Lineitem name', 'Total', 'Created at'])?.profile.id // → 'shopify-orders'
 */
export declare function detectPlatform(headers: string[]): PlatformMatch | undefined;
