import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatValue, toDisplayLanguage } from '../../../src/protocol';

describe('formatValue', () => {
  it('shows money with the currency, two decimals and grouped thousands, rounding only the display', () => {
    assert.equal(formatValue(2612.7300000000005, 'money', { currency: 'USD' }), '$2,612.73');
    assert.equal(formatValue(67.1944, 'money'), '67.19');
    assert.equal(formatValue(1234.5, 'money', { language: 'zh-cn', currency: 'CNY' }), '¥1,234.50');
  });
  it('shows shares as percentages, counts as integers and days as days', () => {
    assert.equal(formatValue(0.0955, 'percent'), '9.6%');
    assert.equal(formatValue(0.3435, 'percent'), '34.4%');
    assert.equal(formatValue(5274, 'count'), '5,274');
    assert.equal(formatValue(1, 'days'), '1 day');
    assert.equal(formatValue(12.25, 'days'), '12.3 days');
    assert.equal(formatValue(12, 'days', { language: 'zh-cn' }), '12 天');
  });
  it('shows a missing value as a dash, never as 0', () => {
    assert.equal(formatValue(null, 'money'), '—');
    assert.equal(formatValue(Number.NaN, 'count'), '—');
  });
  it('shows dates in the given time zone', () => {
    assert.equal(formatValue(new Date('2026-03-01T23:30:00Z'), 'date', { timeZone: 'Asia/Shanghai' }), '03/02/2026, 07:30 AM');
  });
  it('reads language tags from VS Code, the CLI and the environment', () => {
    assert.equal(toDisplayLanguage('zh-cn'), 'zh-cn');
    assert.equal(toDisplayLanguage('zh_CN.UTF-8'), 'zh-cn');
    assert.equal(toDisplayLanguage('zh-TW'), 'en');
    assert.equal(toDisplayLanguage('en-US'), 'en');
    assert.equal(toDisplayLanguage(undefined), 'en');
  });
});
