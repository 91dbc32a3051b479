import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_ID, fixture, openNotebook, runCells, waitFor } from './helpers';

describe('the commands', function () {
  this.timeout(120_000);
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Quick Metrics opens its panel for a CSV file', async () => {
    await vscode.commands.executeCommand('crmWorkbench.quickMetrics', fixture('orders.csv'));
    const tab = await waitFor('the Quick Metrics panel', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Quick Metrics: orders.csv'),
    );
    assert.ok(tab);
  });

  it('Export Report writes an HTML report with the notebook’s charts', async () => {
    const editor = await openNotebook('basic.crmnb');
    await runCells(editor, [1, 2]);
    const target = vscode.Uri.file(path.join(mkdtempSync(path.join(os.tmpdir(), 'crm-report-')), 'basic.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('crmWorkbench.exportReport', editor.notebook.uri, target);
    assert.equal(written?.fsPath, target.fsPath);
    const html = readFileSync(target.fsPath, 'utf8');
    assert.match(html, /<svg/);
    assert.doesNotMatch(html, /<script|<img src=x/);
  });

  it('New Notebook from Sample copies the sample and its data, and opens it', async () => {
    const folder = vscode.Uri.file(mkdtempSync(path.join(os.tmpdir(), 'crm-sample-')));
    const nb = await vscode.commands.executeCommand<vscode.Uri>('crmWorkbench.newFromSample', 'getting-started.crmnb', folder);
    assert.equal(path.basename(nb.fsPath), 'getting-started.crmnb');
    assert.ok(existsSync(path.join(folder.fsPath, 'data', 'orders.csv')));
    await waitFor('the sample to open', () => vscode.window.activeNotebookEditor?.notebook.uri.fsPath === nb.fsPath);
  });
});
