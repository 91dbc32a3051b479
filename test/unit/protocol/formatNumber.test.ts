import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../../../src/protocol/index';

describe('number formatting', () => {
  it('groups thousands and fixes the decimals', () => {
    assert.equal(formatNumber(1234.567), '1,234.6');
    assert.equal(formatMoney(353245.9), '353,245.90');
    assert.equal(formatCount(5274), '5,274');
    assert.equal(formatPercent(0.529), '52.9%');
    assert.equal(formatPercent(1 / 3, 2), '33.33%');
  });

  it('shows a missing value as a dash, never as 0', () => {
    for (const f of [formatNumber, formatMoney, formatCount, formatPercent]) {
      assert.equal(f(null), '—');
      assert.equal(f(undefined), '—');
      assert.equal(f(NaN), '—');
    }
  });
});
