import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  amountCurrency,
  detectDayOrder,
  excelSerialDate,
  isExcelSerialColumn,
  parseAmount,
  parseDate,
} from '../../../../src/analytics/columnar/parseValues';

describe('parseAmount', () => {
  it('reads the amount formats found in shop exports', () => {
    const cases: [unknown, number][] = [
      [12.5, 12.5],
      ['12.50', 12.5],
      ['$1,234.50', 1234.5],
      ['1.234,50 €', 1234.5],
      ['1 234,50', 1234.5],
      ['12,50', 12.5],
      ['1,234', 1234],
      ['1.234.567', 1234567],
      ['¥120', 120],
      ['(12.00)', -12],
      ['-35.00', -35],
      ['USD 10', 10],
      ['10 EUR', 10],
      ['5-', -5],
    ];
    for (const [input, expected] of cases) assert.equal(parseAmount(input), expected, String(input));
  });

  it('gives NaN for values that are not amounts', () => {
    for (const bad of ['', 'N/A', 'free', null, undefined, '1.2.3,4,5x', {}]) assert.ok(Number.isNaN(parseAmount(bad)), String(bad));
  });
});

describe('parseDate', () => {
  // Issue 11: a time with an offset is the shop's local time; its calendar day is the day written
  // (shifting "2025-10-07 00:30 +0200" to UTC would move the order to 6 October).
  it('reads ISO dates as UTC days and keeps the clock time written, whatever its offset', () => {
    assert.equal(parseDate('2024-01-05'), Date.UTC(2024, 0, 5));
    assert.equal(parseDate('2024-01-05 13:45:00 +0100'), Date.UTC(2024, 0, 5, 13, 45));
    assert.equal(parseDate('2025-10-07 00:30:00 +0200'), Date.UTC(2025, 9, 7, 0, 30));
    assert.equal(parseDate('2025-10-07T23:50:26-07:00'), Date.UTC(2025, 9, 7, 23, 50, 26));
    assert.equal(parseDate('2024-01-05T13:45:00Z'), Date.UTC(2024, 0, 5, 13, 45));
    assert.equal(parseDate('2024-01-05 13:45:00'), Date.UTC(2024, 0, 5, 13, 45));
  });

  it('reads slash, Chinese and compact dates', () => {
    assert.equal(parseDate('01/05/2024'), Date.UTC(2024, 0, 5));
    assert.equal(parseDate('05/01/2024', 'dmy'), Date.UTC(2024, 0, 5));
    assert.equal(parseDate('2024/1/5'), Date.UTC(2024, 0, 5));
    assert.equal(parseDate('2024年1月5日'), Date.UTC(2024, 0, 5));
    assert.equal(parseDate('20240105'), Date.UTC(2024, 0, 5));
    assert.equal(parseDate(new Date(Date.UTC(2024, 0, 5))), Date.UTC(2024, 0, 5));
  });

  it('rejects impossible dates instead of rolling them over', () => {
    for (const bad of ['2024-02-31', '2024-13-01', '31/31/2024', 'not a date', '', null])
      assert.ok(Number.isNaN(parseDate(bad)), String(bad));
  });
});

describe('parseDate for spreadsheets and European exports', () => {
  it('reads dd.mm.yyyy as day-first, always', () => {
    assert.equal(parseDate('05.03.2024'), Date.UTC(2024, 2, 5));
    assert.equal(parseDate('05.03.2024', 'mdy'), Date.UTC(2024, 2, 5));
    assert.equal(parseDate('31.12.2024 18:30'), Date.UTC(2024, 11, 31, 18, 30));
  });

  it('reads two-digit years as Etsy writes them (MM/DD/YY)', () => {
    assert.equal(parseDate('03/05/25'), Date.UTC(2025, 2, 5));
    assert.equal(parseDate('12/31/99'), Date.UTC(1999, 11, 31));
  });

  it('decides the day order of slash dates from the values', () => {
    assert.equal(detectDayOrder(['01/02/2024', '13/02/2024']), 'dmy');
    assert.equal(detectDayOrder(['01/02/2024', '12/31/2024']), 'mdy');
    assert.equal(detectDayOrder(['25.03.2024']), 'mdy'); // dotted dates are day-first on their own and do not vote
  });
});

describe('Excel serial dates', () => {
  it('reads serial days since 1899-12-30 (45356 is 2024-03-05, the fraction is the time)', () => {
    // Reference: Excel's DATE(2024,3,5) = 45356; DATE(2000,1,1) = 36526.
    assert.equal(excelSerialDate(45356), Date.UTC(2024, 2, 5));
    assert.equal(excelSerialDate('36526.5'), Date.UTC(2000, 0, 1, 12));
  });

  it('decides on the whole column: every value a number between 20 000 and 80 000', () => {
    assert.equal(isExcelSerialColumn([45356, '45357', '', null]), true);
    assert.equal(isExcelSerialColumn([45356, '2024-03-05']), false);
    assert.equal(isExcelSerialColumn([1704412800, 1704499200]), false); // epoch seconds
    assert.equal(isExcelSerialColumn(['', null]), false);
  });
});

describe('amountCurrency', () => {
  it('names the currency of a symbol or code in an amount cell', () => {
    const cases: [unknown, string][] = [
      ['$12', 'USD'],
      ['€30', 'EUR'],
      ['¥80', 'CNY'],
      ['£5', 'GBP'],
      ['12.00 usd', 'USD'],
      ['EUR 10', 'EUR'],
      ['12.50', ''],
      [12, ''],
    ];
    for (const [input, expected] of cases) assert.equal(amountCurrency(input), expected, String(input));
  });
});
