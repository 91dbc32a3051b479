import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { holdoutCheck } from '../../../../src/analytics/index';
import { cdnowTransactions, near, tx } from '../fixtures';

describe('holdoutCheck', () => {
  it('reproduces CDNOW’s holdout: 1,653.42 predicted (REF-BG-05 sum) vs 1,882 actual repeat purchase days (REF-DATA-01) over 39 weeks', () => {
    const r = holdoutCheck(cdnowTransactions(), { calibrationEnd: '1997-09-30' });
    near(r.holdoutLength, 39, 1e-9, 'holdout length in weeks');
    near(r.totalPredicted, 1653.42, 0.05, 'predicted');
    assert.equal(r.totalActual, 1882);
    const rows = r.table.objects() as { frequency: string; customers: number }[];
    assert.deepEqual(
      rows.map((b) => b.frequency),
      ['0', '1', '2', '3', '4', '5', '6', '7+'],
    );
    assert.equal(
      rows.reduce((s, b) => s + b.customers, 0),
      2357,
    );
    assert.equal(rows[0].customers, 1411);
  });

  it('refuses an empty holdout', () => {
    assert.throws(() => holdoutCheck(tx([['a', '2024-01-01', 1]]), { calibrationEnd: '2024-02-01' }), /the holdout is empty/);
  });
});
