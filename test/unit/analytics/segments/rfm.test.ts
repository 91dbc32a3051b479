import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rfm, segmentActions, segmentOf, segmentSummary, SEGMENTS } from '../../../../src/analytics/index';
import { tx } from '../fixtures';

// REF-RFM-01 (analytics spec §7, computed worked example): (R days, F orders, M total) per customer.
const REF_RFM_01: Record<string, [number, number, number]> = {
  A: [5, 12, 1500],
  B: [12, 8, 900],
  C: [30, 3, 300],
  D: [45, 1, 50],
  E: [60, 6, 700],
  F: [90, 2, 120],
  G: [120, 10, 1300],
  H: [200, 1, 80],
  I: [250, 4, 400],
  J: [365, 1, 30],
};
const AS_OF = Date.UTC(2024, 11, 31);

/** Transactions that give each customer exactly its R, F and M: F orders on distinct days, the last R days before asOf. */
function refTransactions() {
  const rows: [string, string, number][] = [];
  for (const [id, [r, f, m]] of Object.entries(REF_RFM_01)) {
    for (let k = 0; k < f; k++) rows.push([id, new Date(AS_OF - (r + k * 2) * 86_400_000).toISOString().slice(0, 10), m / f]);
  }
  return tx(rows);
}

const byId = (t: aq.ColumnTable) =>
  Object.fromEntries(t.objects().map((o) => [(o as { customerId: string }).customerId, o as Record<string, unknown>]));

describe('rfm', () => {
  it('reproduces REF-RFM-01 with NTILE scores (ties broken by customer id)', () => {
    const s = byId(rfm(refTransactions(), { asOf: '2024-12-31' }));
    const expected: Record<string, string> = {
      A: '555',
      B: '544',
      C: '433',
      D: '411',
      E: '344',
      F: '322',
      G: '255',
      H: '212',
      I: '133',
      J: '121',
    };
    for (const [id, code] of Object.entries(expected)) assert.equal(s[id].rfm, code, `customer ${id}`);
    assert.deepEqual([s.A.recency, s.A.frequency, s.A.monetary], [5, 12, 1500]);
  });

  it("reproduces REF-RFM-01 with ties: 'min' (J's single order scores F = 1, like D and H)", () => {
    const s = byId(rfm(refTransactions(), { asOf: '2024-12-31', ties: 'min' }));
    const expected: Record<string, string> = {
      A: '555',
      B: '544',
      C: '433',
      D: '411',
      E: '344',
      F: '322',
      G: '255',
      H: '212',
      I: '133',
      J: '111',
    };
    for (const [id, code] of Object.entries(expected)) assert.equal(s[id].rfm, code, `customer ${id}`);
  });

  it('names the REF-RFM-01 segments from the R×F grid', () => {
    const s = byId(rfm(refTransactions(), { asOf: '2024-12-31' }));
    const expected: Record<string, string> = {
      A: 'Champions',
      B: 'Champions',
      C: 'Potential Loyalists',
      D: 'Promising',
      E: 'Loyal Customers',
      F: 'About to Sleep',
      G: "Can't Lose Them",
      H: 'Hibernating',
      I: 'At Risk',
      J: 'Hibernating',
    };
    for (const [id, seg] of Object.entries(expected)) assert.equal(s[id].segment, seg, `customer ${id}`);
  });

  it('puts RF 11 in Lost by our convention, or in Hibernating with lost: false', () => {
    const s = byId(rfm(refTransactions(), { asOf: '2024-12-31', ties: 'min' }));
    assert.equal(s.J.segment, 'Lost');
    assert.equal(byId(rfm(refTransactions(), { asOf: '2024-12-31', ties: 'min', lost: false })).J.segment, 'Hibernating');
  });

  it('names segments in Simplified Chinese on request, and summarises them in the grid’s order', () => {
    const s = byId(rfm(refTransactions(), { asOf: '2024-12-31', language: 'zh-cn' }));
    assert.deepEqual([s.A.segment, s.G.segment, s.I.segment], ['冠军客户', '不能失去的客户', '流失风险']);
    assert.equal(
      (segmentSummary(rfm(refTransactions(), { asOf: '2024-12-31', language: 'zh-cn' })).objects()[0] as { segment: string }).segment,
      '冠军客户',
    );
    assert.equal((segmentActions('zh-cn').objects()[0] as { segment: string }).segment, '冠军客户');
  });

  it('counts same-day orders as one purchase day and ignores orders after asOf', () => {
    const s = byId(
      rfm(
        tx([
          ['x', '2024-01-01', 10],
          ['x', '2024-01-01', 5],
          ['x', '2024-01-03', 1],
          ['x', '2024-02-01', 99],
        ]),
        { asOf: '2024-01-10' },
      ),
    );
    assert.deepEqual([s.x.frequency, s.x.monetary, s.x.recency], [2, 16, 7]);
  });

  it('uses the mean per purchase day with monetary: mean', () => {
    const s = byId(
      rfm(
        tx([
          ['x', '2024-01-01', 10],
          ['x', '2024-01-02', 30],
        ]),
        { monetary: 'mean' },
      ),
    );
    assert.equal(s.x.monetary, 20);
    assert.equal(s.x.revenue, 40);
  });

  it('shows revenue only when it differs from monetary (#12)', () => {
    const orders = tx([
      ['x', '2024-01-01', 30],
      ['x', '2024-02-01', 10],
      ['y', '2024-01-15', 5],
    ]);
    assert.deepEqual(rfm(orders).columnNames(), ['customerId', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'rfm', 'segment']);
    const mean = rfm(orders, { monetary: 'mean' });
    assert.deepEqual(mean.columnNames().slice(1, 5), ['recency', 'frequency', 'monetary', 'revenue']);
    assert.deepEqual([mean.get('monetary', 0), mean.get('revenue', 0)], [20, 40], 'x: 40 over 2 purchase days');
    // segmentSummary reads revenue from either shape: REF by hand, x 40 + y 5.
    for (const t of [rfm(orders), mean]) {
      const sum = (segmentSummary(t).objects() as { revenue: number }[]).reduce((a, r) => a + r.revenue, 0);
      assert.equal(sum, 45);
    }
  });

  it('gives NTILE bin sizes 2,2,1,1,1 for 7 customers in 5 bins (spec §7)', () => {
    const rows: [string, string, number][] = Array.from({ length: 7 }, (_, i) => [`c${i}`, '2024-01-01', i + 1]);
    const m = rfm(tx(rows)).array('m') as number[];
    const sizes = [1, 2, 3, 4, 5].map((b) => Array.from(m).filter((x) => x === b).length);
    assert.deepEqual(sizes, [2, 2, 1, 1, 1]);
  });

  it('keeps every score within 1..bins and every customer once, for any number of bins', () => {
    const rows: [string, string, number][] = [];
    for (let i = 0; i < 137; i++) for (let k = 0; k <= i % 6; k++) rows.push([`c${i}`, `2024-0${1 + (k % 9)}-1${i % 10}`, (i * 37) % 101]);
    for (const bins of [2, 3, 4, 5, 7, 10]) {
      const t = rfm(tx(rows), { bins });
      assert.equal(t.numRows(), 137);
      for (const col of ['r', 'f', 'm'])
        for (const v of t.array(col) as number[]) assert.ok(v >= 1 && v <= bins, `${col}=${v} with ${bins} bins`);
    }
  });

  it('scores a single customer and all-tied customers without failing', () => {
    assert.equal(rfm(tx([['only', '2024-01-01', 5]])).numRows(), 1);
    const tied = rfm(tx(Array.from({ length: 10 }, (_, i): [string, string, number] => [`c${i}`, '2024-01-01', 5])), { ties: 'min' });
    assert.deepEqual(new Set(tied.array('f') as number[]), new Set([1]));
  });

  it('explains what is missing when given raw rows', () => {
    assert.throws(
      () => rfm(aq.table({ id: [1], total: [2] })),
      /rfm: missing columns "customerId", "orderDate", "amount"; found "id", "total"\. Run crm\.prepareTransactions/,
    );
    assert.throws(() => rfm(refTransactions(), { bins: 1 }), /rfm: bins must be an integer from 2 to 10/);
    assert.throws(() => rfm(refTransactions(), { bogus: 1 } as never), /rfm: unknown option "bogus"/);
  });
});

