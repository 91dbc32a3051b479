import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { revenueSeries } from '../../../../src/analytics/index';
import { tx } from '../fixtures';

const orders = tx([
  ['a', '2024-01-03', 10],
  ['b', '2024-01-20', 5],
  ['a', '2024-03-01', 7],
  ['a', '2024-03-31', 1],
  ['c', '2024-04-02', 2],
]);

describe('revenueSeries', () => {
  it('sums revenue per month with empty months as 0 and the incomplete first and last months marked', () => {
    assert.deepEqual(
      revenueSeries(orders)
        .objects()
        .map((r: any) => [r.period, r.value, r.partial, r.start.toISOString().slice(0, 10)]), // eslint-disable-line @typescript-eslint/no-explicit-any
      [
        ['2024-01', 15, true, '2024-01-01'],
        ['2024-02', 0, false, '2024-02-01'],
        ['2024-03', 8, false, '2024-03-01'],
        ['2024-04', 2, true, '2024-04-01'],
      ],
    );
  });

  it('counts orders and distinct customers, by quarter', () => {
    assert.deepEqual(revenueSeries(orders, { measure: 'orders', period: 'quarter' }).array('value'), [4, 1]);
    assert.deepEqual(revenueSeries(orders, { measure: 'customers', period: 'quarter' }).array('value'), [2, 1]);
    assert.deepEqual(revenueSeries(orders, { period: 'quarter' }).array('period'), ['2024-Q1', '2024-Q2']);
  });

  it('names a bad period or measure', () => {
    assert.throws(
      () => revenueSeries(orders, { period: 'fortnight' as never }),
      /revenueSeries: period must be day, week, month, quarter, year; not fortnight/,
    );
    assert.throws(() => revenueSeries(orders, { measure: 'profit' as never }), /measure must be revenue, orders or customers/);
  });
});
