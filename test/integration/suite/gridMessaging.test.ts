import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_ID, items, runCells } from './helpers';

/** What the renderer would get back for a message (through the test seam that stands in for the webview). */
const ask = (uri: vscode.Uri, request: unknown, exportPath?: string) =>
  vscode.commands.executeCommand<Record<string, unknown>>('crmWorkbench.test.gridMessage', uri, request, exportPath);

describe('the live grid’s messaging: renderer → extension → kernel (issue 12)', function () {
  this.timeout(120_000);
  let editor: vscode.NotebookEditor;
  let tableId: string;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    const code =
      'aq.table({ customer: Array.from({ length: 2001 }, (_, i) => "C" + i), monetary: Array.from({ length: 2001 }, (_, i) => ((i * 7919) % 2003) / 4) })';
    const doc = await vscode.workspace.openNotebookDocument(
      'crm-notebook',
      new vscode.NotebookData([new vscode.NotebookCellData(vscode.NotebookCellKind.Code, code, 'typescript')]),
    );
    editor = await vscode.window.showNotebookDocument(doc);
    await vscode.commands.executeCommand('notebook.selectKernel', {
      notebookEditor: editor,
      id: 'crm-workbench.kernel',
      extension: EXTENSION_ID,
    });
    await runCells(editor);
    const payload = JSON.parse(items(doc.cellAt(0)).find((i) => i.mime === 'application/vnd.crm-workbench.table+json')!.text);
    assert.equal(payload.rows.length, 100, 'only the preview is in the output');
    tableId = payload.id;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('pages through all 2,001 rows sorted descending: the top row is the maximum of the whole table', async () => {
    const query = { sort: [{ column: 'monetary', descending: true }], filters: [] };
    const first = await ask(editor.notebook.uri, { type: 'page', tableId, query, page: 0, pageSize: 25 });
    const max = Math.max(...Array.from({ length: 2001 }, (_, i) => ((i * 7919) % 2003) / 4));
    assert.equal(first.type, 'page', JSON.stringify(first));
    assert.equal((first.rows as unknown[][])[0][1], max);
    assert.deepEqual([first.pageCount, first.matchingRows, first.totalRows], [81, 2001, 2001]);
    const last = await ask(editor.notebook.uri, { type: 'page', tableId, query, page: 80, pageSize: 25 });
    assert.equal((last.rows as unknown[][]).length, 1);
  });

  it('filters, profiles, and exports all matching rows to a CSV the test reads back', async () => {
    const filters = [{ kind: 'range', column: 'monetary', min: 400 }];
    const page = await ask(editor.notebook.uri, { type: 'page', tableId, query: { sort: [], filters }, page: 0, pageSize: 25 });
    const expected = Array.from({ length: 2001 }, (_, i) => ((i * 7919) % 2003) / 4).filter((x) => x >= 400).length;
    assert.equal(page.matchingRows, expected);
    const profile = await ask(editor.notebook.uri, { type: 'profile', tableId });
    const money = (profile.profiles as { name: string; distinct: number; max: number }[])[1];
    assert.deepEqual([money.name, money.distinct], ['monetary', 2001]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'crm-grid-export-')), 'rich.csv');
    const exported = await ask(editor.notebook.uri, { type: 'export', tableId, query: { sort: [], filters }, format: 'csv' }, file);
    assert.deepEqual([exported.type, exported.rows], ['exported', expected]);
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    assert.equal(lines.length, expected + 1);
    assert.equal(lines[0].replace(/^\ufeff/, ''), 'customer,monetary');
  });

  it('copies text to the clipboard, and answers bad messages and a restarted kernel with errors', async () => {
    assert.equal((await ask(editor.notebook.uri, { type: 'copy', text: 'customer\tmonetary\nC1\t3.5\n' })).type, 'copied');
    assert.equal(await vscode.env.clipboard.readText(), 'customer\tmonetary\nC1\t3.5\n');
    const bad = await ask(editor.notebook.uri, {
      type: 'page',
      tableId,
      query: { sort: [{ column: 'nope', descending: true }], filters: [] },
      page: 0,
      pageSize: 25,
    });
    assert.deepEqual([bad.type, bad.code], ['error', 'bad-request']);
    assert.match(String(bad.message), /no column "nope"/);
    const past = await ask(editor.notebook.uri, { type: 'page', tableId, query: { sort: [], filters: [] }, page: 500, pageSize: 25 });
    assert.match(String(past.message), /past the last page/);
    assert.equal((await ask(editor.notebook.uri, { type: 'rm -rf' })).code, 'bad-request');
    await vscode.commands.executeCommand('crmWorkbench.restartKernel', editor.notebook.uri);
    const stale = await ask(editor.notebook.uri, { type: 'profile', tableId });
    assert.deepEqual([stale.type, stale.code], ['error', 'unknown-table']);
  });
});
