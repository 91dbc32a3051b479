/**
 * The warning sentences of the order rules: what was excluded and why, and how to change it.
 */
import type { DroppedRow } from './dataQualityReport';
import { unknownValues } from './orderRules';

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
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One sentence per topic: merged line items, exclusions by status, unknown statuses, currencies, late dates, partial refunds. */
export function ruleWarnings({ dropped, statusColumn, lineItems, merged, orderColumn, currencies, late, partial }: WarningInput): string[] {
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
  if (currencies && currencies.chosen >= 0) {
    const others = currencies.names
      .map((name, j) => [name, currencies.counts[j]] as const)
      .filter(([, n], j) => j !== currencies.chosen && n > 0);
    if (others.length > 0) {
      const kept = currencies.names[currencies.chosen];
      const list = currencies.names.map((name, j) => `${name} ${currencies.counts[j]}`).join(', ');
      out.push(
        `several currencies in one file (${list}): figures are in ${kept} only, ${plural(
          others.reduce((a, [, n]) => a + n, 0),
          unit,
        )} in other currencies excluded; ` + `pass { currency: '${others[0][0]}' } to use another`,
      );
    }
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
