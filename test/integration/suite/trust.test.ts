import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { EXTENSION_ID, items, openNotebook, runCells } from './helpers';

/** The extension's test-only command (registered under ExtensionMode.Test; see src/extension/extension.ts). */
const simulateUntrusted = (on: boolean) => vscode.commands.executeCommand('crmWorkbench.test.simulateUntrusted', on);

describe('an untrusted workspace', function () {
  this.timeout(60_000);

  after(async () => {
    await simulateUntrusted(false);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('runs no cell and says why', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await simulateUntrusted(true);
    const editor = await openNotebook('basic.crmnb');
    await runCells(editor, [1]);
    const cell = editor.notebook.cellAt(1);
    assert.equal(cell.executionSummary?.success, false);
    const err = JSON.parse(items(cell).find((i) => i.mime === 'application/vnd.code.notebook.error')!.text);
    assert.equal(err.name, 'Restricted Mode');
    assert.match(err.message, /not trusted/);
    assert.ok(!items(cell).some((i) => i.mime === 'application/vnd.crm-workbench.table+json'), 'the cell did not run');
  });
});
