import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rfmSummary } from '../../../../src/analytics/index';
import { cdnowTransactions, fixturePath, near, tx } from '../fixtures';

const rows = (t: ReturnType<typeof rfmSummary>) =>
  Object.fromEntries((t.objects() as { customerId: string }[]).map((o) => [o.customerId, o as unknown as Record<string, number>]));

describe('rfmSummary', () => {
  it('reproduces REF-RFMSUM-01 (lifetimes tests/test_utils.py, daily, end 2015-02-07)', () => {
    const s = rows(
      rfmSummary(
        tx([
          ['1', '2015-02-01', 1],
          ['1', '2015-02-06', 1],
          ['2', '2015-01-01', 1],
          ['3', '2015-01-01', 1],
          ['3', '2015-01-02', 1],
          ['3', '2015-01-05', 1],
        ]),
        { asOf: '2015-02-07' },
      ),
    );
    assert.deepEqual([s['1'].frequency, s['1'].recency, s['1'].T], [1, 5, 6]);
    assert.deepEqual([s['2'].frequency, s['2'].recency, s['2'].T], [0, 0, 37]);
    assert.deepEqual([s['3'].frequency, s['3'].recency, s['3'].T], [2, 4, 37]);
  });

  it('reproduces REF-RFMSUM-02 with monetary values (repeat purchases only)', () => {
    const s = rows(
      rfmSummary(
        tx([
          ['1', '2015-01-01', 1],
          ['1', '2015-02-06', 2],
          ['2', '2015-01-01', 2],
          ['3', '2015-01-01', 3],
          ['3', '2015-01-02', 1],
          ['3', '2015-01-05', 5],
          ['4', '2015-01-16', 6],
          ['4', '2015-02-02', 3],
          ['4', '2015-02-05', 3],
          ['5', '2015-01-16', 3],
          ['5', '2015-01-17', 1],
          ['5', '2015-01-18', 8],
          ['6', '2015-02-02', 5],
        ]),
        { asOf: '2015-02-07' },
      ),
    );
    const expected: Record<string, number[]> = {
      1: [1, 36, 37, 2],
      2: [0, 0, 37, 0],
      3: [2, 4, 37, 3],
      4: [2, 20, 22, 3],
      5: [2, 2, 22, 4.5],
      6: [0, 0, 5, 0],
    };
    for (const [id, e] of Object.entries(expected))
      assert.deepEqual([s[id].frequency, s[id].recency, s[id].T, s[id].monetaryValue], e, `customer ${id}`);
  });

  it("sums same-day purchases before averaging (PyMC-Marketing's variant of REF-RFMSUM-02: id4's m = 6)", () => {
    const s = rows(
      rfmSummary(
        tx([
          ['4', '2015-01-16', 6],
          ['4', '2015-02-02', 3],
          ['4', '2015-02-05', 3],
          ['4', '2015-02-05', 6],
        ]),
        { asOf: '2015-02-07' },
      ),
    );
    assert.equal(s['4'].monetaryValue, 6);
  });

  it('chooses the first purchase by date whatever the row order (REF-RFMSUM-03)', () => {
    const s = rows(
      rfmSummary(
        tx([
          ['x', '2014-05-21', 25],
          ['x', '2014-03-14', 10],
          ['x', '2014-04-09', 20],
        ]),
      ),
    );
    assert.equal(s.x.monetaryValue, 22.5);
  });

  it('reproduces the CDNOW calibration summary exactly (REF-DATA-01, against cdnow_customers_summary_with_transactions.csv)', () => {
    const s = rows(rfmSummary(cdnowTransactions(), { timeUnitDays: 7, calibrationEnd: '1997-09-30' }));
    const lines = readFileSync(fixturePath('cdnow', 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    assert.equal(Object.keys(s).length, 2357);
    let sumX = 0;
    let repeaters = 0;
    for (const line of lines) {
      const [id, x, tx_, T, zbar] = line.split(',').map(Number);
      const r = s[String(id).padStart(4, '0')];
      assert.equal(r.frequency, x, `customer ${id} x`);
      near(r.recency, tx_, 0.005 + 1e-9, `customer ${id} t_x`);
      near(r.T, T, 0.005 + 1e-9, `customer ${id} T`);
      near(r.monetaryValue, zbar, 0.005 + 1e-9, `customer ${id} zbar`);
      sumX += r.frequency;
      if (r.frequency > 0) repeaters++;
    }
    assert.deepEqual([sumX, repeaters], [2457, 946]);
  });

  it('reproduces the repeat-spend statistics of Hardie’s paper (REF-DATA-02, lifetimes and PyMC-Marketing tests)', () => {
    const m = (
      rfmSummary(cdnowTransactions(), { timeUnitDays: 7, calibrationEnd: '1997-09-30' }).objects() as {
        frequency: number;
        monetaryValue: number;
      }[]
    )
      .filter((r) => r.frequency > 0)
      .map((r) => r.monetaryValue)
      .sort((a, b) => a - b);
    const mean = m.reduce((a, b) => a + b, 0) / m.length;
    const sd = Math.sqrt(m.reduce((a, b) => a + (b - mean) ** 2, 0) / (m.length - 1));
    near(mean, 35.0778, 1e-4, 'mean');
    near(sd, 30.2835, 1e-4, 'sd');
    near(m[0], 2.99, 1e-9, 'min');
    near((m[472] + m[473]) / 2, 27.4975, 1e-4, 'median');
    near(m[m.length - 1], 299.6338, 1e-4, 'max');
    assert.equal(m.length, 946);
  });

  it('rejects a bad time unit', () => {
    assert.throws(
      () => rfmSummary(tx([['a', '2024-01-01', 1]]), { timeUnitDays: 0 }),
      /rfmSummary: timeUnitDays must be a positive number/,
    );
  });

  it("reproduces lifetimes' calendar-week summary (test_summary_date_from_transaction_data_with_specific_non_daily_frequency, freq='W', end 2015-02-07)", () => {
    const dates: [string, string][] = [
      ['1', '2015-01-01'],
      ['1', '2015-02-06'],
      ['2', '2015-01-01'],
      ['3', '2015-01-01'],
      ['3', '2015-01-02'],
      ['3', '2015-01-05'],
      ['4', '2015-01-16'],
      ['4', '2015-02-02'],
      ['4', '2015-02-05'],
      ['5', '2015-01-16'],
      ['5', '2015-01-17'],
      ['5', '2015-01-18'],
      ['6', '2015-02-02'],
    ];
    const s = rows(rfmSummary(tx(dates.map(([id, d]) => [id, d, 1])), { asOf: '2015-02-07', period: 'week' }));
    const expected: Record<string, number[]> = { 1: [1, 5, 5], 2: [0, 0, 5], 3: [1, 1, 5], 4: [1, 3, 3], 5: [0, 0, 3], 6: [0, 0, 0] };
    for (const [id, e] of Object.entries(expected)) assert.deepEqual([s[id].frequency, s[id].recency, s[id].T], e, `customer ${id}`);
  });

  it("merges a week's purchases into one, Monday to Sunday: a Sunday and the next Monday are two weeks", () => {
    const s = rows(
      rfmSummary(
        tx([
          ['a', '2024-01-07', 10],
          ['a', '2024-01-08', 4],
          ['a', '2024-01-10', 6],
        ]),
        { period: 'week' },
      ),
    );
    assert.deepEqual([s.a.frequency, s.a.recency, s.a.T, s.a.monetaryValue], [1, 1, 1, 10]);
    assert.throws(
      () => rfmSummary(tx([['a', '2024-01-01', 1]]), { period: 'week', timeUnitDays: 1 }),
      /with period 'week' times are whole weeks/,
    );
    assert.throws(() => rfmSummary(tx([['a', '2024-01-01', 1]]), { period: 'month' as never }), /period must be 'day' or 'week'/);
  });
});
