import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { EXTENSION_ID, items, openNotebook, runCells } from './helpers';

describe('an untrusted workspace', function () {
  this.timeout(60_000);

  after(async () => {
    (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()).simulateUntrusted(false);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('runs no cell and says why', async () => {
    const api = await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    api.simulateUntrusted(true);
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
