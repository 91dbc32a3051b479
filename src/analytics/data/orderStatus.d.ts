/**
 * Order statuses of shop exports, in English and Chinese, and what each means for revenue: an
 * order counts when it was paid and is not cancelled, voided, closed, failed or fully refunded.
 * The dictionary covers Shopify, WooCommerce, Stripe, Etsy, Taobao/Tmall, JD, Pinduoduo, Youzan,
 * Douyin and the WeChat shop (see docs/supported-exports.md for the sources).
 */
/** Why an order does not count. */
export type ExclusionReason = 'refunded' | 'cancelled' | 'awaiting payment' | 'voided' | 'failed' | 'closed';
/** What a status value means: the order counts ('paid') or is excluded for a reason. */
export type StatusMeaning = 'paid' | ExclusionReason;
/**
 * Lower case, no spaces, underscores, dashes or commas (ASCII or full-width), no "wc-" prefix
 * and no brackets: "Partially_refunded" → "partiallyrefunded", "卖家已发货，等待买家确认" →
 * "卖家已发货等待买家确认", "wc-on-hold" → "onhold", "(删除)" → "删除".
 */
export declare function normalizeStatus(s: string): string;
/** The user's changes to the status rule: values to count (include) or to exclude. */
export interface StatusRules {
    include?: string[];
    exclude?: string[];
}
/** What a status value means after the user's rules: a meaning, 'excluded status' (by the rules) or undefined (unknown). */
export type StatusVerdict = StatusMeaning | 'excluded status' | undefined;
/**
 * What a status value means, after the user's include/exclude lists (compared normalised).
 * Empty values say nothing and count as paid; values in no list and not in the dictionary are
 * unknown (undefined), so that the caller reports them instead of counting them.
 * @example statusMeaning('wc-on-hold') // → 'awaiting payment'
 * @example statusMeaning('on-hold', { include: ['on-hold'] }) // → 'paid'
 * @example statusMeaning('交易关闭') // → 'closed'
 * @example statusMeaning('Disputed') // → undefined
 */
export declare function statusMeaning(value: string, rules?: StatusRules): StatusVerdict;
/**
 * What an after-sale (售后) value means: a completed refund excludes the order; every other
 * value (无售后, 售后关闭, 退款中 …) leaves it as it is.
 * @example afterSaleMeaning('退款成功') // → 'refunded'
 */
export declare function afterSaleMeaning(value: string): ExclusionReason | undefined;
/** Whether a yes/no cell says "no" (Stripe's Captured = false means the payment was not taken). */
export declare function isNo(value: string): boolean;
