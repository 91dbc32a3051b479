import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { BgNbdModel, customerCard, prepareTransactions, rfm } from '../../../../src/analytics/index';

const HOSTILE = '<img src=x onerror=alert(1)>';
// Three customers; the latest order (C, 2024-03-25) is the default asOf.
//   A: 2024-01-10 100, 2024-02-15 50, 2024-03-20 150 → 3 orders, revenue 300, average 100, 5 days since the last order
//   B: 2024-02-01 40
//   C: 2024-03-01 80, 2024-03-25 20
const raw = aq.table({
  orderId: ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'],
  customerId: ['A', 'A', 'A', 'B', 'C', 'C'],
  orderDate: ['2024-01-10', '2024-02-15', '2024-03-20', '2024-02-01', '2024-03-01', '2024-03-25'],
  amount: [100, 50, 150, 40, 80, 20],
  email: ['ann@example.com', 'ann@example.com', 'ann@example.com', 'bob@example.com', 'cy@example.com', 'cy@example.com'],
  'Billing Name': ['Ann Lee', 'Ann Lee', 'Ann Lee', HOSTILE, 'Cy', 'Cy'],
});
const tx = prepareTransactions(raw);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('customerCard: one customer at a glance', () => {
  it('adds up the customer’s orders by hand: 3 orders, revenue 300, average 100, 5 days since the last', () => {
    const card = customerCard(tx, 'A');
    assert.deepEqual(card.figures, {
      asOf: day('2024-03-25'),
      orders: 3,
      revenue: 300,
      averageOrder: 100,
      firstOrder: day('2024-01-10'),
      lastOrder: day('2024-03-20'),
      daysSinceLastOrder: 5,
    });
    assert.deepEqual(card.orders.array('amount'), [100, 50, 150]);
    assert.ok(!card.orders.columnNames().includes('customerId'));
  });

  it('takes the contact details from tx.customers', () => {
    const card = customerCard(tx, 'B');
    assert.equal(card.contact?.email, 'bob@example.com');
    assert.equal(card.contact?.name, HOSTILE);
  });

  it('leaves out orders after asOf', () => {
    const f = customerCard(tx, 'A', { asOf: '2024-02-29' }).figures;
    // Only 2024-01-10 (100) and 2024-02-15 (50); 2024-02-29 − 2024-02-15 = 14 days.
    assert.deepEqual([f.orders, f.revenue, f.daysSinceLastOrder], [2, 150, 14]);
  });

  it('gives the segment at the end of each of the last months, none before the first order', () => {
    const h = customerCard(tx, 'C', { months: 3 }).segmentHistory.objects() as { asOf: Date; segment: string | null }[];
    // Month ends January and February 2024, then asOf itself; C's first order is 2024-03-01.
    assert.deepEqual(
      h.map((r) => r.asOf),
      [day('2024-01-31'), day('2024-02-29'), day('2024-03-25')],
    );
    assert.deepEqual([h[0].segment, h[1].segment], [null, null]);
    // The last point is crm.rfm's segment for C over every customer's orders up to asOf.
    const scores = rfm(tx, { asOf: '2024-03-25' }).objects() as { customerId: string; segment: string }[];
    assert.equal(h[2].segment, scores.find((s) => s.customerId === 'C')?.segment);
    // A at 2024-01-31 is the only customer so far: scored, so it has a segment.
    const a = customerCard(tx, 'A', { months: 3 }).segmentHistory.objects() as { segment: string | null }[];
    assert.equal(typeof a[0].segment, 'string');
  });

  it('joins the customer’s survey answers on respondentId and the CLV and P(alive) of the models', () => {
    const responses = aq.table({
      respondentId: ['A', 'B', 'A'],
      score: [9, 3, 10],
      date: [day('2024-02-20'), day('2024-02-05'), day('2024-03-21')],
      comment: ['Fast delivery', 'Late', ''],
    });
    const clv = aq.table({ customerId: ['A', 'B', 'C'], clv: [612.4, 35, 90] });
    const model = new BgNbdModel({ params: { r: 1, alpha: 10, a: 1, b: 2 } });
    const card = customerCard(tx, 'A', { responses, clv, bgnbd: model });
    assert.deepEqual(card.answers?.array('score'), [9, 10]);
    assert.deepEqual(card.answers?.array('comment'), ['Fast delivery', '']);
    // A: x = 2 repeat purchase days, t_x = 70 days (01-10 → 03-20), T = 75 days (01-10 → 03-25).
    // P(alive) = 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)) (Fader, Hardie & Lee 2005, eq. 13)
    //          = 1 / (1 + 1/3 · (85/80)^3) = 1 / 1.399820963… = 0.71437…
    const expected = 1 / (1 + (1 / 3) * (85 / 80) ** 3);
    assert.ok(Math.abs((card.model?.probabilityAlive ?? 0) - expected) < 1e-9, String(card.model?.probabilityAlive));
    assert.equal(card.model?.clv, 612.4);
    assert.equal(card.model?.horizon, 90);
    assert.ok((card.model?.expectedPurchases ?? 0) > 0);
  });

  it('names the function and lists a few ids for an unknown customer', () => {
    assert.throws(() => customerCard(tx, 'Z'), /customerCard.*no customer "Z".*A, B, C/);
    assert.throws(() => customerCard(tx, 'A', { months: 0 }), /customerCard.*months must be a whole number/);
  });
});
