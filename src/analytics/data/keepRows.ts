/**
 * The row checks of {@link prepareTransactions}, in order, over typed arrays (a function of its
 * own so that the engine optimises this loop at once): the kept rows written as they are found,
 * the dropped rows listed with their reason.
 */
import { dayNumber } from '../columnar/dates';
import type { RowKeys } from '../columnar/rowValues';
import type { DroppedRow } from './dataQualityReport';
import { RULE_REASONS } from './orderRules';

export interface RowInput {
  n: number;
  ids: RowKeys;
  times: Float64Array;
  amounts: Float64Array;
  /** Refunds to subtract (positive), per row. */
  refunds: Float64Array;
  /** The amount is already net of refunds: a refund only marks an order with nothing left as refunded. */
  amountIsNet: boolean;
  orders: RowKeys | undefined;
  /** Rows merged into their order's first row (line items): skipped, not dropped. */
  follower: Uint8Array | undefined;
  /** Per row: 0 counts, else 1 + index into RULE_REASONS. */
  rule: Uint8Array;
  statusText: Map<number, string>;
  /** Per row: the currency index, −1 when none is written; rows in another currency than `currency` are dropped. */
  currencyIndex: Int32Array | undefined;
  currency: number;
  currencyName: (index: number) => string;
  lastDay: number;
  /** The reason for a date after lastDay: 'after asOf' when asOf was given, else 'future date'. */
  lateReason: 'after asOf' | 'future date';
  dropRefunds: boolean;
  dateText: (row: number) => string;
  amountText: (row: number) => string;
}

export function keepRows(input: RowInput) {
  const { n, ids, times, amounts, refunds, amountIsNet, orders, follower, rule, statusText, currencyIndex, currency, lastDay, lateReason } =
    input;
  const idKey = ids.key;
  const orderKey = orders ? orders.key : undefined;
  const seenOrder = new Uint8Array(orders ? orders.count : 0);
  // The kept rows, written as they are found (customers by their key, renumbered afterwards).
  const customer = new Int32Array(n);
  const outTime = new Float64Array(n);
  const outDay = new Int32Array(n);
  const outAmount = new Float64Array(n);
  const outOrder = new Int32Array(orders ? n : 0);
  const outRow = new Int32Array(n);
  let rowsKept = 0;
  const dropped: DroppedRow[] = [];
  let refundCount = 0;
  let refundTotal = 0;
  let partialCount = 0;
  let partialTotal = 0;
  let lateMax = -Infinity;
  for (let i = 0; i < n; i++) {
    if (follower && follower[i]) continue;
    const row = i + 1;
    const k = idKey[i];
    const amount = amounts[i];
    const isRefundRow = amount < 0; // refund rows (negative amounts) carry the refund's status: they stay refunds
    if (rule[i] && !isRefundRow) {
      dropped.push({ row, reason: RULE_REASONS[rule[i] - 1], value: statusText.get(i) ?? '' });
      continue;
    }
    if (k < 0) {
      dropped.push({ row, reason: 'missing id', value: '' });
      continue;
    }
    const ms = times[i];
    if (ms !== ms) {
      dropped.push({ row, reason: 'unparseable date', value: input.dateText(i) });
      continue;
    }
    const day = dayNumber(ms);
    if (day > lastDay) {
      if (ms > lateMax) lateMax = ms;
      dropped.push({ row, reason: lateReason, value: new Date(ms).toISOString() });
      continue;
    }
    if (currencyIndex && currencyIndex[i] >= 0 && currencyIndex[i] !== currency) {
      dropped.push({ row, reason: 'other currency', value: input.currencyName(currencyIndex[i]) });
      continue;
    }
    if (!Number.isFinite(amount)) {
      dropped.push({ row, reason: 'non-numeric amount', value: input.amountText(i) });
      continue;
    }
    const o = orderKey ? orderKey[i] : -1;
    if (o >= 0) {
      if (seenOrder[o]) {
        dropped.push({ row, reason: 'duplicate order id', value: orders!.text(o) });
        continue;
      }
      seenOrder[o] = 1;
    }
    let net = amount;
    const refund = refunds[i];
    if (refund > 0 && !isRefundRow) {
      const left = amountIsNet ? amount : amount - refund;
      if (left <= 0.005) {
        dropped.push({ row, reason: 'refunded', value: String(refund) });
        continue;
      }
      if (!amountIsNet) {
        net = Math.round(left * 100) / 100;
        partialCount++;
        partialTotal += refund;
      }
    }
    if (isRefundRow) {
      refundCount++;
      refundTotal += amount;
      if (input.dropRefunds) {
        dropped.push({ row, reason: 'refund dropped', value: String(amount) });
        continue;
      }
    }
    customer[rowsKept] = k;
    outTime[rowsKept] = ms;
    outDay[rowsKept] = day;
    outAmount[rowsKept] = net;
    outRow[rowsKept] = i;
    if (orderKey) outOrder[rowsKept] = o;
    rowsKept++;
  }
  return {
    customer,
    outTime,
    outDay,
    outAmount,
    outOrder,
    outRow,
    rowsKept,
    dropped,
    refundCount,
    refundTotal,
    partialCount,
    partialTotal,
    lateMax,
  };
}
