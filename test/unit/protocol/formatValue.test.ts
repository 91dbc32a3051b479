import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTableCell, formatValue, tidyNumber, toDisplayLanguage, vegaNumberLocale, withVegaLocale } from '../../../src/protocol';

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

describe('numbers for people in every layer (#12, #15)', () => {
  it('shows a calendar date as that date in every time zone, and a time of day in the given zone', () => {
    assert.equal(formatValue('2024-01-05T00:00:00.000Z', 'date', { timeZone: 'America/Los_Angeles' }), '01/05/2024');
    assert.equal(formatValue('2024-01-05T00:00:00.000Z', 'date', { language: 'zh-cn', timeZone: 'Asia/Shanghai' }), '2024/01/05');
    assert.equal(formatValue('2024-01-05T19:25:00.000Z', 'date', { language: 'zh-cn', timeZone: 'Asia/Shanghai' }), '2024/01/06 03:25');
  });
  it('shows Chinese money and percentages in the Chinese style', () => {
    assert.equal(formatValue(354450.4199999997, 'money', { language: 'zh-cn', currency: 'CNY' }), '¥354,450.42');
    assert.equal(formatValue(0.529, 'percent', { language: 'zh-cn' }), '52.9%');
    assert.equal(formatValue(1234567, 'count', { language: 'zh-cn' }), '1,234,567');
  });
  it('keeps three significant digits of a small number and two decimals of others', () => {
    assert.equal(formatValue(0.34347826, 'number'), '0.343');
    assert.equal(formatValue(0.000412, 'number'), '0.000412');
    assert.equal(formatValue(67.1944, 'number'), '67.19');
  });
  it('removes float noise from raw numbers without rounding real digits', () => {
    assert.equal(tidyNumber(2612.7300000000005), 2612.73);
    assert.equal(tidyNumber(0.1 + 0.2), 0.3);
    assert.equal(tidyNumber(1 / 3), 0.333333333333);
    assert.equal(tidyNumber(5275), 5275);
  });
  it('formats a table cell by its declared format, else by its type', () => {
    const money = { name: 'monetary', type: 'number', format: 'money' } as const;
    assert.equal(formatTableCell(2612.7300000000005, money, { currency: 'USD' }), '$2,612.73');
    assert.equal(formatTableCell(2612.7300000000005, money, {}), '2,612.73');
    assert.equal(formatTableCell(0.0955, { name: 'share', type: 'number', format: 'percent' }, {}), '9.6%');
    assert.equal(formatTableCell(354450.4199999997, { name: 'revenue', type: 'number' }, {}), '354,450.42');
    assert.equal(formatTableCell(null, money, {}), '');
    assert.equal(formatTableCell('C0447', { name: 'customerId', type: 'string' }, {}), 'C0447');
  });
  it('gives charts the number locale of the language and the currency symbol of the shop', () => {
    assert.deepEqual(vegaNumberLocale('en', 'USD'), { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] });
    assert.deepEqual(vegaNumberLocale('zh-cn', 'CNY').currency, ['¥', '']);
    assert.deepEqual(vegaNumberLocale('en', 'EUR').currency, ['€', '']);
    assert.deepEqual(vegaNumberLocale('en', undefined).currency, ['', '']);
    assert.deepEqual(vegaNumberLocale('en', 'not a code').currency, ['', '']);
    const spec = { mark: 'bar', config: { background: 'white' } };
    const localized = withVegaLocale(spec, 'en', 'USD') as { config: Record<string, unknown> };
    assert.equal(localized.config.background, 'white');
    assert.ok(localized.config.locale);
    assert.equal((spec.config as Record<string, unknown>).locale, undefined, 'the spec passed in is unchanged');
  });
});
