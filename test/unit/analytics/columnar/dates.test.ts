import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, periodIndex, periodLabel, periodStartDay, PERIODS } from '../../../../src/analytics/columnar/dates';
import { periodIndexFromLabel } from '../../../../src/analytics/columnar/periodLabels';

const day = (iso: string) => dayNumber(Date.parse(iso));

describe('period labels before 1970', () => {
  it('labels months, quarters, weeks and years of 1969 and earlier by their calendar', () => {
    // Reference: the calendar itself (ISO dates written by hand).
    assert.equal(periodLabel(periodIndex(day('1969-12-15'), 'month'), 'month'), '1969-12');
    assert.equal(periodLabel(periodIndex(day('1969-01-31'), 'month'), 'month'), '1969-01');
    assert.equal(periodLabel(periodIndex(day('1955-07-04'), 'month'), 'month'), '1955-07');
    assert.equal(periodLabel(periodIndex(day('1969-11-02'), 'quarter'), 'quarter'), '1969-Q4');
    assert.equal(periodLabel(periodIndex(day('1969-02-02'), 'quarter'), 'quarter'), '1969-Q1');
    assert.equal(periodLabel(periodIndex(day('1969-12-31'), 'year'), 'year'), '1969');
    assert.equal(periodLabel(periodIndex(day('1969-12-31'), 'week'), 'week'), 'week of 1969-12-29'); // a Monday
  });

  it('starts every period on its first day and reads its label back, on both sides of 1970', () => {
    for (const iso of ['1958-03-17', '1969-12-31', '1970-01-01', '2024-02-29']) {
      for (const p of PERIODS) {
        const i = periodIndex(day(iso), p);
        const start = periodStartDay(i, p);
        assert.ok(start <= day(iso) && periodIndex(start, p) === i && periodIndex(start - 1, p) === i - 1, `${iso} ${p}`);
        if (p !== 'day') assert.equal(periodIndexFromLabel(periodLabel(i, p))?.index, i, `${iso} ${p}`);
      }
    }
  });
});
