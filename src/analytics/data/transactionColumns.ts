/**
 * Which column each field of {@link prepareTransactions} is read from: the user's mapping, then
 * the recognised platform's columns, then header synonyms (for any export).
 */
import { detectColumns, TRANSACTION_SYNONYMS } from './columnDetection';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';
import { detectPlatform, findHeader, GENERIC_COLUMNS, type PlatformProfile, type ProfileField } from './platformProfiles';

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

const ORDER_NUMBER = /order|invoice|订单|单号|交易号|流水号/i;

export const TRANSACTION_FIELDS = ['customerId', 'orderId', 'orderDate', 'amount'] as const;
const RULE_FIELDS = ['status', 'refund', 'adjustedAmount', 'currency', 'cancelledAt', 'captured', 'afterSale', 'customerFallback'] as const;
const CONTACTS = ['name', 'email', 'phone', 'city', 'acceptsMarketing'] as const;

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
export function resolveTransactionColumns(headers: string[], mapping: TransactionMapping): ResolvedColumns {
  const given = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== undefined)) as TransactionMapping;
  const match = detectPlatform(headers);
  const profile = match && match.profile.kind === 'orders' ? match.profile : undefined;
  const fromProfile: Partial<Record<ProfileField, string>> = profile ? match!.columns : {};
  const taken = new Set<string>(Object.values(given));
  const cols: ResolvedColumns['cols'] = {};
  for (const f of TRANSACTION_FIELDS) {
    const h = given[f] ?? fromProfile[f];
    if (h !== undefined && (given[f] !== undefined || !taken.has(h))) {
      cols[f] = h;
      taken.add(h);
    }
  }
  // An order number is never the customer (订单编号, "Order #"): such headers are not offered as customerId.
  const rest = headers.filter((h) => !taken.has(h));
  const detected = detectColumns(rest, TRANSACTION_SYNONYMS);
  if (detected.customerId !== undefined && ORDER_NUMBER.test(detected.customerId)) delete detected.customerId;
  for (const f of TRANSACTION_FIELDS) {
    if (cols[f] === undefined && detected[f] !== undefined) {
      cols[f] = detected[f];
      taken.add(detected[f]);
    }
  }
  const rules: Partial<Record<ProfileField, string>> = {};
  for (const f of RULE_FIELDS) {
    const g = f === 'status' || f === 'refund' || f === 'currency' ? given[f] : undefined;
    const h = g ?? (profile ? fromProfile[f] : findHeader(headers, GENERIC_COLUMNS[f] ?? [], taken));
    if (h !== undefined && (g !== undefined || !taken.has(h))) {
      rules[f] = h;
      taken.add(h);
    }
  }
  const notContacts = new Set([...taken].filter((h) => h !== cols.customerId && h !== rules.customerFallback));
  for (const f of CONTACTS) {
    const h = (profile ? fromProfile[f] : undefined) ?? findHeader(headers, GENERIC_COLUMNS[f] ?? [], notContacts);
    if (h !== undefined && !notContacts.has(h)) rules[f] = h;
  }
  return { cols, rules, profile };
}

/**
 * A sentence for each chosen column whose name the reader found more than once (it renames
 * repeats to "Name_2", "Name_3"): which one was used.
 * @example duplicateHeaderWarnings(['Email', 'Email_2'], ['Email']) // → ['the column "Email" appears 2 times; the first one was used']
 */
export function duplicateHeaderWarnings(headers: string[], chosen: string[], language: Language = 'en'): string[] {
  const out: string[] = [];
  for (const c of new Set(chosen)) {
    const m = /^(.*)_(\d+)$/.exec(c);
    const base = m && headers.includes(m[1]) ? m[1] : c;
    const copies = headers.filter((h) => h === base || (h.startsWith(`${base}_`) && /^\d+$/.test(h.slice(base.length + 1)))).length;
    if (copies < 2) continue;
    out.push(warningText(language, 'duplicateColumn', base, copies, base === c ? undefined : { copy: m![2], column: c }));
  }
  return out;
}
