/**
 * `crm-workbench metrics` on every platform fixture, as a shop owner would run it (#11): the same
 * net revenue, counted orders and customers from the file as downloaded, re-encoded as GB18030 or
 * UTF-16, rewritten with semicolons and decimal commas, tab-separated under a .csv name, or saved
 * as an .xlsx workbook. No --map is needed for any of them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { isIdentifierHeader, quickMetrics, type OrdersMetrics } from '../../../src/analytics/index';
import { readDataFile } from '../../../src/io/index';
import { CASES } from '../analytics/data/platformExpectations';
import { encodeGb18030 } from '../io/gb18030';

const cli = path.resolve('dist/cli.js');
const fixture = (file: string) => path.resolve('test/fixtures/exports', file);
const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-exports-'));
const cents = (x: number) => Math.round(x * 100) / 100;
const CHINESE = /taobao|jd|pinduoduo|youzan|douyin|wechat/;

/** The rows of a CSV text (an independent little parser: quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f !== ''));
}

const quote = (f: string, d: string) => (f.includes(d) || f.includes('"') || /[\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
const writeCsv = (rows: string[][], d: string) => rows.map((r) => r.map((f) => quote(f, d)).join(d)).join('\n') + '\n';
const utf16le = (s: string) => {
  const out = new Uint8Array(2 + 2 * s.length);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + 2 * i);
  return out;
};

/** The fixture as an .xlsx workbook: plain numbers as number cells (not identifiers), the rest as text. */
async function asWorkbook(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  const ids = rows[0].map((h) => isIdentifierHeader(h));
  for (const [i, r] of rows.entries()) ws.addRow(r.map((f, j) => (i > 0 && !ids[j] && /^-?(0|[1-9]\d*)(\.\d+)?$/.test(f) ? Number(f) : f)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The variants of a fixture a shop might have, by name. */
async function variants(file: string): Promise<Record<string, Uint8Array>> {
  const text = readFileSync(fixture(file), 'utf8');
  const rows = parseCsv(text);
  const european = rows.map((r, i) => (i === 0 ? r : r.map((f) => (/^-?\d+\.\d+$/.test(f) ? f.replace('.', ',') : f))));
  const out: Record<string, Uint8Array> = {
    'as downloaded': readFileSync(fixture(file)),
    'UTF-16 with BOM': utf16le(text),
    'semicolons and decimal commas': new TextEncoder().encode(writeCsv(european, ';')),
    'tab-separated, named .csv': new TextEncoder().encode(writeCsv(rows, '\t')),
    '.xlsx workbook': await asWorkbook(rows),
  };
  if (CHINESE.test(file)) out['GB18030'] = encodeGb18030(text);
  return out;
}

describe('metrics on every platform export, in every encoding and format (#11)', () => {
  for (const c of CASES) {
    it(`${c.file}: revenue ${c.revenue}, ${c.orders} orders, ${c.customers} customers in every variant`, async () => {
      for (const [name, bytes] of Object.entries(await variants(c.file))) {
        const file = path.join(
          dir,
          `${c.file.replace('.csv', '')}-${name.replace(/\W+/g, '-')}${name === '.xlsx workbook' ? '.xlsx' : '.csv'}`,
        );
        writeFileSync(file, bytes);
        const m = quickMetrics(await readDataFile(file)) as OrdersMetrics;
        assert.equal(m.kind, 'orders', `${c.file}, ${name}`);
        assert.deepEqual([cents(m.revenue), m.orders, m.customers], [c.revenue, c.orders, c.customers], `${c.file}, ${name}`);
        assert.deepEqual(m.report.droppedByReason, c.excluded, `${c.file}, ${name}`);
      }
    });
  }

  it('reads the committed GB18030 Taobao and JD reports from the command line, with exclusions by reason in the JSON', () => {
    for (const [file, expected] of [
      ['taobao-orders.gb18030.csv', CASES.find((c) => c.file === 'taobao-orders.csv')!],
      ['jd-orders.gb18030.csv', CASES.find((c) => c.file === 'jd-orders.csv')!],
    ] as const) {
      const r = spawnSync(process.execPath, [cli, 'metrics', fixture(file), '--json'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const m = JSON.parse(r.stdout);
      assert.deepEqual([cents(m.revenue), m.orders, m.customers], [expected.revenue, expected.orders, expected.customers]);
      assert.deepEqual(m.report.droppedByReason, expected.excluded);
      assert.equal(m.read.encoding, 'gb18030');
      assert.ok(Array.isArray(m.report.warnings) && m.report.warnings.length > 0);
      for (const col of ['customerId', 'orderId', 'orderDate', 'amount']) assert.ok(m.report.mapping[col], `${file}: ${col} mapped`);
    }
  });

  it('prints how the file was read, the exclusions and the warnings in its text output', () => {
    const r = spawnSync(process.execPath, [cli, 'metrics', fixture('shopify-orders.csv')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /revenue \$180\.50 · orders 5 · customers 3/);
    assert.match(r.stdout, /read as UTF-8 text, ','-delimited, decimal point/);
    assert.match(r.stdout, /excluded: .*refunded 1/);
    assert.match(r.stdout, /warning: /);
  });

  it('gives a --kind/--map hint when it cannot tell what a file is', () => {
    const file = path.join(dir, 'mystery.csv');
    writeFileSync(file, 'alpha,beta\nx,y\n');
    const r = spawnSync(process.execPath, [cli, 'metrics', file], { encoding: 'utf8' });
    assert.match(r.stdout + r.stderr, /--kind orders --map/);
  });
});
