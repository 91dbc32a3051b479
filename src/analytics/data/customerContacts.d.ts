import type { ColumnTable } from 'arquero';
/**
 * An e-mail as an id: trimmed and lower-cased.
 * @example normalizeEmail(' Ana@Example.COM ') // → 'ana@example.com'
 */
export declare function normalizeEmail(s: string): string;
/**
 * A phone number as an id: digits only, a leading + kept. Excel's text markers (a leading `'`,
 * `="…"`), spaces, dashes, dots and brackets go; a `00` international prefix becomes `+`; a
 * Chinese country code (+86, 0086 or 86) before an 11-digit mobile number (1…) is dropped, so that
 * `+86 138-0013-8000` and `13800138000` are one customer. Masked digits (`138****8000`) are kept.
 * @example normalizePhone("'+86 138-0013-8000") // → '13800138000'
 * @example normalizePhone('+1 (415) 555-0100') // → '+14155550100'
 */
export declare function normalizePhone(s: string): string;
/** How a customer id column's values are normalised: e-mails, phone numbers or as they are. */
export type IdKind = 'email' | 'phone' | 'text';
/**
 * Whether an id column holds e-mails (most sampled values have an @), phone numbers (a phone
 * header) or other ids (kept as written: `00123`, `0123` and `123` are three customers).
 */
export declare function idKind(header: string, sample: ArrayLike<unknown>): IdKind;
/** The normaliser of an id kind. */
export declare function idNormalizer(kind: IdKind): (s: string) => string;
export type ContactField = 'name' | 'email' | 'phone' | 'city' | 'acceptsMarketing';
export declare const CONTACT_FIELDS: readonly ContactField[];
/**
 * A marketing-consent cell as true/false, or null when it says neither.
 * @example consent('yes') // → true
 * @example consent('not_subscribed') // → false
 */
export declare function consent(v: unknown): boolean | null;
/**
 * One row per customer: `customerId` and the contact columns found (name, email, phone, city,
 * acceptsMarketing), each the first non-empty value among the customer's kept rows.
 * @param get the raw cell of a column at a source row
 * @param rows the source row of each kept transaction
 * @param customer the customer number of each kept transaction (0 … ids.length − 1)
 * @param ids the customer id of each customer number
 */
export declare function contactTable(get: (column: string, row: number) => unknown, contacts: Partial<Record<ContactField, string>>, rows: Int32Array, customer: Int32Array, ids: string[]): ColumnTable;
