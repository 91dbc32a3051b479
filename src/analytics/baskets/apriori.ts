/**
 * Association rules by Apriori (Agrawal & Srikant 1994; spec §11): which products sell together.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';

export interface AprioriOptions {
  /** Minimum support, a fraction of baskets (inclusive), > 0. */
  minSupport: number;
  /** Minimum confidence of a rule (default 0.5). */
  minConfidence: number;
  /** Largest itemset size (default 4). */
  maxSize: number;
}

export interface AprioriResult {
  /** items (sorted), size, count, support — by size, then items. */
  itemsets: ColumnTable;
  /** antecedent ⇒ consequent with support, confidence, lift, leverage, conviction (∞ when confidence is 1), by confidence then lift. */
  rules: ColumnTable;
  baskets: number;
}

const key = (items: string[]) => items.join('\u0000');

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** Calls `visit` with every size-k subset of the sorted `items`, in order. */
function forEachSubset(items: string[], k: number, visit: (subset: string[]) => void): void {
  const chosen: string[] = [];
  const walk = (from: number) => {
    if (chosen.length === k) {
      visit(chosen);
      return;
    }
    for (let i = from; i <= items.length - (k - chosen.length); i++) {
      chosen.push(items[i]);
      walk(i + 1);
      chosen.pop();
    }
  };
  walk(0);
}

/**
 * Frequent itemsets level by level (candidates from frequent (k−1)-itemsets, pruned by downward
 * closure), then every rule X ⇒ Y from each frequent itemset. Duplicate items in a basket count
 * once. Results are in a deterministic order.
 * @param baskets arrays of item names (see {@link basketsFromLines})
 * @example crm.apriori(baskets, { minSupport: 0.6 }).rules.objects()[0] // → { antecedent: ['Kidney Beans', 'Onion'], consequent: ['Eggs'], confidence: 1, lift: 1.25, … } (REF-AR-02)
 */
export function apriori(baskets: string[][], options: Partial<AprioriOptions> & { minSupport: number }): AprioriResult {
  const fn = 'apriori';
  const opts = resolveOptions(fn, { minSupport: 0, minConfidence: 0.5, maxSize: 4 }, options);
  if (!Array.isArray(baskets)) throw analyticsError(fn, 'expects an array of baskets (arrays of item names)');
  if (!(opts.minSupport > 0 && opts.minSupport <= 1))
    throw analyticsError(fn, `minSupport must be a fraction in (0, 1], not ${opts.minSupport} (0 would list every combination)`);
  const sets = baskets.map((b, i) => {
    if (!Array.isArray(b)) throw analyticsError(fn, `basket ${i + 1} is not an array of items`);
    return [...new Set(b.map(String))].sort();
  });
  const N = sets.length;
  const counts = new Map<string, number>();
  const minCount = opts.minSupport * N - 1e-9;
  // Level 1.
  for (const s of sets) for (const item of s) counts.set(item, (counts.get(item) ?? 0) + 1);
  let level = [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .map(([item]) => [item])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const frequent = new Map<string, { items: string[]; count: number }>(
    level.map((it) => [key(it), { items: it, count: counts.get(it[0])! }]),
  );
  for (let size = 2; size <= opts.maxSize && level.length > 1; size++) {
    const candidates: string[][] = [];
    for (let i = 0; i < level.length; i++) {
      for (let j = i + 1; j < level.length; j++) {
        const a = level[i];
        const b = level[j];
        if (a.slice(0, -1).join('\u0000') !== b.slice(0, -1).join('\u0000')) continue;
        const cand = [...a, b[b.length - 1]].sort();
        // Downward closure: every (k−1)-subset must be frequent.
        if (cand.every((_, k) => frequent.has(key(cand.filter((__, m) => m !== k))))) candidates.push(cand);
      }
    }
    const cc = new Map<string, number>(candidates.map((c) => [key(c), 0]));
    const inLevel = new Set(level.flat());
    for (const s of sets) {
      // Only items of frequent (size−1)-sets can be in a candidate. A small basket enumerates its
      // own size-k subsets and looks them up; a large one checks each candidate instead.
      const items = s.filter((x) => inLevel.has(x));
      if (items.length < size) continue;
      if (binomial(items.length, size) <= candidates.length) {
        forEachSubset(items, size, (sub) => {
          const k = key(sub);
          const c = cc.get(k);
          if (c !== undefined) cc.set(k, c + 1);
        });
      } else {
        const set = new Set(items);
        for (const c of candidates) if (c.every((x) => set.has(x))) cc.set(key(c), cc.get(key(c))! + 1);
      }
    }
    level = candidates.filter((c) => cc.get(key(c))! >= minCount).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    for (const c of level) frequent.set(key(c), { items: c, count: cc.get(key(c))! });
  }
  const itemsets = [...frequent.values()].sort((a, b) => a.items.length - b.items.length || (key(a.items) < key(b.items) ? -1 : 1));
  const support = (items: string[]) => frequent.get(key(items))!.count / N;
  const rules: Record<string, unknown>[] = [];
  for (const { items } of itemsets) {
    if (items.length < 2) continue;
    const sI = support(items);
    for (let mask = 1; mask < (1 << items.length) - 1; mask++) {
      const x = items.filter((_, k) => mask & (1 << k));
      const y = items.filter((_, k) => !(mask & (1 << k)));
      const confidence = sI / support(x);
      if (confidence < opts.minConfidence - 1e-12) continue;
      const sY = support(y);
      rules.push({
        antecedent: x,
        consequent: y,
        support: sI,
        confidence,
        lift: confidence / sY,
        leverage: sI - support(x) * sY,
        conviction: confidence >= 1 - 1e-12 ? Infinity : (1 - sY) / (1 - confidence),
      });
    }
  }
  rules.sort(
    (a, b) =>
      (b.confidence as number) - (a.confidence as number) ||
      (b.lift as number) - (a.lift as number) ||
      (key(a.antecedent as string[]) < key(b.antecedent as string[]) ? -1 : 1),
  );
  return {
    itemsets: aq.from(itemsets.map((s) => ({ items: s.items, size: s.items.length, count: s.count, support: s.count / N }))),
    rules: aq.from(rules),
    baskets: N,
  };
}

/**
 * Baskets from order lines: the items of each order.
 * @example crm.basketsFromLines(await load('order_lines.csv'), { orderColumn: 'order_id', itemColumn: 'product' })
 */
export function basketsFromLines(orderLines: TableInput, options: { orderColumn: string; itemColumn: string }): string[][] {
  const fn = 'basketsFromLines';
  const t = asTable(fn, orderLines, 'order lines');
  const orders = columnValues(fn, t, options?.orderColumn);
  const items = columnValues(fn, t, options?.itemColumn);
  const byOrder = new Map<string, string[]>();
  orders.forEach((o, i) => {
    if (o === null || o === undefined || items[i] === null || items[i] === undefined || items[i] === '') return;
    const k = String(o);
    (byOrder.get(k) ?? byOrder.set(k, []).get(k)!).push(String(items[i]));
  });
  return [...byOrder.values()];
}
