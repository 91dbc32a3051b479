import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { actionList, rfm } from '../../../../src/analytics/index';
import { tx } from '../fixtures';

const asOf = '2024-12-31';
const daysBefore = (n: number) => new Date(Date.UTC(2024, 11, 31 - n)).toISOString().slice(0, 10);
const every = (id: string, count: number, gap: number, lastAgo: number, amount: number): [string, string, number][] =>
  Array.from({ length: count }, (_, k) => [id, daysBefore(lastAgo + k * gap), amount]);

// Hand-made shop, as of 2024-12-31:
// A: champion, 6 orders every 21 days, last 62 days ago, 200 each → lapsed (62 > 2 × 21 and ≥ 30).
// B: loyal, 4 orders every 30 days, last 100 days ago, 20 each → lapsed (100 > 2 × 30).
// C: one order 5 days ago, survey score 3 → detractor.
// D: one order 34 days ago → new customer without a second order (30 ≤ 34 ≤ 90).
// E: one order 120 days ago → none (older than 90 days: not new any more).
// F: 8 orders every 7 days, last 3 days ago → none (active).
// G, H: two orders; G has high predicted value and P(alive) 0.3 → fading; H P(alive) 0.9 → none.
const orders = tx([
  ...every('A', 6, 21, 62, 200),
  ...every('B', 4, 30, 100, 20),
  ['C', daysBefore(5), 80],
  ['D', daysBefore(34), 40],
  ['E', daysBefore(120), 15],
  ...every('F', 8, 7, 3, 150),
  ...every('G', 2, 10, 20, 60),
  ...every('H', 2, 10, 25, 60),
]);
const responses = aq.table({
  respondentId: ['C', 'F', 'C'],
  date: [new Date('2024-06-01'), new Date('2024-12-01'), new Date('2024-12-28')],
  score: [9, 2, 3],
});
const clv = aq.table({ customerId: ['G', 'H', 'A', 'F', 'B'], clv: [900, 950, 100, 50, 10], probabilityAlive: [0.3, 0.9, 0.8, 0.95, 0.7] });
const row = (t: aq.ColumnTable, id: string) => (t.objects() as Record<string, unknown>[]).find((r) => r.customerId === id);

describe('actionList, rule by rule', () => {
  it('the fixture has the scores the rules read: A is a champion (F, M ≥ 4), B loyal (F ≥ 3, M < 4)', () => {
    const s = rfm(orders, { asOf });
    const get = (id: string) => s.objects().find((r) => (r as { customerId: string }).customerId === id) as { f: number; m: number };
    assert.ok(get('A').f >= 4 && get('A').m >= 4);
    assert.ok(get('B').f >= 3 && get('B').m < 4);
  });

  it('lapsed: a champion and a loyal customer past twice their usual gap, with the gap in words', () => {
    const t = actionList(orders, { asOf, rules: ['lapsed'] });
    assert.deepEqual(t.array('customerId'), ['A', 'B']);
    assert.equal(row(t, 'A')!.reason, 'Champion who has not ordered for 62 days (usually every 21)');
    assert.equal(row(t, 'B')!.reason, 'Loyal customer who has not ordered for 100 days (usually every 30)');
    // A year at A's pace: 200 a purchase day × 365 / 21 = 3476.19.
    assert.equal(row(t, 'A')!.valueAtRisk, 3476.19);
    assert.match(String(row(t, 'A')!.action), /^Reach out personally/); // Can't Lose Them
    assert.match(String(row(t, 'B')!.action), /^Win-back campaign/); // At Risk
    assert.equal((row(t, 'A')!.dueBy as Date).toISOString().slice(0, 10), '2025-01-07');
  });

  it('lapsed respects its thresholds: with lapseFactor 3, A (62 ≤ 3 × 21) is not flagged; with lapseMaxDays 90, B is not', () => {
    assert.deepEqual(actionList(orders, { asOf, rules: ['lapsed'], lapseFactor: 3 }).array('customerId'), ['B']);
    assert.deepEqual(actionList(orders, { asOf, rules: ['lapsed'], lapseMaxDays: 90 }).array('customerId'), ['A']); // B lapsed 100 days ago
  });

  it('detractor: the latest answer (C: 3, not the earlier 9) with an order in the last 14 days (C 5 days ago, F 3)', () => {
    const t = actionList(orders, { asOf, rules: ['detractor'], responses });
    assert.deepEqual(t.array('customerId').sort(), ['C', 'F']);
    assert.equal(row(t, 'C')!.reason, 'Detractor (score 3) with an order 5 days ago');
    assert.equal((row(t, 'C')!.dueBy as Date).toISOString().slice(0, 10), '2025-01-02');
    assert.match(String(row(t, 'C')!.action), /^Contact them personally/);
    assert.deepEqual(actionList(orders, { asOf, rules: ['detractor'], responses, detractorOrderDays: 4 }).array('customerId'), ['F']);
  });

  it('fading: in the top share of predicted value with P(alive) below 0.5; valueAtRisk is the CLV', () => {
    // The top 20% of 5 customers is H alone (950, alive); G (900) is second, in the top 40%.
    assert.deepEqual(actionList(orders, { asOf, rules: ['fading'], clv }).array('customerId'), []);
    const t = actionList(orders, { asOf, rules: ['fading'], clv, highValueShare: 0.4 });
    assert.deepEqual(t.array('customerId'), ['G']);
    assert.equal(row(t, 'G')!.reason, 'High predicted value (900), P(alive) fell below 0.5 (0.30)');
    assert.equal(row(t, 'G')!.valueAtRisk, 900);
  });

  it('new: one purchase 30–90 days ago, not older and not younger', () => {
    const t = actionList(orders, { asOf, rules: ['new'] });
    assert.deepEqual(t.array('customerId'), ['D']);
    assert.equal(row(t, 'D')!.reason, 'New customer: second order not yet placed after 34 days');
    assert.equal(row(t, 'D')!.valueAtRisk, 40);
  });

  it('all rules: one row per customer, the first rule that fires, most valuable first, contacts joined', () => {
    const contacts = aq.table({ customerId: ['A', 'D'], name: ['Ann Lee', '李雷'], email: ['ann@x.org', 'li@x.org'] });
    const t = actionList(orders, { asOf, responses, clv, contacts, highValueShare: 0.4 });
    assert.deepEqual(t.columnNames(), [
      'customerId',
      'name',
      'email',
      'segment',
      'rule',
      'reason',
      'action',
      'valueAtRisk',
      'dueBy',
      'daysSinceLastOrder',
    ]);
    assert.deepEqual(t.array('customerId'), ['G', 'A', 'C', 'F', 'D', 'B']);
    assert.equal(row(t, 'F')!.rule, 'detractor');
    assert.equal(row(t, 'A')!.valueAtRisk, 100); // the CLV when given
    assert.equal(row(t, 'D')!.name, '李雷');
  });

  it('speaks Chinese with language zh-cn', () => {
    const t = actionList(orders, { asOf, rules: ['lapsed'], language: 'zh-cn' });
    assert.equal(row(t, 'A')!.reason, '冠军客户已 62 天未下单（通常每 21 天一次）');
    assert.match(String(row(t, 'A')!.action), /^亲自联系/);
  });

  it('names a bad rule or threshold', () => {
    assert.throws(() => actionList(orders, { rules: ['lapse' as 'lapsed'] }), /^AnalyticsError: actionList: unknown rule "lapse"/);
    assert.throws(() => actionList(orders, { pAliveBelow: 2 }), /pAliveBelow must be in \(0, 1\]/);
  });
});
