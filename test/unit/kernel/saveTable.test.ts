import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as aq from 'arquero';
import ExcelJS from 'exceljs';
import { saveTable } from '../../../src/kernel/saveTable';
import { atomicWrite } from '../../../src/kernel/save/atomicWrite';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'crm-save-'));
});
const customers = () =>
  aq.table({
    email: ['ann@x.org', 'li@x.org', ''],
    name: ['Ann Lee', '李雷', 'Nobody'],
    segment: ['Champions', 'At Risk', 'Lost'],
    value: [120.5, 30, 0],
  });

describe('save(table, path)', () => {
  it('writes CSV as UTF-8 with a byte-order mark, resolved from the notebook folder, and returns { path, rows }', async () => {
    const r = await saveTable(dir, customers(), 'out/list.csv');
    assert.deepEqual(r, { path: path.join(dir, 'out', 'list.csv'), rows: 3 });
    const bytes = await readFile(r.path);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8').split('\r\n')[2], 'li@x.org,李雷,At Risk,30');
  });

  it('writes GB18030 when asked: 李雷 is C0EE C0D7 (GB 2312), and no byte-order mark', async () => {
    const r = await saveTable(dir, aq.table({ name: ['李雷'] }), 'gb.csv', { encoding: 'gb18030' });
    assert.equal((await readFile(r.path)).toString('hex'), Buffer.from('name\r\n').toString('hex') + 'c0eec0d7' + '0d0a');
  });

  it('neutralises formulas in CSV cells', async () => {
    const r = await saveTable(dir, aq.table({ name: ['=cmd|/C calc!A0'] }), 'evil.tsv', { encoding: 'utf8' });
    assert.equal(await readFile(r.path, 'utf8'), "name\r\n'=cmd|/C calc!A0\r\n");
  });

  it('round-trips XLSX: exceljs reads back the header, text, numbers and dates', async () => {
    const t = aq.table({ id: ['a', '=1+1'], amount: [1.5, -2], day: [new Date('2024-01-02T00:00:00Z'), null] });
    const r = await saveTable(dir, t, 'book.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.path);
    const ws = wb.worksheets[0];
    assert.equal(ws.name, 'book');
    assert.deepEqual(
      [1, 2, 3].map((c) => ws.getRow(1).getCell(c).value),
      ['id', 'amount', 'day'],
    );
    assert.equal(ws.getCell('A3').value, '=1+1'); // text, not a formula
    assert.equal(ws.getCell('B3').value, -2);
    assert.equal((ws.getCell('C2').value as Date).toISOString(), '2024-01-02T00:00:00.000Z');
  });

  it('writes JSON as an array of objects, dates as days', async () => {
    const r = await saveTable(dir, aq.table({ id: ['a'], d: [new Date('2024-05-06T00:00:00Z')] }), 'x.json');
    assert.deepEqual(JSON.parse(await readFile(r.path, 'utf8')), [{ id: 'a', d: '2024-05-06' }]);
  });

  it('writes Mailchimp import columns: Email Address, First Name, Last Name, Tags; rows without email left out', async () => {
    const r = await saveTable(dir, customers(), 'mc.csv', { format: 'mailchimp', tags: ['win-back, Q1'], encoding: 'utf8' });
    assert.equal(r.rows, 2);
    assert.deepEqual((await readFile(r.path, 'utf8')).split('\r\n'), [
      'Email Address,First Name,Last Name,Tags',
      'ann@x.org,Ann,Lee,"""win-back, Q1"",Champions"',
      'li@x.org,李雷,,"""win-back, Q1"",At Risk"',
      '',
    ]);
  });

  it('writes Klaviyo import columns: Email first and the tags as a JSON list property', async () => {
    const r = await saveTable(dir, customers(), 'kl.csv', { format: 'klaviyo', listProperty: 'CRM Tags', encoding: 'utf8' });
    const lines = (await readFile(r.path, 'utf8')).split('\r\n');
    assert.equal(lines[0], 'Email,First Name,Last Name,CRM Tags');
    assert.equal(lines[1], 'ann@x.org,Ann,Lee,"[""Champions""]"');
  });

  it('does not overwrite a file it did not write, unless told to; replaces its own unedited output', async () => {
    const mine = path.join(dir, 'mine.csv');
    await writeFile(mine, 'my notes');
    await assert.rejects(saveTable(dir, customers(), 'mine.csv'), /already exists and was not written by save\(\)/);
    assert.equal(await readFile(mine, 'utf8'), 'my notes');
    await saveTable(dir, customers(), 'mine.csv', { overwrite: true });
    await saveTable(dir, customers(), 'mine.csv'); // ours now, unedited
    await writeFile(mine, 'edited by hand');
    await assert.rejects(saveTable(dir, customers(), 'mine.csv'), /or was edited since/);
  });

  it('names the broken rule for a bad format or option', async () => {
    await assert.rejects(saveTable(dir, customers(), 'x.pdf'), /^KernelError: save: cannot tell the format of "x\.pdf"/);
    await assert.rejects(saveTable(dir, customers(), 'x.csv', { encodng: 'gb18030' } as object), /unknown option "encodng"/);
    await assert.rejects(saveTable(dir, aq.table({ id: [1] }), 'x.csv', { format: 'mailchimp' }), /needs an email column/);
  });
});

describe('atomicWrite', () => {
  it('leaves no partial file and the old content when writing fails', async () => {
    const target = path.join(dir, 'list.csv');
    await writeFile(target, 'old');
    await assert.rejects(
      atomicWrite(target, async () => {
        throw new Error('disk full');
      }),
      /disk full/,
    );
    assert.equal(await readFile(target, 'utf8'), 'old');
    assert.deepEqual(await readdir(dir), ['list.csv']);
  });
});
