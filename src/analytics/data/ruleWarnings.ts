/**
 * The warning sentences of the order rules: what was excluded and why, and how to change it.
 */
import type { DroppedRow } from './dataQualityReport';
import { unknownValues } from './orderRules';
import { dropReasonText } from './dropReasonText';
import type { Language } from '../segments/index';

const STATUS_REASONS = new Set(['refunded', 'cancelled', 'awaiting payment', 'voided', 'failed', 'closed', 'excluded status']);

export interface WarningInput {
  dropped: DroppedRow[];
  statusColumn: string | undefined;
  lineItems: boolean;
  merged: number;
  orderColumn: string | undefined;
  currencies: { names: string[]; counts: number[]; chosen: number } | undefined;
  late: { reason: 'after asOf' | 'future date'; latest: number } | undefined;
  partial: { count: number; total: number };
  /** The language of the sentences (default 'en'). */
  language?: Language;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One sentence per topic: merged line items, exclusions by status, unknown statuses, currencies, late dates, partial refunds. */
export function ruleWarnings(input: WarningInput): string[] {
  if (input.language === 'zh-cn') return ruleWarningsZh(input);
  const { dropped, statusColumn, lineItems, merged, orderColumn, currencies, late, partial } = input;
  const out: string[] = [];
  const unit = lineItems ? 'order' : 'row';
  if (merged > 0) {
    out.push(
      `${plural(merged, 'line-item row')} merged into their orders (grouped by "${orderColumn}"); exclusions below count orders, not rows`,
    );
  }
  const byReason = new Map<string, number>();
  for (const d of dropped) if (STATUS_REASONS.has(d.reason)) byReason.set(d.reason, (byReason.get(d.reason) ?? 0) + 1);
  if (byReason.size > 0) {
    const total = [...byReason.values()].reduce((a, b) => a + b, 0);
    const list = [...byReason.entries()].map(([r, n]) => `${r} ${n}`).join(', ');
    const where = statusColumn ? ` (status column "${statusColumn}")` : '';
    out.push(
      `${plural(total, unit)} not counted as paid revenue${where}: ${list}; pass { statuses: { include: [...] } } to count a status`,
    );
  }
  for (const [value, n] of unknownValues(dropped)) {
    out.push(
      `${plural(n, unit)} with the unknown status "${value}" not counted; pass { statuses: { include: ['${value}'] } } to count them ` +
        `or { statuses: { exclude: ['${value}'] } } to exclude them without this warning`,
    );
  }
  const mixed = mixedCurrencies(currencies);
  if (mixed) {
    const list = mixed.counts.map(([name, n]) => `${name} ${n}`).join(', ');
    out.push(
      `several currencies in one file (${list}): figures are in ${mixed.kept} only, ${plural(mixed.excluded, unit)} in other currencies excluded; ` +
        `pass { currency: '${mixed.other}' } to use another`,
    );
  }
  if (late) {
    const n = dropped.filter((d) => d.reason === late.reason).length;
    const when = late.reason === 'after asOf' ? 'after asOf' : 'after today';
    out.push(
      `${plural(n, unit)} dated ${when} (latest ${new Date(late.latest).toISOString().slice(0, 10)}) excluded and not used as the reference date`,
    );
  }
  if (partial.count > 0) {
    out.push(
      `${plural(partial.count, 'order')} partially refunded: ${Math.round(partial.total * 100) / 100} subtracted from their amounts`,
    );
  }
  return out;
}

/** The same sentences in Simplified Chinese (status names through the drop-reason catalogue). */
function ruleWarningsZh({ dropped, statusColumn, lineItems, merged, orderColumn, currencies, late, partial }: WarningInput): string[] {
  const out: string[] = [];
  const unit = lineItems ? '笔订单' : '行';
  if (merged > 0) out.push(`${merged} 行订单明细已按 "${orderColumn}" 合并到所属订单；下面的排除数按订单计，而不是按行`);
  const byReason = new Map<string, number>();
  for (const d of dropped) if (STATUS_REASONS.has(d.reason)) byReason.set(d.reason, (byReason.get(d.reason) ?? 0) + 1);
  if (byReason.size > 0) {
    const total = [...byReason.values()].reduce((a, b) => a + b, 0);
    const list = [...byReason.entries()].map(([r, n]) => `${dropReasonText(r, 'zh-cn')} ${n}`).join('，');
    const where = statusColumn ? `（状态列 "${statusColumn}"）` : '';
    out.push(`${total} ${unit}未计入已付款收入${where}：${list}；如需计入某个状态，请传入 { statuses: { include: [...] } }`);
  }
  for (const [value, n] of unknownValues(dropped)) {
    out.push(
      `${n} ${unit}的状态 "${value}" 无法识别，未计入；传入 { statuses: { include: ['${value}'] } } 以计入，` +
        `或传入 { statuses: { exclude: ['${value}'] } } 以排除且不再提示`,
    );
  }
  const mixed = mixedCurrencies(currencies);
  if (mixed) {
    const list = mixed.counts.map(([name, n]) => `${name} ${n}`).join('，');
    out.push(
      `文件中有多种币种（${list}）：数字只按 ${mixed.kept} 计算，其他币种的 ${mixed.excluded} ${unit}已排除；传入 { currency: '${mixed.other}' } 改用其他币种`,
    );
  }
  if (late) {
    const n = dropped.filter((d) => d.reason === late.reason).length;
    const when = late.reason === 'after asOf' ? '晚于截止日期（asOf）' : '晚于今天';
    out.push(`${n} ${unit}的日期${when}（最晚 ${new Date(late.latest).toISOString().slice(0, 10)}），已排除，也不作为参考日期`);
  }
  if (partial.count > 0) out.push(`${partial.count} 笔订单部分退款：已从金额中扣除 ${Math.round(partial.total * 100) / 100}`);
  return out;
}

/** The currency kept, the rows in the others and the first other one, when a file mixes currencies. */
function mixedCurrencies(currencies: WarningInput['currencies']) {
  if (!currencies || currencies.chosen < 0) return undefined;
  const counts = currencies.names.map((name, j) => [name, currencies.counts[j]] as const);
  const others = counts.filter(([, n], j) => j !== currencies.chosen && n > 0);
  if (others.length === 0) return undefined;
  return { kept: currencies.names[currencies.chosen], counts, excluded: others.reduce((a, [, n]) => a + n, 0), other: others[0][0] };
}
