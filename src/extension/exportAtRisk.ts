/**
 * "CRM: Export Customers to Contact…" (crmWorkbench.exportAtRisk): the action list of an orders file,
 * with contacts, saved as a spreadsheet — for Quick Metrics' "Export customers to contact…" button.
 * It runs in a kernel of its own (the same `load`, `crm.prepareTransactions`, `crm.actionList`
 * and `save` as a cell), so a large file never blocks the editor.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import { KernelProcess } from '../host/KernelProcess';

/** The cell that makes and saves the list (contacts: `prepared.customers`, when the export has them). */
export function exportAtRiskCell(dataFile: string, target: string, overwrite: boolean): string {
  return [
    `const prepared = crm.prepareTransactions(await load(${JSON.stringify(dataFile)}));`,
    'const list = crm.actionList(prepared, { contacts: prepared.customers });',
    `await save(list, ${JSON.stringify(target)}, { overwrite: ${overwrite} });`,
  ].join('\n');
}

/**
 * @param dataFile the orders export
 * @param to where to save (default: ask with a save dialog, which itself asks before replacing a file)
 * @returns the file written, or undefined when cancelled
 * @throws when the file cannot be read or the list cannot be made (the kernel's error message)
 */
export async function exportAtRisk(kernelPath: string, dataFile: vscode.Uri, to?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const target =
    to ??
    (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(dataFile.fsPath.replace(/\.[^.\\/]+$/, '') + '.at-risk.xlsx'),
      filters: { Excel: ['xlsx'], CSV: ['csv'] },
      title: vscode.l10n.t('Export customers to contact'),
    }));
  if (!target) return undefined;
  const kernel = new KernelProcess({ kernelPath, notebookDir: path.dirname(dataFile.fsPath) });
  try {
    // A file picked in the save dialog was confirmed there; a given target is never replaced unless save() wrote it.
    const source = exportAtRiskCell(dataFile.fsPath, target.fsPath, !to);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finding customers to contact…') },
      () => kernel.execute(source, 'Export customers to contact', 'typescript'),
    );
    if (result.status !== 'ok') throw new Error(result.error?.message ?? result.status);
  } finally {
    kernel.dispose();
  }
  return target;
}
