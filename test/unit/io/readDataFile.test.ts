/**
 * The files shops really have, read through the one reading path (#11): a table-driven corpus of
 * encodings, dialects, spreadsheets and broken files. Each gives a clear refusal that names the
 * file and what to do, or a correct table (checked value by value), or one with a named warning.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ColumnTable } from 'arquero';
import { readDataFile, type ReadDataOptions } from '../../../src/io/index';
import { prepareTransactions, readInfo, type PreparedTransactions } from '../../../src/analytics/index';
import { encodeGb18030 } from './gb18030';

const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-read-'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + 2 * s.length);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[(bom ? 2 : 0) + 2 * i] = s.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + 2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (s: string) => {
  const le = utf16le(s, false);
  const out = new Uint8Array(2 + le.length);
  out.set([0xfe, 0xff]);
  for (let i = 0; i < le.length; i += 2) out.set([le[i + 1], le[i]], 2 + i);
  return out;
};
/** Windows-1252 bytes of Latin-1 text plus the euro sign (0x80). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));

async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ORDERS = 'customer_id,order_date,amount\nC1,2024-01-05,12.50\nC2,2024-01-06,30.00\n';
const col = (t: ColumnTable, name: string) => Array.from(t.array(name) as ArrayLike<unknown>);

interface Case {
  name: string;
  file: string;
  bytes: Uint8Array | (() => Promise<Uint8Array>);
  options?: ReadDataOptions;
  /** A refusal: the message must match. */
  error?: RegExp;
  /** A result: checks on the table. */
  check?: (t: ColumnTable) => void;
}

