/**
 * "CRM: Leave Out of Report / Include in Report": toggles the cell metadata `report: false`, which
 * Export Report and `crm-workbench report` read to leave a cell out (notes for the notebook's
 * user, such as how to run it). The cell toolbar passes the cell; from the palette, the active cell.
 */
import * as vscode from 'vscode';
import { NOTEBOOK_TYPE } from './serializer';

export async function toggleInReport(cell?: vscode.NotebookCell): Promise<void> {
  const editor = vscode.window.activeNotebookEditor;
  const target = cell ?? (editor ? editor.notebook.cellAt(editor.selection.start) : undefined);
  if (!target || target.notebook.notebookType !== NOTEBOOK_TYPE) return;
  const metadata: Record<string, unknown> = { ...target.metadata };
  if (metadata.report === false) delete metadata.report;
  else metadata.report = false;
  const edit = new vscode.WorkspaceEdit();
  edit.set(target.notebook.uri, [vscode.NotebookEdit.updateCellMetadata(target.index, metadata)]);
  await vscode.workspace.applyEdit(edit);
  void vscode.window.showInformationMessage(
    metadata.report === false
      ? vscode.l10n.t('This cell is left out of exported reports.')
      : vscode.l10n.t('This cell is included in exported reports again.'),
  );
}
