/**
 * The order rules of {@link prepareTransactions}, worked out per row before the rows are kept:
 * each row's status verdict (paid, or a reason to exclude it), its refund, its currency, and the
 * merging of line-item rows into their order's first row.
 */
import { CodedColumn, type Column } from '../columnar/columns';
import { cellText, rowKeys, rowNumbers, type RowKeys } from '../columnar/rowValues';
import { amountCurrency, parseAmount } from '../columnar/parseValues';
import { groupIndex } from '../columnar/tableInput';
import { afterSaleMeaning, isNo, statusMeaning, type StatusRules } from './orderStatus';
import type { DropReason } from './dataQualityReport';

/** Reasons a row's rules can give, by code (0: the row counts). */
export const RULE_REASONS: readonly DropReason[] = [
  'refunded',
  'cancelled',
  'awaiting payment',
  'voided',
  'failed',
  'closed',
  'unknown status',
  'excluded status',
];
const code = (r: DropReason) => RULE_REASONS.indexOf(r) + 1;

/** Per-row text of a column, read once per distinct value for coded columns. */
export function columnText(column: Column): (row: number) => string {
  if (column instanceof CodedColumn) {
    const byCode: (string | undefined)[] = new Array(column.size);
    return (i) => {
      const c = column.codes[i];
      if (c < 0) return '';
      return (byCode[c] ??= cellText(column.value(c)));
    };
  }
  return (i) => cellText(column.at(i));
}

/**
 * Customer keys: the id column's text normalised (e-mails lower-cased, phones reduced to digits),
 * or the fallback column's where the id is empty (Stripe guests have an e-mail but no customer id).
 */
export function customerKeys(
  id: Column,
  normalize: ((s: string) => string) | undefined,
  fallback: Column | undefined,
  normalizeFallback: (s: string) => string,
): RowKeys {
  if (!normalize && !fallback) return rowKeys(id);
  const norm = normalize ?? ((s: string) => s);
  if (id instanceof CodedColumn && !fallback) {
    // Once per distinct value: the normalised texts of the codes, then the rows by code.
    const byCode = groupIndex(id.size, (c) => norm(cellText(id.value(c))), '');
    const key = new Int32Array(id.length);
    for (let i = 0; i < key.length; i++) key[i] = id.codes[i] < 0 ? -1 : byCode.group[id.codes[i]];
    return { key, count: byCode.keys.length, text: (k) => byCode.keys[k] };
  }
  const idText = columnText(id);
  const fbText = fallback ? columnText(fallback) : () => '';
  const { keys, group } = groupIndex(id.length, (i) => norm(idText(i)) || normalizeFallback(fbText(i)), '');
  return { key: group, count: keys.length, text: (k) => keys[k] };
}

export interface StatusInputs {
  status?: Column;
  captured?: Column;
  cancelledAt?: Column;
  afterSale?: Column;
  rules: StatusRules;
}

/** Each row's rule code (0: counts; else 1 + index in {@link RULE_REASONS}) and the unknown status values with their row counts. */
export function statusCodes(n: number, { status, captured, cancelledAt, afterSale, rules }: StatusInputs) {
  const out = new Uint8Array(n);
  const statusText = new Map<number, string>();
  if (status) {
    const keys = rowKeys(status);
    const byKey = new Uint8Array(keys.count);
    for (let k = 0; k < keys.count; k++) {
      const v = statusMeaning(keys.text(k), rules);
      byKey[k] = v === undefined ? code('unknown status') : v === 'paid' ? 0 : code(v);
    }
    for (let i = 0; i < n; i++) {
      const k = keys.key[i];
      if (k < 0) continue;
      out[i] = byKey[k];
      if (out[i]) statusText.set(i, keys.text(k));
    }
  }
  const yesNo = captured ? columnText(captured) : undefined;
  const cancelled = cancelledAt ? columnText(cancelledAt) : undefined;
  const after = afterSale ? columnText(afterSale) : undefined;
  for (let i = 0; i < n; i++) {
    if (out[i]) continue;
    if (cancelled && cancelled(i) !== '') out[i] = code('cancelled');
    else if (yesNo && isNo(yesNo(i))) out[i] = code('awaiting payment');
    else if (after && afterSaleMeaning(after(i))) out[i] = code('refunded');
  }
  return { codes: out, statusText };
}

/** Counts the unknown status values of the rows that remain excluded for that reason. */
export function unknownValues(rows: Iterable<{ reason: DropReason; value: string }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of rows) if (d.reason === 'unknown status') out.set(d.value, (out.get(d.value) ?? 0) + 1);
  return out;
}

