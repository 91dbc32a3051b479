/**
 * Customer identity and contacts: e-mails and phone numbers normalised when they are the
 * customer id, and the per-customer contact table (`tx.customers`) that segments can be exported
 * with.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { cellText } from '../columnar/rowValues';

/**
 * An e-mail as an id: trimmed and lower-cased.
 * @example normalizeEmail(' Ana@Example.COM ') // → 'ana@example.com'
 */
export function normalizeEmail(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * A phone number as an id: digits only, a leading + kept. Excel's text markers (a leading `'`,
 * `="…"`), spaces, dashes, dots and brackets go; a `00` international prefix becomes `+`; a
 * Chinese country code (+86, 0086 or 86) before an 11-digit mobile number (1…) is dropped, so that
 * `+86 138-0013-8000` and `13800138000` are one customer. Masked digits (`138****8000`) are kept.
 * @example normalizePhone("'+86 138-0013-8000") // → '13800138000'
 * @example normalizePhone('+1 (415) 555-0100') // → '+14155550100'
 */
export function normalizePhone(s: string): string {
  let t = s
    .trim()
    .replace(/^="(.*)"$/, '$1')
    .replace(/^'/, '')
    .trim();
  const plus = t.startsWith('+');
  t = t.replace(/[^\d*]/g, '');
  if (t === '') return '';
  let intl = plus;
  if (!plus && t.startsWith('00')) {
    t = t.slice(2);
    intl = true;
  }
  if ((intl || t.length === 13) && /^861[\d*]{10}$/.test(t)) return t.slice(2);
  return intl ? `+${t}` : t;
}

/** How a customer id column's values are normalised: e-mails, phone numbers or as they are. */
export type IdKind = 'email' | 'phone' | 'text';

const PHONE_HEADER = /phone|mobile|tel|手机|电话/i;

/**
 * Whether an id column holds e-mails (most sampled values have an @), phone numbers (a phone
 * header) or other ids (kept as written: `00123`, `0123` and `123` are three customers).
 */
export function idKind(header: string, sample: ArrayLike<unknown>): IdKind {
  if (PHONE_HEADER.test(header)) return 'phone';
  let filled = 0;
  let at = 0;
  for (let i = 0; i < Math.min(sample.length, 500); i++) {
    const t = cellText(sample[i]);
    if (t === '') continue;
    filled++;
    if (/^[^@\s]+@[^@\s]+$/.test(t)) at++;
  }
  return filled > 0 && at / filled >= 0.8 ? 'email' : 'text';
}

/** The normaliser of an id kind. */
export function idNormalizer(kind: IdKind): (s: string) => string {
  return kind === 'email' ? normalizeEmail : kind === 'phone' ? normalizePhone : (s) => s;
}

export type ContactField = 'name' | 'email' | 'phone' | 'city' | 'acceptsMarketing';
export const CONTACT_FIELDS: readonly ContactField[] = ['name', 'email', 'phone', 'city', 'acceptsMarketing'];

/**
 * A marketing-consent cell as true/false, or null when it says neither.
 * @example consent('yes') // → true
 * @example consent('not_subscribed') // → false
 */
export function consent(v: unknown): boolean | null {
  const s = cellText(v)
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (/^(yes|y|true|1|subscribed|optedin|optin|是|同意)$/.test(s)) return true;
  if (/^(no|n|false|0|notsubscribed|unsubscribed|optedout|optout|pending|invalid|redacted|否|不同意)$/.test(s)) return false;
  return null;
}

/**
 * One row per customer: `customerId` and the contact columns found (name, email, phone, city,
 * acceptsMarketing), each the first non-empty value among the customer's kept rows.
 * @param get the raw cell of a column at a source row
 * @param rows the source row of each kept transaction
 * @param customer the customer number of each kept transaction (0 … ids.length − 1)
 * @param ids the customer id of each customer number
 */
export function contactTable(
  get: (column: string, row: number) => unknown,
  contacts: Partial<Record<ContactField, string>>,
  rows: Int32Array,
  customer: Int32Array,
  ids: string[],
): ColumnTable {
  const out: Record<string, unknown[]> = { customerId: ids };
  for (const field of CONTACT_FIELDS) {
    const col = contacts[field];
    if (!col) continue;
    const values: unknown[] = new Array(ids.length).fill(null);
    for (let i = 0; i < rows.length; i++) {
      const k = customer[i];
      if (values[k] !== null) continue;
      const raw = get(col, rows[i]);
      const t = cellText(raw);
      if (t === '') continue;
      values[k] =
        field === 'acceptsMarketing' ? consent(t) : field === 'email' ? normalizeEmail(t) : field === 'phone' ? normalizePhone(t) : t;
    }
    out[field] = values;
  }
  return aq.table(out);
}
