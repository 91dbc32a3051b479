import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { delimitedText, neutralizeFormula } from '../../../../src/kernel/save/delimitedText';

describe('CSV text safe to open in a spreadsheet (OWASP CSV injection)', () => {
  it('puts a quote before text that starts with =, +, -, @, tab or CR, and leaves other text alone', () => {
    for (const s of ['=1+1', '+44 20 7946 0000', '-2', '@SUM(A1)', '\tx', '\rx']) assert.equal(neutralizeFormula(s), `'${s}`);
    for (const s of ['Ann', ' =not first', '', '1=1']) assert.equal(neutralizeFormula(s), s);
  });

  it('quotes fields with the delimiter, quotes or line breaks, and never changes numbers', () => {
    const text = delimitedText(
      ['name', 'amount', 'note'],
      [
        ['=HYPERLINK("x")', -5, 'a,b'],
        ['Li "Lee"', 2.5, 'line\nbreak'],
      ],
      ',',
    );
    assert.equal(text, 'name,amount,note\r\n"\'=HYPERLINK(""x"")",-5,"a,b"\r\n"Li ""Lee""",2.5,"line\nbreak"\r\n');
  });

  it('writes dates at midnight UTC as days and null as an empty field', () => {
    assert.equal(delimitedText(['d', 'e'], [[new Date('2024-03-01T00:00:00Z'), null]], '\t'), 'd\te\r\n2024-03-01\t\r\n');
  });
});