/** Refunds per row, as positive amounts (0 where empty: exports write refunds as 10, -10 or (10.00)). */
export function refundAmounts(column: Column | undefined, n: number): Float64Array {
  if (!column) return new Float64Array(n);
  const out = rowNumbers(column, parseAmount);
  for (let i = 0; i < n; i++) out[i] = out[i] === out[i] ? Math.abs(out[i]) : 0;
  return out;
}

/** Each row's currency (an index into `names`, −1 when none is written), from a currency column or the amounts' symbols. */
export function rowCurrencies(currency: Column | undefined, amount: Column): { index: Int32Array; names: string[] } {
  if (currency) {
    const keys = rowKeys(currency);
    const names: string[] = [];
    const byKey = new Int32Array(keys.count);
    const seen = new Map<string, number>();
    for (let k = 0; k < keys.count; k++) {
      const name = keys.text(k).toUpperCase();
      let j = seen.get(name);
      if (j === undefined) seen.set(name, (j = names.push(name) - 1));
      byKey[k] = j;
    }
    const index = new Int32Array(keys.key.length);
    for (let i = 0; i < index.length; i++) index[i] = keys.key[i] < 0 ? -1 : byKey[keys.key[i]];
    return { index, names };
  }
  if (amount instanceof Float64Array) return { index: new Int32Array(amount.length).fill(-1), names: [] }; // numbers carry no symbol
  if (amount instanceof CodedColumn) {
    const byCode = groupIndex(amount.size, (c) => amountCurrency(amount.value(c)), '');
    const index = new Int32Array(amount.length);
    for (let i = 0; i < index.length; i++) index[i] = amount.codes[i] < 0 ? -1 : byCode.group[amount.codes[i]];
    return { index, names: byCode.keys };
  }
  const { keys, group } = groupIndex(amount.length, (i) => amountCurrency(amount.at(i)), '');
  return { index: group, names: keys };
}

/**
 * The currency kept: the one asked for, else the one most rows are in (first seen on a tie), and
 * the row count of each currency. Rows without a currency are assumed to be in it.
 */
export function chooseCurrency(index: Int32Array, names: string[], skip: Uint8Array, wanted: string | undefined) {
  const counts = new Array<number>(names.length).fill(0);
  for (let i = 0; i < index.length; i++) if (index[i] >= 0 && !skip[i]) counts[index[i]]++;
  let best = -1;
  for (let j = 0; j < names.length; j++) if (counts[j] > 0 && (best < 0 || counts[j] > counts[best])) best = j;
  const chosen = wanted === undefined ? best : names.findIndex((n) => n === wanted.toUpperCase());
  return { chosen, counts };
}

/** Whether a repeated order number comes with an empty amount: the later rows of an order carry only its items. */
export function hasBlankRepeats(orders: RowKeys, amounts: Float64Array): boolean {
  const seen = new Uint8Array(orders.count);
  for (let i = 0; i < orders.key.length; i++) {
    const o = orders.key[i];
    if (o < 0) continue;
    if (seen[o] && amounts[i] !== amounts[i]) return true;
    seen[o] = 1;
  }
  return false;
}

export interface LineItemInput {
  orders: RowKeys;
  mode: 'first' | 'sum';
  amounts: Float64Array;
  refunds: Float64Array;
  rule: Uint8Array;
  refundPerLine: boolean;
}

/**
 * Merges the rows of each order into its first row, in place: 'first' keeps the first row's
 * amount (later rows repeat it or leave it empty), 'sum' adds the amounts of the rows that count;
 * refunds given per line add up. Returns a mask of the merged (later) rows and their number.
 */
export function mergeLineItems({ orders, mode, amounts, refunds, rule, refundPerLine }: LineItemInput): {
  follower: Uint8Array;
  merged: number;
} {
  const n = orders.key.length;
  const first = new Int32Array(orders.count).fill(-1);
  const follower = new Uint8Array(n);
  let merged = 0;
  for (let i = 0; i < n; i++) {
    const o = orders.key[i];
    if (o < 0) continue;
    const f = first[o];
    if (f < 0) {
      first[o] = i;
      if (mode === 'sum' && rule[i] !== 0) amounts[i] = NaN; // replaced by the first sub-order that counts
      continue;
    }
    follower[i] = 1;
    merged++;
    if (refundPerLine || mode === 'sum') refunds[f] += rule[i] === 0 || mode === 'first' ? refunds[i] : 0;
    if (mode === 'sum' && rule[i] === 0 && Number.isFinite(amounts[i])) {
      amounts[f] = Number.isFinite(amounts[f]) ? amounts[f] + amounts[i] : amounts[i];
      rule[f] = 0;
    }
  }
  return { follower, merged };
}