const CASES: Case[] = [
  {
    name: 'UTF-8 with a BOM: the BOM is not part of the first header',
    file: 'bom.csv',
    bytes: utf8('\uFEFF' + ORDERS),
    check: (t) => {
      assert.deepEqual(t.columnNames(), ['customer_id', 'order_date', 'amount']);
      assert.equal(readInfo(t)?.encoding, 'utf-8');
    },
  },
  {
    name: 'UTF-16 LE with a BOM (Excel\'s "Unicode text")',
    file: 'utf16le.csv',
    bytes: utf16le('客户,金额\n张三,12.5\n'),
    check: (t) => {
      assert.deepEqual(col(t, '客户'), ['张三']);
      assert.deepEqual(col(t, '金额'), [12.5]);
      assert.equal(readInfo(t)?.encoding, 'utf-16le');
    },
  },
  {
    name: 'UTF-16 BE with a BOM',
    file: 'utf16be.csv',
    bytes: utf16be('id,total\nA,3\n'),
    check: (t) => assert.deepEqual(col(t, 'total'), [3]),
  },
  {
    name: 'UTF-16 LE without a BOM, told by its zero bytes',
    file: 'utf16-nobom.csv',
    bytes: utf16le('id,total\nA,3\nB,4\n', false),
    check: (t) => {
      assert.deepEqual(col(t, 'id'), ['A', 'B']);
      assert.equal(readInfo(t)?.encoding, 'utf-16le');
    },
  },
  {
    name: 'GB18030 (GBK) with Chinese headers and names: each name decoded, none becomes ����',
    file: 'taobao.csv',
    bytes: encodeGb18030('订单编号,买家会员名,买家实际支付金额\n="1894629693192004256",张三,120.50\n="1894629693192004257",李四,80.00\n'),
    check: (t) => {
      assert.deepEqual(col(t, '买家会员名'), ['张三', '李四']);
      assert.deepEqual(col(t, '订单编号'), ['1894629693192004256', '1894629693192004257']);
      assert.equal(readInfo(t)?.encoding, 'gb18030');
    },
  },
  {
    name: 'GB18030 given explicitly as { encoding: "gbk" }',
    file: 'gbk.csv',
    bytes: encodeGb18030('客户,金额\n王五,9\n'),
    options: { encoding: 'gbk' },
    check: (t) => {
      assert.deepEqual(col(t, '客户'), ['王五']);
      assert.equal(readInfo(t)?.detectedEncoding, false);
    },
  },
  {
    name: 'Windows-1252 from Western Excel: ü, é and € decoded, not read as GB18030',
    file: 'latin.csv',
    bytes: cp1252('Kunde;Stadt;Betrag\nMüller;Köln;12,50 €\nCafé Zoë;Genève;3,00 €\n'),
    check: (t) => {
      assert.deepEqual(col(t, 'Kunde'), ['Müller', 'Café Zoë']);
      assert.deepEqual(col(t, 'Betrag'), ['12,50 €', '3,00 €']);
      assert.equal(readInfo(t)?.encoding, 'windows-1252');
    },
  },
  {
    name: 'UTF-8 Chinese without a BOM',
    file: 'zh.csv',
    bytes: utf8('客户ID,日期,金额\n0012,2024-01-05,99.9\n'),
    check: (t) => assert.deepEqual(col(t, '客户ID'), ['0012']),
  },
  {
    name: 'an unknown encoding name is refused with the accepted ones',
    file: 'enc.csv',
    bytes: utf8(ORDERS),
    options: { encoding: 'klingon' },
    error: /encoding must be one of utf-8, utf-16le, utf-16be, gb18030, windows-1252/,
  },
  {
    name: 'semicolons with decimal commas and thousands dots (European Excel)',
    file: 'eu.csv',
    bytes: utf8('Kunde;Datum;Betrag\nK1;05.03.2024;1.234,56\nK2;06.03.2024;12,50\n'),
    check: (t) => {
      assert.deepEqual(col(t, 'Betrag'), [1234.56, 12.5]);
      assert.equal(readInfo(t)?.delimiter, ';');
      assert.equal(readInfo(t)?.decimal, ',');
    },
  },
  {
    name: 'a tab-separated file named .csv',
    file: 'tabs.csv',
    bytes: utf8('id\tamount\tcity\nC1\t12.5\tOslo, Norway\nC2\t3\tBergen\n'),
    check: (t) => {
      assert.deepEqual(col(t, 'city'), ['Oslo, Norway', 'Bergen']);
      assert.equal(readInfo(t)?.delimiter, '\t');
    },
  },
  {
    name: 'a pipe-delimited file',
    file: 'pipes.txt',
    bytes: utf8('id|amount\nC1|1.5\nC2|2\n'),
    check: (t) => assert.deepEqual(col(t, 'amount'), [1.5, 2]),
  },
  { name: 'a .tsv file', file: 'x.tsv', bytes: utf8('id\tv\nA\t1\n'), check: (t) => assert.deepEqual(col(t, 'v'), [1]) },
  {
    name: 'a delimiter given explicitly wins over sniffing',
    file: 'forced.csv',
    bytes: utf8('a;b,c\n1;2,3\n'),
    options: { delimiter: ',' },
    check: (t) => assert.deepEqual(t.columnNames(), ['a;b', 'c']),
  },
  {
    name: 'a decimal mark given explicitly wins over sniffing',
    file: 'dec.csv',
    bytes: utf8('id;v\nA;1.500\n'),
    options: { decimal: ',' },
    check: (t) => assert.deepEqual(col(t, 'v'), [1500]),
  },
  {
    name: 'commas inside quoted amounts stay in their field',
    file: 'quoted.csv',
    bytes: utf8('id,amount\nC1,"1,234.50"\nC2,"12.00"\n'),
    check: (t) => assert.deepEqual(col(t, 'amount'), ['1,234.50', '12.00']),
  },
  { name: 'CRLF line ends', file: 'crlf.csv', bytes: utf8('id,v\r\nA,1\r\nB,2\r\n'), check: (t) => assert.deepEqual(col(t, 'v'), [1, 2]) },
  {
    name: 'a quoted value with a line break',
    file: 'nl.csv',
    bytes: utf8('id,address\nA,"1 Main St\nFlat 2"\n'),
    check: (t) => assert.deepEqual(col(t, 'address'), ['1 Main St\nFlat 2']),
  },
  {
    name: 'ids 00123, 0123 and 123 stay three different texts',
    file: 'zeros.csv',
    bytes: utf8('customer,amount\n00123,1\n0123,2\n123,3\n'),
    check: (t) => assert.deepEqual(col(t, 'customer'), ['00123', '0123', '123']),
  },
  {
    name: 'leading zeros keep a column text even when its header is not an id',
    file: 'zip.csv',
    bytes: utf8('who,plz\nA,01067\nB,80331\n'),
    check: (t) => assert.deepEqual(col(t, 'plz'), ['01067', '80331']),
  },
  {
    name: '19-digit order numbers keep every digit (no rounding to 1894629693192004400)',
    file: 'long.csv',
    bytes: utf8('ref,amount\n1894629693192004256,1\n1894629693192004257,2\n'),
    check: (t) => assert.deepEqual(col(t, 'ref'), ['1894629693192004256', '1894629693192004257']),
  },
  {
    name: 'an id column of plain numbers stays text, so it is a key and not a quantity',
    file: 'ids.csv',
    bytes: utf8('Customer ID,Order Number,Total\n17,1001,5\n18,1002,6\n'),
    check: (t) => {
      assert.deepEqual(col(t, 'Customer ID'), ['17', '18']);
      assert.deepEqual(col(t, 'Order Number'), ['1001', '1002']);
      assert.deepEqual(col(t, 'Total'), [5, 6]);
      assert.deepEqual(readInfo(t)?.textColumns, ['Customer ID', 'Order Number']);
    },
  },
  {
    name: 'Excel\'s text markers are undone: ="…" around order numbers, \' before phone numbers',
    file: 'markers.csv',
    bytes: utf8('订单编号,联系手机,金额\n="1894629693192004256",\'13800138000,5\n'),
    check: (t) => {
      assert.deepEqual(col(t, '订单编号'), ['1894629693192004256']);
      assert.deepEqual(col(t, '联系手机'), ['13800138000']);
    },
  },
  {
    name: 'tab-padded cells (Pinduoduo) are trimmed: numbers stay numbers, dates dates',
    file: 'pdd.csv',
    bytes: utf8('\uFEFF订单号,用户实付金额(元),支付时间\n\t240305-123\t,\t12.50\t,\t2024-03-05\t\n'),
    check: (t) => {
      assert.deepEqual(col(t, '订单号'), ['240305-123']);
      assert.deepEqual(col(t, '用户实付金额(元)'), [12.5]);
      assert.ok(col(t, '支付时间')[0] instanceof Date);
    },
  },
  {
    name: 'header names lose trailing spaces (Taobao writes "收货地址 ")',
    file: 'spaces.csv',
    bytes: utf8('收货地址 , 订单付款时间 \n上海,2024-03-05\n'),
    check: (t) => assert.deepEqual(t.columnNames(), ['收货地址', '订单付款时间']),
  },
  {
    name: 'a duplicated header is read under a new name, with a warning that says which is used',
    file: 'dup.csv',
    bytes: utf8('Email,Total,Email\na@x.com,1,b@x.com\n'),
    check: (t) => {
      assert.deepEqual(t.columnNames(), ['Email', 'Total', 'Email_2']);
      assert.match(readInfo(t)!.warnings[0], /the header "Email" appears more than once; the later copy is read as "Email_2"/);
    },
  },
  {
    name: 'short rows are filled with empty values and counted in a warning',
    file: 'short.csv',
    bytes: utf8('a,b,c\n1,2,3\n4\n'),
    check: (t) => assert.match(readInfo(t)!.warnings[0], /1 row has fewer fields than the header \(first: row 2\)/),
  },
  {
    name: 'a ragged row with an unquoted 1,234.50 is refused, naming the row, line and fix',
    file: 'ragged.csv',
    bytes: utf8('id,amount,city\nC1,12.50,Oslo\nC2,1,234.50,Bergen\n'),
    error: /ragged\.csv as CSV: row 2 \(line 3\) has 4 fields where the header has 3[^]*double quotes/,
  },
  {
    name: 'an unterminated quote is refused instead of swallowing the rest of the file',
    file: 'quote.csv',
    bytes: utf8('id,note\nC1,"ok"\nC2,"never closed\nC3,x\n'),
    error: /quote\.csv as CSV: the quote opened in row 2 \(line 3\) is never closed/,
  },
  { name: 'an empty file', file: 'empty.csv', bytes: new Uint8Array(0), error: /empty\.csv is empty/ },
  { name: 'a file of blank lines', file: 'blank.csv', bytes: utf8('\n\n  \n'), error: /blank\.csv is empty/ },
  {
    name: 'a binary file named .csv',
    file: 'image.csv',
    bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2]),
    error: /image\.csv as CSV: the data is a binary file, not text/,
  },
  { name: 'a PDF', file: 'report.csv', bytes: utf8('%PDF-1.7\n...'), error: /report\.csv is a PDF/ },
  {
    name: 'an old .xls workbook',
    file: 'old.xls',
    bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    error: /old\.xls is an Excel 97–2003 workbook \(\.xls\); open it in Excel, WPS or LibreOffice and save it as \.xlsx or CSV/,
  },
  { name: 'an Apple Numbers file', file: 'shop.numbers', bytes: utf8('x'), error: /shop\.numbers is an Apple Numbers file/ },
  { name: 'a file that does not exist', file: '', bytes: new Uint8Array(0), error: /cannot read ".*missing\.csv".*no such file/ },
  {
    name: 'an .xlsx workbook: number cells are numbers, date cells dates, ids text',
    file: 'orders.xlsx',
    bytes: () =>
      workbook({
        Orders: [
          ['Order ID', 'Customer', 'Date', 'Total'],
          [1001, '00123', new Date(Date.UTC(2024, 2, 5)), 19.5],
          [1002, '0123', new Date(Date.UTC(2024, 2, 6)), 7],
        ],
      }),
    check: (t) => {
      assert.deepEqual(col(t, 'Order ID'), ['1001', '1002']);
      assert.deepEqual(col(t, 'Customer'), ['00123', '0123']);
      assert.deepEqual(col(t, 'Total'), [19.5, 7]);
      assert.deepEqual(
        col(t, 'Date').map((d) => (d as Date).toISOString().slice(0, 10)),
        ['2024-03-05', '2024-03-06'],
      );
      assert.equal(readInfo(t)?.sheet, 'Orders');
    },
  },
  {
    name: 'an .xlsx workbook: { sheet } picks a sheet by name, and rows above the header are skipped when empty',
    file: 'two.xlsx',
    bytes: () => workbook({ Notes: [['hello']], Sales: [[], ['id', 'v'], ['A', 1]] }),
    options: { sheet: 'Sales' },
    check: (t) => assert.deepEqual(t.objects(), [{ id: 'A', v: 1 }]),
  },
  {
    name: 'an .xlsx workbook: a missing sheet is refused with the sheets it has',
    file: 'three.xlsx',
    bytes: () => workbook({ A: [['x'], [1]], B: [['y'], [2]] }),
    options: { sheet: 'C' },
    error: /there is no sheet "C"; the workbook has "A", "B"/,
  },
  {
    name: 'a workbook saved with a .csv name is read as a workbook',
    file: 'really-xlsx.csv',
    bytes: () =>
      workbook({
        S: [
          ['id', 'v'],
          ['A', 2],
        ],
      }),
    check: (t) => assert.deepEqual(col(t, 'v'), [2]),
  },
  {
    name: 'a broken workbook',
    file: 'broken.xlsx',
    bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
    error: /broken\.xlsx as XLSX: it is not a readable \.xlsx workbook/,
  },
  {
    name: 'a JSON array of rows',
    file: 'rows.json',
    bytes: utf8('[{"id":"A","v":1},{"id":"B","v":2}]'),
    check: (t) => assert.deepEqual(col(t, 'v'), [1, 2]),
  },
  { name: 'broken JSON names the file', file: 'bad.json', bytes: utf8('[{"id":'), error: /cannot read bad\.json as JSON/ },
];

