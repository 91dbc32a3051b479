/**
 * "CRM: Export Report": the open notebook, with its current outputs, as one self-contained HTML
 * file (see src/report). Asks where to save (next to the notebook by default).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { pseudonymizeNotebook, renderReport, reportLabels } from '../report/index';
import type { NotebookFile } from '../protocol/index';
import { fromNotebookData } from './serializer';

const masked = (nb: NotebookFile, columns: string[]) =>
  columns.length ? pseudonymizeNotebook(nb, columns, randomBytes(24).toString('hex')) : nb;

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
 * Asks which personal columns to mask (checkboxes: email, name, phone; none checked by default).
 * Undefined when the user cancels the export.
 */
async function askMask(): Promise<string[] | undefined> {
  const items = [
    { label: 'email', description: vscode.l10n.t('email addresses') },
    { label: 'name', description: vscode.l10n.t('first, last and full names') },
    { label: 'phone', description: vscode.l10n.t('phone numbers') },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Pseudonymize columns in the report? (optional)'),
    placeHolder: vscode.l10n.t('Check the columns to replace by a keyed hash, or press Enter to keep them'),
  });
  return picked?.map((p) => p.label);
}

/**
 * Asks once per export whether the partner sees the code: "With code" or "Results only" (the
 * `crmWorkbench.report.hideCode` setting picks which is offered first). Undefined when cancelled.
 */
async function askHideCode(hideByDefault: boolean): Promise<boolean | undefined> {
  const withCode = {
    label: vscode.l10n.t('With code'),
    description: vscode.l10n.t('the code of each cell above its results'),
    hide: false,
  };
  const resultsOnly = {
    label: vscode.l10n.t('Results only'),
    description: vscode.l10n.t('text, tables and charts, for a partner'),
    hide: true,
  };
  const picked = await vscode.window.showQuickPick(hideByDefault ? [resultsOnly, withCode] : [withCode, resultsOnly], {
    title: vscode.l10n.t('Export Report'),
    placeHolder: vscode.l10n.t('Include the code, or only the results?'),
  });
  return picked?.hide;
}

/**
 * Writes the report and offers to open it. Returns the file written, if any.
 * @param to where to write (default: ask with a save dialog, after asking which columns to mask)
 * @param mask columns to pseudonymize in every table and chart (crm.pseudonymize's keyed hash,
 *   with a random key per report); asked for when `to` is not given
 * @param hideCode "results only" (true) or "with code" (false); asked for when `to` is not given,
 *   else the `crmWorkbench.report.hideCode` setting
 */
export async function exportReport(
  doc: vscode.NotebookDocument,
  to?: vscode.Uri,
  mask?: string[],
  hideCode?: boolean,
): Promise<vscode.Uri | undefined> {
  const config = vscode.workspace.getConfiguration('crmWorkbench');
  if (!to && hideCode === undefined) {
    hideCode = await askHideCode(config.get<boolean>('report.hideCode', false));
    if (hideCode === undefined) return undefined;
  }
  if (!to && !mask) {
    mask = await askMask();
    if (!mask) return undefined;
  }
  const target =
    to ??
    (await vscode.window.showSaveDialog({
      defaultUri: doc.uri.with({ path: doc.uri.path.replace(/\.crmnb$/i, '') + '.html' }),
      filters: { HTML: ['html'] },
      saveLabel: vscode.l10n.t('Export Report'),
      title: vscode.l10n.t('Export the notebook as an HTML report'),
    }));
  if (!target) return undefined;
  const html = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Rendering the report…') },
    () =>
      renderReport(masked(fromNotebookData(notebookData(doc), { saveOutputs: true }), mask ?? []), {
        hideCode: hideCode ?? config.get<boolean>('report.hideCode', false),
        labels: reportLabels(vscode.env.language),
      }),
  );
  await vscode.workspace.fs.writeFile(target, Buffer.from(html, 'utf8'));
  const open = vscode.l10n.t('Open in Browser');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Report written to {0}', vscode.workspace.asRelativePath(target)), open)
    .then((choice) => {
      if (choice === open) void vscode.env.openExternal(target);
    });
  return target;
}
