import { type PlatformProfile, type ProfileField } from './platformProfiles';
/** Which input column holds each field; unnamed fields are detected from the headers. */
export interface TransactionMapping {
    customerId?: string;
    orderId?: string;
    orderDate?: string;
    amount?: string;
    /** The order status column (e.g. "Financial Status", "订单状态"). */
    status?: string;
    /** The refunded amount column, subtracted from the amount (e.g. "Refunded Amount"). */
    refund?: string;
    /** The currency column (e.g. "Currency", "币种"). */
    currency?: string;
}
export declare const TRANSACTION_FIELDS: readonly ["customerId", "orderId", "orderDate", "amount"];
export interface ResolvedColumns {
    /** customerId, orderId, orderDate, amount */
    cols: Pick<TransactionMapping, (typeof TRANSACTION_FIELDS)[number]>;
    /** The rule and contact columns found. */
    rules: Partial<Record<ProfileField, string>>;
    /** The recognised orders export, if any. */
    profile: PlatformProfile | undefined;
}
/**
 * The column of every field: mapping first, then the platform profile's, then synonyms among the
 * headers not taken yet. Contact columns may reuse the customer id column (an e-mail id is also the
 * e-mail); no other column serves two fields.
 */
export declare function resolveTransactionColumns(headers: string[], mapping: TransactionMapping): ResolvedColumns;
/**
 * A sentence for each chosen column whose name the reader found more than once (it renames
 * repeats to "Name_2", "Name_3"): which one was used.
 * @example duplicateHeaderWarnings(['Email', 'Email_2'], ['Email']) // → ['the column "Email" appears 2 times; the first one was used']
 */
export declare function duplicateHeaderWarnings(headers: string[], chosen: string[]): string[];