describe('readDataFile: the files shops really have (#11)', () => {
  it('covers at least 40 inputs', () => assert.ok(CASES.length >= 40, `${CASES.length} cases`));
  for (const c of CASES) {
    it(c.name, async () => {
      let file = path.join(dir, 'missing.csv');
      if (c.file) {
        const sub = path.join(dir, c.name.replace(/\W+/g, '-').slice(0, 40));
        mkdirSync(sub, { recursive: true });
        file = path.join(sub, c.file);
        writeFileSync(file, typeof c.bytes === 'function' ? await c.bytes() : c.bytes);
      }
      if (c.error) await assert.rejects(() => readDataFile(file, c.options), c.error);
      else c.check!(await readDataFile(file, c.options));
    });
  }
  it('refuses a folder, saying it is one', async () => {
    await assert.rejects(() => readDataFile(dir), /it is a folder/);
  });
});

/** Whole exports through the reader and prepareTransactions: the order rules of #11 on real files. */
interface PrepareCase {
  name: string;
  text: string;
  check: (tx: PreparedTransactions) => void;
}

const day = (tx: PreparedTransactions) => (tx.table.array('orderDate') as Date[]).map((d) => d.toISOString().slice(0, 10));
const revenue = (tx: PreparedTransactions) => Math.round((tx.table.array('amount') as number[]).reduce((a, b) => a + b, 0) * 100) / 100;

