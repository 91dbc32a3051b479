import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { readCsv, readInfo } from '../../../../src/analytics/index';
import { CodedColumn, DateColumn } from '../../../../src/analytics/columnar/columns';
import { decodeUtf8, encodeUtf8 } from '../../../../src/analytics/columnar/utf8';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import { fixturePath } from '../fixtures';

const rows = (t: aq.ColumnTable) => t.objects().map((r) => ({ ...r }));

describe('readCsv', () => {
  it('reads a clean export exactly as Arquero’s fromCSV does (numbers, ISO dates, booleans, nulls)', () => {
    // Reference: Arquero's own parser and type inference on the same text.
    const text =
      'id,when,stamp,total,vip,note\nC1,2024-01-05,2024-01-05T10:30:00Z,12.5,true,\nC2,2024-02-29,2024-03-01T00:00:00.000Z,-3,false,hello\nC3,,2024-03-02T23:59:59Z,0.1,true,"a, b"\n';
    assert.deepEqual(rows(readCsv(text)), rows(aq.fromCSV(text)));
    const t = readCsv(text);
    assert.ok(t.column('total') instanceof Float64Array);
    assert.ok(t.column('when') instanceof DateColumn);
    assert.ok(t.column('id') instanceof CodedColumn);
  });

  it('reads the Shopify, Stripe and hand-made fixtures exactly as Arquero’s fromCSV does', () => {
    for (const file of ['shopify_orders_messy.csv', 'stripe_payments.csv', 'handmade_sales.csv']) {
      const bytes = readFileSync(fixturePath(file));
      assert.deepEqual(rows(readCsv(bytes)), rows(aq.fromCSV(bytes.toString('utf8'))), file);
    }
  });

  it('parses every plain decimal to the same double as JavaScript’s Number(text)', () => {
    // Independent computation: Number() on 20,000 seeded random decimals of up to 15 digits.
    const rnd = seededRandom(7);
    const values = Array.from({ length: 20_000 }, () => {
      const digits = 1 + Math.floor(rnd() * 15);
      let s = '';
      for (let i = 0; i < digits; i++) s += Math.floor(rnd() * 10);
      const dot = Math.floor(rnd() * (digits + 1));
      // Integers with leading zeros are identifiers (kept as text, #11): written without them here.
      const body = (dot > 0 && dot < digits ? `${s.slice(0, dot)}.${s.slice(dot)}` : s).replace(/^0+(?=\d)/, '');
      return rnd() < 0.3 ? `-${body}` : body;
    });
    const got = readCsv(`x\n${values.join('\n')}\n`).array('x') as number[];
    values.forEach((v, i) => assert.ok(Object.is(got[i], Number(v)), `${v}: ${got[i]} vs ${Number(v)}`));
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, CRLF line ends and a BOM', () => {
    const text = '\uFEFFname,comment\r\n"Doe, Jane","said ""hi""\r\nthen left"\r\nBob,plain\r\n';
    const t = readCsv(text);
    assert.deepEqual(t.columnNames(), ['name', 'comment']);
    assert.deepEqual(rows(t), [
      { name: 'Doe, Jane', comment: 'said "hi"\r\nthen left' },
      { name: 'Bob', comment: 'plain' },
    ]);
  });

  it('skips blank lines (as pandas does), fills short rows with null and ignores an empty trailing field', () => {
    const t = readCsv('a,b,c\n1,x,y\n\n2\n3,z,w,\n\n');
    assert.deepEqual(rows(t), [
      { a: 1, b: 'x', c: 'y' },
      { a: 2, b: null, c: null },
      { a: 3, b: 'z', c: 'w' },
    ]);
    assert.deepEqual(readInfo(t)?.warnings, ['1 row has fewer fields than the header (first: row 2); their missing fields are empty']);
  });

  it('refuses a row with more fields than the header, naming the row, the line, the counts and the fix (#11)', () => {
    // An unquoted 1,234.50 would shift every value after it: never silently.
    assert.throws(
      () => readCsv('id,amount,city\nC1,12.50,Oslo\nC2,1,234.50,Bergen\n'),
      /readCsv: row 2 \(line 3\) has 4 fields where the header has 3: a value probably holds an unquoted ","[^]*double quotes/,
    );
  });

  it('refuses a quote that is never closed instead of swallowing the rest of the file (#11)', () => {
    assert.throws(() => readCsv('id,note\nC1,ok\nC2,"broken\nC3,fine\n'), /readCsv: the quote opened in row 2 \(line 3\) is never closed/);
  });

  it('keeps a column as text when one value is not a number, so nothing is lost', () => {
    const t = readCsv('amount\n12.50\n7\nN/A\n"1,200.00"\n');
    assert.deepEqual(t.array('amount'), ['12.50', '7', 'N/A', '1,200.00']);
  });

  it('keeps dates as text, each spelled as written, when one value of the column is not a date', () => {
    const t = readCsv('d\n2024-01-05\n2024-01-06\nn/a\n2024-01-05\n1899-12-31\n2024-13-01\n');
    assert.deepEqual(t.array('d'), ['2024-01-05', '2024-01-06', 'n/a', '2024-01-05', '1899-12-31', '2024-13-01']);
    const codes = (t.column('d') as CodedColumn).codes;
    assert.equal(codes[0], codes[3], 'the same day is one distinct value');
    assert.equal((t.column('d') as CodedColumn).size, 5);
  });

  it('keeps nulls in a numeric column with gaps', () => {
    const t = readCsv('k,n\nx,1\ny,\nz,2.5\n');
    assert.deepEqual(t.array('n'), [1, null, 2.5]);
  });

  it('reads UTF-8 text, Chinese headers included, and names repeated or blank headers', () => {
    const t = readCsv(encodeUtf8('客户ID,金额,金额,\n张三,12,13,x\n李四 😀,5,6,y\n'));
    assert.deepEqual(t.columnNames(), ['客户ID', '金额', '金额_2', 'col4']);
    assert.deepEqual(t.array('客户ID'), ['张三', '李四 😀']);
  });

  it('decodes malformed UTF-8 to U+FFFD, as TextDecoder does for a lone bad byte', () => {
    const bytes = Uint8Array.of(0x61, 0xff, 0x62, 0xe4, 0xb8, 0xad);
    assert.equal(decodeUtf8(bytes, 0, bytes.length), new TextDecoder().decode(bytes));
    assert.equal(decodeUtf8(encodeUtf8('naïve 中文 😀'), 0, encodeUtf8('naïve 中文 😀').length), 'naïve 中文 😀');
  });

  it('takes another delimiter, keeps text with autoType: false and applies per-column parsers', () => {
    assert.deepEqual(rows(readCsv('a;b\n1;2\n', { delimiter: ';' })), [{ a: 1, b: 2 }]);
    assert.deepEqual(rows(readCsv('a\tb\n1\tx\n', { delimiter: '\t' })), [{ a: 1, b: 'x' }]);
    assert.deepEqual(rows(readCsv('a,b\n1,2\n', { autoType: false })), [{ a: '1', b: '2' }]);
    assert.deepEqual(rows(readCsv('a,b\n1,2\n,3\n', { parse: { a: (v) => `#${v}` } })), [
      { a: '#1', b: 2 },
      { a: null, b: 3 },
    ]);
  });

  it('refuses a delimiter that is not one ASCII character, naming the function and the rule', () => {
    assert.throws(() => readCsv('a\n1', { delimiter: ';;' }), /AnalyticsError: readCsv: delimiter must be 'auto' or one ASCII character/);
    assert.throws(() => readCsv('a\n1', { delimiter: '"' }), /readCsv: delimiter/);
  });

  it('gives an empty table for an empty file and a header-only table for a header', () => {
    assert.equal(readCsv('').numCols(), 0);
    const t = readCsv('a,b\n');
    assert.deepEqual([t.columnNames(), t.numRows()], [['a', 'b'], 0]);
  });

  it('makes tables that Arquero’s verbs read like any other', () => {
    const t = readCsv('c,d,v\nx,2024-01-01,1\ny,2024-01-02,2\nx,2024-01-03,3\n');
    assert.deepEqual(rows(t.groupby('c').rollup({ s: aq.op.sum('v') })), [
      { c: 'x', s: 4 },
      { c: 'y', s: 2 },
    ]);
    assert.deepEqual(t.filter((r: { v: number }) => r.v > 1).array('c'), ['y', 'x']);
    assert.deepEqual(t.derive({ m: (r: { d: Date }) => aq.op.month(r.d) }).array('m') as number[], [0, 0, 0]);
    assert.equal(t.toCSV(), 'c,d,v\nx,2024-01-01,1\ny,2024-01-02,2\nx,2024-01-03,3\n');
  });
});
