import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { EXTENSION_ID, items, runCells } from './helpers';

/** #15: Chinese comments are scored in the kernel as VS Code runs it (Intl.Segmenter of the editor's own Node). */
describe('Chinese text analysis in a real kernel, and the first cell of a new notebook', function () {
  this.timeout(120_000);

  it('scores Chinese comments, and "Starting kernel…" never stays in the first cell', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    const cell = new vscode.NotebookCellData(
      vscode.NotebookCellKind.Code,
      "crm.sentiment(['物流很快，包装完好', '客服态度很差，不会再买了', '']).array('label').join(' ')",
      'typescript',
    );
    const doc = await vscode.workspace.openNotebookDocument('crm-notebook', new vscode.NotebookData([cell]));
    const editor = await vscode.window.showNotebookDocument(doc);
    await vscode.commands.executeCommand('notebook.selectKernel', {
      notebookEditor: editor,
      id: 'crm-workbench.kernel',
      extension: EXTENSION_ID,
    });
    const seen: string[] = [];
    const listener = vscode.workspace.onDidChangeNotebookDocument((e) => {
      for (const c of e.cellChanges)
        if (c.outputs)
          seen.push(
            items(c.cell)
              .map((i) => i.text)
              .join('|'),
          );
    });
    try {
      await runCells(editor, [0]);
    } finally {
      listener.dispose();
    }
    const out = items(doc.cellAt(0));
    assert.equal(doc.cellAt(0).executionSummary?.success, true, JSON.stringify(out));
    assert.match(out.map((i) => i.text).join('\n'), /positive negative not scored/);
    assert.ok(!out.some((i) => i.text.includes('Starting kernel…')), JSON.stringify(out));
    // Outputs seen while it ran: the note, if any, came before the result.
    const note = seen.findIndex((s) => s.includes('Starting kernel…'));
    console.log(`outputs of the first cell while it ran: ${JSON.stringify(seen)}`);
    const result = seen.findIndex((s) => s.includes('positive'));
    assert.ok(result >= 0 && (note === -1 || note < result), JSON.stringify(seen));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
