/** Test data builders shared by the analytics tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as aq from 'arquero';

export const fixturePath = (...p: string[]) => path.resolve('test/fixtures', ...p);

/** The raw CDNOW sample (test/fixtures/cdnow/CDNOW_sample.txt) as transactions keyed on the sample id. */
export function cdnowTransactions(): aq.ColumnTable {
  const ids: string[] = [];
  const dates: Date[] = [];
  const amounts: number[] = [];
  for (const line of readFileSync(fixturePath('cdnow', 'CDNOW_sample.txt'), 'utf8').split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    ids.push(f[1]);
    dates.push(new Date(Date.UTC(+f[2].slice(0, 4), +f[2].slice(4, 6) - 1, +f[2].slice(6, 8))));
    amounts.push(Number(f[4]));
  }
  return aq.table({ customerId: ids, orderDate: dates, amount: amounts });
}

/** Transactions from [customerId, 'YYYY-MM-DD', amount] triples. */
export function tx(rows: [string, string, number][]): aq.ColumnTable {
  return aq.table({
    customerId: rows.map((r) => r[0]),
    orderDate: rows.map((r) => new Date(r[1] + 'T00:00:00Z')),
    amount: rows.map((r) => r[2]),
  });
}

/** Asserts |actual − expected| ≤ tol with a message naming the quantity. */
export function near(actual: number | null | undefined, expected: number, tol: number, what: string): void {
  if (actual === null || actual === undefined || !(Math.abs(actual - expected) <= tol)) {
    throw new Error(`${what}: expected ${expected} ± ${tol}, got ${actual}`);
  }
}

/** Deep-freezes an object so that a test fails if a function mutates its input. */
export function frozen<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.freeze(v);
    for (const k of Object.keys(v)) frozen((v as Record<string, unknown>)[k]);
  }
  return v;
}
