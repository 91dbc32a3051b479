import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cohortAverage, cohortOffset, cohortRetention, compoundChurn, lifecycle, retentionRate } from '../../../../src/analytics/index';
import { near, tx } from '../fixtures';

describe('retentionRate', () => {
  it('reproduces REF-RET-01: S 200, N 40, E 180 → retention 0.70, churn 0.30 (not (S − E)/S = 0.10)', () => {
    assert.deepEqual(retentionRate({ start: 200, end: 180, acquired: 40 }), { retention: 0.7, churn: 0.3, lost: 60 });
  });

  it('returns null with a reason for S = 0, and rejects inconsistent counts', () => {
    assert.equal(retentionRate({ start: 0, end: 5, acquired: 5 }).retention, null);
    assert.throws(() => retentionRate({ start: 10, end: 3, acquired: 5 }), /end − acquired is negative/);
    assert.throws(() => retentionRate({ start: 10, end: 30, acquired: 5 }), /exceeds start/);
    assert.throws(() => retentionRate({ start: -1, end: 0, acquired: 0 }), /start must be a non-negative whole number/);
  });

  it('reproduces REF-RET-02: 5% monthly churn is 45.964% a year (not 60%)', () => {
    near(compoundChurn(0.05, 12), 0.45964, 1e-5, 'annual churn');
  });
});

// REF-RET-03: c1 {Jan, Feb, Mar}, c2 {Jan, Mar}, c3 {Jan}, c4 {Feb, Mar}, c5 {Feb}, c6 {Mar}; data end in March.
const ref3 = tx([
  ['c1', '2024-01-05', 10],
  ['c1', '2024-02-05', 10],
  ['c1', '2024-03-05', 10],
  ['c2', '2024-01-06', 10],
  ['c2', '2024-03-06', 10],
  ['c3', '2024-01-07', 10],
  ['c4', '2024-02-07', 10],
  ['c4', '2024-03-07', 10],
  ['c5', '2024-02-08', 10],
  ['c6', '2024-03-08', 10],
]);

describe('cohortRetention', () => {
  it('reproduces the REF-RET-03 classic matrix, with null past the data', () => {
    const rows = cohortRetention(ref3).objects() as Record<string, number | null>[];
    assert.deepEqual(
      rows.map((r) => [r.cohort, r.size, r['month 0'], r['month 1'], r['month 2']]),
      [
        ['2024-01', 3, 1, 1 / 3, 2 / 3],
        ['2024-02', 2, 1, 1 / 2, null],
        ['2024-03', 1, 1, null, null],
      ],
    );
  });

  it('reproduces the REF-RET-03 unbounded matrix (active then or later)', () => {
    const rows = cohortRetention(ref3, { mode: 'unbounded' }).objects() as Record<string, number | null>[];
    assert.deepEqual(
      rows.map((r) => [r['month 0'], r['month 1'], r['month 2']]),
      [
        [1, 2 / 3, 2 / 3],
        [1, 1 / 2, null],
        [1, null, null],
      ],
    );
  });

  it('averages cohorts weighted by size: classic k = 1 is (1 + 1)/(3 + 2) = 0.4 (REF-RET-03)', () => {
    const avg = cohortAverage(cohortRetention(ref3));
    near(avg[1], 0.4, 1e-12, 'k = 1');
    assert.equal(avg[0], 1);
  });

  it('measures revenue relative to the cohort’s first period', () => {
    const rows = cohortRetention(
      tx([
        ['a', '2024-01-01', 100],
        ['b', '2024-01-02', 100],
        ['a', '2024-02-01', 50],
      ]),
      { measure: 'revenue' },
    ).objects() as Record<string, number>[];
    assert.deepEqual([rows[0]['month 0'], rows[0]['month 1']], [1, 0.25]);
  });

  it('uses quarters and weeks when asked', () => {
    assert.deepEqual(
      (cohortRetention(ref3, { period: 'quarter' }).objects() as { cohort: string }[]).map((r) => r.cohort),
      ['2024-Q1'],
    );
    assert.equal(
      (
        cohortRetention(
          tx([
            ['a', '2024-01-01', 1],
            ['a', '2024-01-08', 1],
          ]),
          { period: 'week' },
        ).objects() as Record<string, number>[]
      )[0]['week 1'],
      1,
    );
  });
});

describe('cohort column names (#12)', () => {
  it('names each offset after the period, in order after cohort and size', () => {
    assert.deepEqual(cohortRetention(ref3).columnNames(), ['cohort', 'size', 'month 0', 'month 1', 'month 2']);
    assert.deepEqual(cohortRetention(ref3, { period: 'quarter' }).columnNames(), ['cohort', 'size', 'quarter 0']);
    assert.equal(cohortOffset('week 12'), 12);
    assert.equal(cohortOffset('3'), 3, 'tables saved before the rename still read');
    assert.equal(cohortOffset('size'), null);
  });
});

describe('lifecycle', () => {
  it('assigns new, active, reactivated, at risk and churned as documented', () => {
    const t = tx([
      ['new', '2024-12-01', 1],
      ['active', '2024-01-01', 1],
      ['active', '2024-04-01', 1],
      ['active', '2024-07-01', 1],
      ['active', '2024-10-01', 1],
      ['active', '2024-12-20', 1],
      ['back', '2023-01-01', 1],
      ['back', '2024-12-15', 1],
      ['risk', '2024-08-01', 1],
      ['gone', '2024-01-01', 1],
      ['anchor', '2024-12-31', 1],
    ]);
    const stages = Object.fromEntries(
      (lifecycle(t, { activeDays: 90, atRiskDays: 180 }).objects() as { customerId: string; stage: string }[]).map((r) => [
        r.customerId,
        r.stage,
      ]),
    );
    assert.deepEqual(stages, { new: 'new', active: 'active', back: 'reactivated', risk: 'at risk', gone: 'churned', anchor: 'new' });
  });

  it('rejects atRiskDays not above activeDays', () => {
    assert.throws(() => lifecycle(ref3, { activeDays: 90, atRiskDays: 60 }), /atRiskDays \(60\) must be greater than activeDays \(90\)/);
  });
});
