import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { apriori, basketsFromLines } from '../../../../src/analytics/index';
import { near } from '../fixtures';
import { seededRandom } from '../../../../src/analytics/numerics/rng';

// REF-AR-01: Han & Kamber's "AllElectronics" transactions (Agrawal & Srikant's Apriori).
const ALL_ELECTRONICS = [
  ['I1', 'I2', 'I5'],
  ['I2', 'I4'],
  ['I2', 'I3'],
  ['I1', 'I2', 'I4'],
  ['I1', 'I3'],
  ['I2', 'I3'],
  ['I1', 'I3'],
  ['I1', 'I2', 'I3', 'I5'],
  ['I1', 'I2', 'I3'],
];
// REF-AR-02: the mlxtend user-guide baskets (note 'Onion' twice in one basket).
const MLXTEND = [
  ['Milk', 'Onion', 'Nutmeg', 'Kidney Beans', 'Eggs', 'Yogurt'],
  ['Dill', 'Onion', 'Nutmeg', 'Kidney Beans', 'Eggs', 'Yogurt'],
  ['Milk', 'Apple', 'Kidney Beans', 'Eggs'],
  ['Milk', 'Unicorn', 'Corn', 'Kidney Beans', 'Yogurt'],
  ['Corn', 'Onion', 'Onion', 'Kidney Beans', 'Ice cream', 'Eggs'],
];
type Set_ = { items: string[]; count: number; support: number };
type Rule = {
  antecedent: string[];
  consequent: string[];
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  conviction: number;
};

describe('apriori', () => {
  it('reproduces REF-AR-01: L1, L2 and L3 counts at min support 2/9', () => {
    const r = apriori(ALL_ELECTRONICS, { minSupport: 2 / 9, minConfidence: 0 });
    const sets = (r.itemsets.objects() as Set_[]).map((s) => `${s.items.join(',')}:${s.count}`);
    assert.deepEqual(sets, [
      'I1:6',
      'I2:7',
      'I3:6',
      'I4:2',
      'I5:2',
      'I1,I2:4',
      'I1,I3:4',
      'I1,I5:2',
      'I2,I3:4',
      'I2,I4:2',
      'I2,I5:2',
      'I1,I2,I3:2',
      'I1,I2,I5:2',
    ]);
  });

  it('reproduces the REF-AR-01 rules of {I1, I2, I5} with their confidences and lifts', () => {
    const rules = (apriori(ALL_ELECTRONICS, { minSupport: 2 / 9, minConfidence: 0 }).rules.objects() as Rule[]).filter(
      (r) => [...r.antecedent, ...r.consequent].sort().join() === 'I1,I2,I5',
    );
    const got = Object.fromEntries(rules.map((r) => [`${r.antecedent.join(',')}=>${r.consequent.join(',')}`, [r.confidence, r.lift]]));
    const expected: Record<string, [number, number]> = {
      'I1,I5=>I2': [1, 1.285714],
      'I2,I5=>I1': [1, 1.5],
      'I5=>I1,I2': [1, 2.25],
      'I1,I2=>I5': [0.5, 2.25],
      'I1=>I2,I5': [1 / 3, 1.5],
      'I2=>I1,I5': [2 / 7, 1.285714],
    };
    for (const [k, [c, l]] of Object.entries(expected)) {
      near(got[k][0], c, 1e-9, `${k} confidence`);
      near(got[k][1], l, 1e-6, `${k} lift`);
    }
    const strong = (apriori(ALL_ELECTRONICS, { minSupport: 2 / 9, minConfidence: 0.7 }).rules.objects() as Rule[]).filter(
      (r) => [...r.antecedent, ...r.consequent].sort().join() === 'I1,I2,I5',
    );
    assert.equal(strong.length, 3);
  });

  it('reproduces REF-AR-02 (mlxtend guide): frequent itemsets at support 0.6 and {Kidney Beans, Onion} ⇒ {Eggs}', () => {
    const r = apriori(MLXTEND, { minSupport: 0.6, minConfidence: 0.7 });
    const sets = (r.itemsets.objects() as Set_[]).map((s) => `${s.items.join(',')}:${s.support}`);
    assert.deepEqual(sets, [
      'Eggs:0.8',
      'Kidney Beans:1',
      'Milk:0.6',
      'Onion:0.6',
      'Yogurt:0.6',
      'Eggs,Kidney Beans:0.8',
      'Eggs,Onion:0.6',
      'Kidney Beans,Milk:0.6',
      'Kidney Beans,Onion:0.6',
      'Kidney Beans,Yogurt:0.6',
      'Eggs,Kidney Beans,Onion:0.6',
    ]);
    const rules = r.rules.objects() as Rule[];
    const find = (a: string, c: string) => rules.find((x) => x.antecedent.join(',') === a && x.consequent.join(',') === c)!;
    const kbOnion = find('Kidney Beans,Onion', 'Eggs');
    assert.deepEqual([kbOnion.support, kbOnion.confidence], [0.6, 1]);
    near(kbOnion.lift, 1.25, 1e-9, 'lift');
    near(kbOnion.leverage, 0.12, 1e-9, 'leverage');
    assert.equal(kbOnion.conviction, Infinity);
    const eggsOnion = find('Eggs', 'Onion');
    near(eggsOnion.confidence, 0.75, 1e-9, 'confidence');
    near(eggsOnion.conviction, 1.6, 1e-9, 'conviction');
    assert.deepEqual([find('Eggs', 'Kidney Beans').confidence, find('Eggs', 'Kidney Beans').lift], [1, 1]);
  });

  it('returns the same order every time and refuses minSupport 0', () => {
    assert.deepEqual(
      apriori(MLXTEND, { minSupport: 0.4 }).rules.objects(),
      apriori([...MLXTEND].reverse(), { minSupport: 0.4 }).rules.objects(),
    );
    assert.throws(() => apriori(MLXTEND, { minSupport: 0 }), /minSupport must be a fraction in \(0, 1\]/);
  });

  it('builds baskets from order lines', () => {
    const lines = aq.table({ order: ['a', 'a', 'b', 'a'], item: ['x', 'y', 'x', 'x'] });
    assert.deepEqual(basketsFromLines(lines, { orderColumn: 'order', itemColumn: 'item' }), [['x', 'y', 'x'], ['x']]);
  });
});

describe('apriori on larger data', () => {
  it('counts every frequent itemset exactly as a brute-force count over all baskets does (small and large baskets)', () => {
    const rand = seededRandom(21);
    // Four common items, twelve rare ones, and every 50th basket with nearly everything: at size 3
    // the big baskets have more subsets than there are candidates, so both counting paths run.
    const items = Array.from({ length: 16 }, (_, i) => `I${String(i).padStart(2, '0')}`);
    const baskets = Array.from({ length: 400 }, (_, b) => items.filter((_, i) => rand() < (b % 50 === 0 ? 0.95 : i < 4 ? 0.5 : 0.1)));
    const r = apriori(baskets, { minSupport: 0.05, minConfidence: 0.9, maxSize: 3 });
    for (const s of r.itemsets.objects() as { items: string[]; count: number }[]) {
      const brute = baskets.filter((b) => s.items.every((i) => b.includes(i))).length;
      assert.equal(s.count, brute, s.items.join('+'));
    }
    assert.ok((r.itemsets.objects() as { size: number }[]).filter((s) => s.size === 3).length > 5);
  });
});