describe('the R×F segment grid', () => {
  it('maps all 25 cells to exactly the segments of spec §7 map (a)', () => {
    const grid: Record<number, string[]> = {
      5: ['New Customers', 'Potential Loyalists', 'Potential Loyalists', 'Champions', 'Champions'],
      4: ['Promising', 'Potential Loyalists', 'Potential Loyalists', 'Loyal Customers', 'Loyal Customers'],
      3: ['About to Sleep', 'About to Sleep', 'Need Attention', 'Loyal Customers', 'Loyal Customers'],
      2: ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose Them"],
      1: ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose Them"],
    };
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) assert.equal(segmentOf(r, f, false), grid[r][f - 1], `R${r} F${f}`);
    assert.equal(segmentOf(1, 1), 'Lost');
  });

  it('recommends an action for every segment', () => {
    const actions = segmentActions().objects() as { segment: string; action: string }[];
    assert.deepEqual(
      actions.map((a) => a.segment),
      [...SEGMENTS],
    );
    assert.match(actions.find((a) => a.segment === 'At Risk')!.action, /[Ww]in-back/);
  });
});

describe('segmentSummary', () => {
  it('adds up to all customers and all revenue, with shares summing to 1', () => {
    const scores = rfm(refTransactions(), { asOf: '2024-12-31' });
    const sum = segmentSummary(scores).objects() as Record<string, number>[];
    assert.equal(
      sum.reduce((a, r) => a + r.customers, 0),
      10,
    );
    assert.ok(Math.abs(sum.reduce((a, r) => a + r.share, 0) - 1) < 1e-12);
    assert.ok(Math.abs(sum.reduce((a, r) => a + r.revenueShare, 0) - 1) < 1e-12);
    const champions = sum.find((r) => (r as unknown as { segment: string }).segment === 'Champions')!;
    // Independent computation: A (1500) and B (900) are the Champions of REF-RFM-01.
    assert.deepEqual([champions.customers, champions.revenue, champions.meanRecency], [2, 2400, 8.5]);
  });
});
