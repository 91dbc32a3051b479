import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_ID, waitFor } from './helpers';

describe('the samples (issue 15)', function () {
  this.timeout(120_000);
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('New Notebook from Sample copies the Chinese sample with its data folder, and it opens with its results', async () => {
    const folder = vscode.Uri.file(mkdtempSync(path.join(os.tmpdir(), 'crm-tea-')));
    const nb = await vscode.commands.executeCommand<vscode.Uri>('crmWorkbench.newFromSample', 'tea-shop-zh.crmnb', folder);
    for (const file of ['taobao-orders.csv', 'wechat-orders.csv', 'survey.csv', 'campaign.csv'])
      assert.ok(existsSync(path.join(folder.fsPath, 'data', 'tea-shop', file)), file);
    const editor = await waitFor('the sample to open', () =>
      vscode.window.activeNotebookEditor?.notebook.uri.fsPath === nb.fsPath ? vscode.window.activeNotebookEditor : undefined,
    );
    const code = editor.notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
    assert.ok(code.length > 10 && code.every((c) => c.outputs.length > 0), 'every code cell opens with its saved outputs');
  });

  it('Export Report of a sample, with saved outputs and nothing run, has a summary page and leaves out report: false cells', async () => {
    const folder = vscode.Uri.file(mkdtempSync(path.join(os.tmpdir(), 'crm-gs-')));
    const nb = await vscode.commands.executeCommand<vscode.Uri>('crmWorkbench.newFromSample', 'getting-started.crmnb', folder);
    await waitFor('the sample to open', () => vscode.window.activeNotebookEditor?.notebook.uri.fsPath === nb.fsPath);
    const target = vscode.Uri.file(path.join(folder.fsPath, 'report.html'));
    await vscode.commands.executeCommand('crmWorkbench.exportReport', nb, target);
    const html = readFileSync(target.fsPath, 'utf8');
    assert.match(html, /<section class="summary">/);
    assert.match(html, /customers to contact/);
    assert.doesNotMatch(html, /Run All/);
  });

  it('Leave Out of Report toggles the cell metadata report: false, and back', async () => {
    const folder = vscode.Uri.file(mkdtempSync(path.join(os.tmpdir(), 'crm-toggle-')));
    const nb = await vscode.commands.executeCommand<vscode.Uri>('crmWorkbench.newFromSample', 'basket-analysis.crmnb', folder);
    const editor = await waitFor('the sample to open', () =>
      vscode.window.activeNotebookEditor?.notebook.uri.fsPath === nb.fsPath ? vscode.window.activeNotebookEditor : undefined,
    );
    const cell = editor.notebook.cellAt(1);
    await vscode.commands.executeCommand('crmWorkbench.toggleInReport', cell);
    assert.equal(editor.notebook.cellAt(1).metadata.report, false);
    await vscode.commands.executeCommand('crmWorkbench.toggleInReport', editor.notebook.cellAt(1));
    assert.equal(editor.notebook.cellAt(1).metadata.report, undefined);
  });
});
