/**
 * "CRM: Export Report": the open notebook, with its current outputs, as one self-contained HTML
 * file (see src/report). Asks where to save (next to the notebook by default).
 */
import * as vscode from 'vscode';
import { renderReport, reportLabels } from '../report/index';
import { fromNotebookData } from './serializer';

function notebookData(doc: vscode.NotebookDocument): vscode.NotebookData {
  const cells = doc.getCells().map((c) => {
    const data = new vscode.NotebookCellData(c.kind, c.document.getText(), c.document.languageId);
    data.outputs = [...c.outputs];
    data.metadata = c.metadata;
    data.executionSummary = c.executionSummary;
    return data;
  });
  const nb = new vscode.NotebookData(cells);
  nb.metadata = doc.metadata;
  return nb;
}

/**
 * Writes the report and offers to open it. Returns the file written, if any.
 * @param to where to write (default: ask with a save dialog)
 */
export async function exportReport(doc: vscode.NotebookDocument, to?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const config = vscode.workspace.getConfiguration('crmWorkbench');
  const target = to ?? await vscode.window.showSaveDialog({
    defaultUri: doc.uri.with({ path: doc.uri.path.replace(/\.crmnb$/i, '') + '.html' }),
    filters: { HTML: ['html'] },
    saveLabel: vscode.l10n.t('Export Report'),
    title: vscode.l10n.t('Export the notebook as an HTML report'),
  });
  if (!target) return undefined;
  const html = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Rendering the report…') }, () =>
    renderReport(fromNotebookData(notebookData(doc), { saveOutputs: true }), { hideCode: config.get<boolean>('report.hideCode', false), labels: reportLabels(vscode.env.language) }),
  );
  await vscode.workspace.fs.writeFile(target, Buffer.from(html, 'utf8'));
  const open = vscode.l10n.t('Open in Browser');
  void vscode.window.showInformationMessage(vscode.l10n.t('Report written to {0}', vscode.workspace.asRelativePath(target)), open).then((choice) => {
    if (choice === open) void vscode.env.openExternal(target);
  });
  return target;
}
