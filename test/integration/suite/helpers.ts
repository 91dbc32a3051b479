import * as vscode from 'vscode';
import path from 'node:path';
import assert from 'node:assert/strict';

export const EXTENSION_ID = 'crm-workbench.crm-workbench';
export const workspaceDir = () => process.env.CRM_IT_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;
export const fixture = (name: string) => vscode.Uri.file(path.join(workspaceDir(), name));

export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openNotebook(name: string): Promise<vscode.NotebookEditor> {
  await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  const doc = await vscode.workspace.openNotebookDocument(fixture(name));
  const editor = await vscode.window.showNotebookDocument(doc);
  await vscode.commands.executeCommand('notebook.selectKernel', {
    notebookEditor: editor,
    id: 'crm-workbench.kernel',
    extension: EXTENSION_ID,
  });
  return editor;
}

/** Runs the given cells (all code cells by default) and waits until each has finished. */
export async function runCells(editor: vscode.NotebookEditor, indexes?: number[]): Promise<void> {
  const nb = editor.notebook;
  const targets = (
    indexes ??
    nb
      .getCells()
      .filter((c) => c.kind === vscode.NotebookCellKind.Code)
      .map((c) => c.index)
  ).map((i) => nb.cellAt(i));
  if (!targets.length) throw new Error('runCells: no code cells to run');
  const before = targets.map((c) => c.executionSummary?.timing?.endTime ?? 0);
  await vscode.commands.executeCommand('notebook.cell.execute', {
    ranges: indexes ? indexes.map((i) => ({ start: i, end: i + 1 })) : [{ start: 0, end: nb.cellCount }],
    document: nb.uri,
  });
  await waitFor('cells to finish', () =>
    targets.every((c, k) => (c.executionSummary?.timing?.endTime ?? 0) > before[k] && c.executionSummary?.success !== undefined),
  );
}

export function items(cell: vscode.NotebookCell): { mime: string; text: string }[] {
  return cell.outputs.flatMap((o) => o.items.map((i) => ({ mime: i.mime, text: new TextDecoder().decode(i.data) })));
}