const PREPARE: PrepareCase[] = [
  {
    name: 'Excel serial numbers in the date column become dates, not 1970-01-01',
    text: 'customer_id,order_date,amount\nC1,45356,10\nC2,45357,5\n',
    check: (tx) => assert.deepEqual(day(tx), ['2024-03-05', '2024-03-06']),
  },
  {
    name: 'dd.mm.yyyy is day-first: 05.03.2024 is 5 March',
    text: 'Kunde;Datum;Betrag\nK1;05.03.2024;12,50\n',
    check: (tx) => {
      assert.deepEqual(day(tx), ['2024-03-05']);
      assert.equal(revenue(tx), 12.5);
    },
  },
  {
    name: 'ambiguous slash dates are decided by the values (a first field above 12) and reported',
    text: 'customer_id,order_date,amount\nC1,05/03/2024,1\nC2,25/03/2024,1\n',
    check: (tx) => {
      assert.deepEqual(day(tx), ['2024-03-05', '2024-03-25']);
      assert.ok(tx.report.warnings.some((w) => /day\/month\/year/.test(w)));
    },
  },
  {
    name: 'a time with an offset counts on the day written in the shop',
    text: 'customer_id,order_date,amount\nC1,2025-10-07 00:30:00 +0200,1\n',
    check: (tx) => assert.deepEqual(day(tx), ['2025-10-07']),
  },
  {
    name: 'an order dated 2031 is excluded as a future date, with a warning, and is not the reference date',
    text: 'customer_id,order_date,amount\nC1,2024-03-05,10\nC2,2031-01-01,99\n',
    check: (tx) => {
      assert.deepEqual(tx.report.droppedByReason, { 'future date': 1 });
      assert.equal(revenue(tx), 10);
      assert.ok(tx.report.warnings.some((w) => /2031/.test(w) || /future/.test(w)));
    },
  },
  {
    name: '$, € and ¥ amounts in one column are never summed: the main currency is kept, the others excluded and named',
    text: 'customer_id,order_date,amount\nC1,2024-03-05,$10.00\nC2,2024-03-05,$5.00\nC3,2024-03-06,€30.00\nC4,2024-03-06,¥80\n',
    check: (tx) => {
      assert.equal(revenue(tx), 15);
      assert.deepEqual(tx.report.droppedByReason, { 'other currency': 2 });
      assert.ok(tx.report.warnings.some((w) => /currenc/i.test(w)));
    },
  },
  {
    name: 'a Currency column with two values is never summed either',
    text: 'customer_id,order_date,amount,currency\nC1,2024-03-05,10,EUR\nC2,2024-03-05,20,EUR\nC3,2024-03-06,7,USD\n',
    check: (tx) => {
      assert.equal(revenue(tx), 30);
      assert.equal(tx.report.currency, 'EUR');
      assert.deepEqual(tx.report.droppedByReason, { 'other currency': 1 });
    },
  },
  {
    name: 'ids 00123, 0123 and 123 are three customers',
    text: 'customer_id,order_date,amount\n00123,2024-03-05,1\n0123,2024-03-05,1\n123,2024-03-05,1\n',
    check: (tx) => assert.deepEqual(tx.table.array('customerId'), ['00123', '0123', '123']),
  },
  {
    name: 'an unknown order status is reported, never silently counted',
    text: 'customer_id,order_date,amount,status\nC1,2024-03-05,10,paid\nC2,2024-03-05,20,teleported\n',
    check: (tx) => {
      assert.equal(revenue(tx), 10);
      assert.equal(tx.report.droppedByReason['unknown status'], 1);
      assert.ok(tx.report.warnings.some((w) => /teleported/.test(w)));
    },
  },
  {
    name: 'e-mail ids are trimmed and lower-cased: one customer, not two',
    text: 'email,order_date,amount\nAna@Example.com ,2024-03-05,1\nana@example.com,2024-03-06,1\n',
    check: (tx) => assert.deepEqual(new Set(tx.table.array('customerId') as string[]).size, 1),
  },
  {
    name: 'a short row keeps its warning in the data-quality report',
    text: 'customer_id,order_date,amount,note\nC1,2024-03-05,1,x\nC2,2024-03-05,2\n',
    check: (tx) => assert.ok(tx.report.warnings.some((w) => /fewer fields than the header/.test(w))),
  },
];

describe('readDataFile + prepareTransactions: the order rules on real files (#11)', () => {
  for (const c of PREPARE) {
    it(c.name, async () => {
      const sub = path.join(dir, 'prepare-' + c.name.replace(/\W+/g, '-').slice(0, 40));
      mkdirSync(sub, { recursive: true });
      const file = path.join(sub, 'orders.csv');
      writeFileSync(file, c.text);
      c.check(prepareTransactions(await readDataFile(file)));
    });
  }
});

describe("readDataFile: date-times keep the shop's calendar day (#11)", () => {
  it('reads an ISO time with an offset as the wall-clock time written, whatever the offset', async () => {
    const file = path.join(dir, 'offsets.csv');
    writeFileSync(file, 'id,at\nA,2025-10-07T00:30:00+02:00\nB,2025-10-07T23:30:00-05:00\nC,2025-10-07T12:00:00Z\n');
    const at = (await readDataFile(file)).array('at') as Date[];
    assert.deepEqual(
      at.map((d) => d.toISOString()),
      ['2025-10-07T00:30:00.000Z', '2025-10-07T23:30:00.000Z', '2025-10-07T12:00:00.000Z'],
    );
  });
});
