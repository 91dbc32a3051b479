import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fixture, items, openNotebook, runCells } from './helpers';

describe('a .crmnb notebook in VS Code', function () {
  this.timeout(120_000);
  let editor: vscode.NotebookEditor;

  before(async () => {
    editor = await openNotebook('basic.crmnb');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens with its cells, kinds and languages', () => {
    const cells = editor.notebook.getCells();
    assert.deepEqual(
      cells.map((c) => [c.kind, c.document.languageId]),
      [
        [vscode.NotebookCellKind.Markup, 'markdown'],
        [vscode.NotebookCellKind.Code, 'typescript'],
        [vscode.NotebookCellKind.Code, 'typescript'],
        [vscode.NotebookCellKind.Code, 'typescript'],
      ],
    );
  });

  it('runs all cells: a table output with its row count, streamed stdout, and a Vega-Lite chart', async () => {
    await runCells(editor);
    const [, load, chart, failing] = editor.notebook.getCells();
    assert.equal(load.executionSummary?.success, true, JSON.stringify(items(load)));
    const loadItems = items(load);
    assert.equal(loadItems.find((i) => i.mime === 'application/vnd.code.notebook.stdout')?.text, 'rows 5\n');
    const table = JSON.parse(loadItems.find((i) => i.mime === 'application/vnd.crm-workbench.table+json')!.text);
    assert.equal(table.totalRows, 5);
    assert.deepEqual(
      table.columns.map((c: { name: string }) => c.name),
      ['customer_id', 'order_id', 'order_date', 'amount'],
    );
    assert.ok(
      loadItems.some((i) => i.mime === 'text/plain'),
      'has a plain-text fallback',
    );

    assert.equal(chart.executionSummary?.success, true, JSON.stringify(items(chart)));
    const spec = JSON.parse(items(chart).find((i) => i.mime === 'application/vnd.vegalite.v6+json')!.text);
    assert.equal(spec.mark, 'bar');
    assert.equal(spec.data.values.length, 4);

    assert.equal(failing.executionSummary?.success, false);
    assert.ok((failing.executionSummary?.executionOrder ?? 0) > (chart.executionSummary?.executionOrder ?? 0));
  });

  it('shows an error output that points at the cell, line and column', () => {
    const failing = editor.notebook.cellAt(3);
    const err = JSON.parse(items(failing).find((i) => i.mime === 'application/vnd.code.notebook.error')!.text);
    assert.equal(err.message, 'Cell 4, line 3, column 9: deliberate failure');
  });

  it('restarts the kernel: earlier variables are gone', async () => {
    await vscode.commands.executeCommand('crmWorkbench.restartKernel');
    const nb = editor.notebook;
    const edit = new vscode.WorkspaceEdit();
    edit.set(nb.uri, [
      vscode.NotebookEdit.insertCells(nb.cellCount, [
        new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'typeof orders', 'typescript'),
      ]),
    ]);
    await vscode.workspace.applyEdit(edit);
    await runCells(editor, [nb.cellCount - 1]);
    assert.deepEqual(
      items(nb.cellAt(nb.cellCount - 1)).map((i) => i.text),
      ['undefined'],
    );
  });

  it("reads a GB18030 Taobao report in the kernel under the editor's own runtime (#11)", async () => {
    // The decoder must work where the kernel really runs, not only under the Node of the unit tests.
    const nb = editor.notebook;
    const code = [
      "const tb = crm.prepareTransactions(await load('taobao-orders.gb18030.csv'));",
      "const sum = (tb.table.array('amount') as number[]).reduce((a, b) => a + b, 0);",
      "JSON.stringify({ revenue: sum, orders: tb.table.numRows(), names: tb.customers.array('name'), excluded: tb.report.droppedByReason })",
    ].join('\n');
    const edit = new vscode.WorkspaceEdit();
    edit.set(nb.uri, [
      vscode.NotebookEdit.insertCells(nb.cellCount, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, code, 'typescript')]),
    ]);
    await vscode.workspace.applyEdit(edit);
    const cell = nb.cellAt(nb.cellCount - 1);
    await runCells(editor, [cell.index]);
    assert.equal(cell.executionSummary?.success, true, JSON.stringify(items(cell)));
    const out = JSON.parse(items(cell).find((i) => i.mime === 'text/plain')!.text);
    // test/fixtures/exports/taobao-orders.csv (its UTF-8 twin): 5 orders count, 399.50 net; 2 unpaid, 2 closed.
    assert.deepEqual(out, { revenue: 399.5, orders: 5, names: ['李安', '王本', '陈卡'], excluded: { 'awaiting payment': 2, closed: 2 } });
  });
});

describe('the .crmnb serializer in VS Code', function () {
  this.timeout(60_000);

  it('refuses a file that is not valid JSON and leaves it untouched', async () => {
    const uri = fixture('broken.crmnb');
    writeFileSync(uri.fsPath, '{ "version": 1, "cells": [ oops');
    await assert.rejects(Promise.resolve(vscode.workspace.openNotebookDocument(uri)), /not valid JSON/);
    assert.equal(readFileSync(uri.fsPath, 'utf8'), '{ "version": 1, "cells": [ oops');
  });

  it('saves what it opened without losing cells, metadata or outputs', async () => {
    const uri = fixture('saved.crmnb');
    const original = {
      version: 1,
      metadata: { owner: 'shop' },
      cells: [
        {
          kind: 'code',
          language: 'javascript',
          source: '1 + 1',
          metadata: { tag: 'x' },
          outputs: [{ items: [{ mime: 'text/plain', data: '2' }] }],
          execution: { order: 1, success: true, startTime: 10, endTime: 20 },
        },
      ],
    };
    writeFileSync(uri.fsPath, JSON.stringify(original));
    const doc = await vscode.workspace.openNotebookDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.set(uri, [vscode.NotebookEdit.updateNotebookMetadata({ owner: 'shop', edited: true })]);
    await vscode.workspace.applyEdit(edit);
    await doc.save();
    const saved = JSON.parse(readFileSync(uri.fsPath, 'utf8'));
    assert.deepEqual(saved.cells, original.cells);
    assert.deepEqual(saved.metadata, { edited: true, owner: 'shop' });
  });
});
