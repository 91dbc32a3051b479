/**
 * The extension's commands. Each reports failures as one line to the user with a button that
 * opens the output channel, where the details are.
 */
import * as vscode from 'vscode';
import type { KernelController } from './KernelController';
import { NOTEBOOK_TYPE } from './serializer';
import { exportReport } from './exportReport';
import { exportAtRisk } from './exportAtRisk';
import { newFromSample } from './newFromSample';
import { toggleInReport } from './toggleInReport';
import { quickMetrics, type QuickMetricsDeps } from './quickMetrics/quickMetricsCommand';

const STARTER_CELLS: [vscode.NotebookCellKind, string, string][] = [
  [vscode.NotebookCellKind.Markup, '# Customer analysis\n\nLoad an orders export and look at it.', 'markdown'],
  [vscode.NotebookCellKind.Code, "const orders = await load('orders.csv');\norders", 'typescript'],
];

async function reportFailure(log: vscode.OutputChannel, what: string, e: unknown): Promise<void> {
  log.appendLine(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  const open = vscode.l10n.t('Show Details');
  if ((await vscode.window.showErrorMessage(`${what}: ${e instanceof Error ? e.message : String(e)}`, open)) === open) log.show();
}

/** The notebook a toolbar or palette command is about. */
function targetNotebook(arg?: { notebookEditor?: { notebookUri: vscode.Uri } } | vscode.Uri): vscode.NotebookDocument | undefined {
  const uri = arg instanceof vscode.Uri ? arg : arg?.notebookEditor?.notebookUri;
  const notebook = uri
    ? vscode.workspace.notebookDocuments.find((d) => d.uri.toString() === uri.toString())
    : vscode.window.activeNotebookEditor?.notebook;
  return notebook?.notebookType === NOTEBOOK_TYPE ? notebook : undefined;
}

export function registerCommands(
  context: vscode.ExtensionContext,
  controller: KernelController,
  log: vscode.OutputChannel,
  metricsDeps: QuickMetricsDeps,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crmWorkbench.newNotebook', async () => {
      const data = new vscode.NotebookData(STARTER_CELLS.map(([kind, src, lang]) => new vscode.NotebookCellData(kind, src, lang)));
      const doc = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, data);
      await vscode.window.showNotebookDocument(doc);
    }),
    vscode.commands.registerCommand(
      'crmWorkbench.restartKernel',
      async (arg?: { notebookEditor?: { notebookUri: vscode.Uri } } | vscode.Uri) => {
        const notebook = targetNotebook(arg);
        if (!notebook) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Open a CRM notebook to restart its kernel.'));
          return;
        }
        try {
          await controller.restart(notebook);
          void vscode.window.showInformationMessage(vscode.l10n.t('CRM kernel restarted: variables were cleared.'));
        } catch (e) {
          await reportFailure(log, vscode.l10n.t('Restarting the kernel failed'), e);
        }
      },
    ),
    vscode.commands.registerCommand('crmWorkbench.newFromSample', async (file?: string, folder?: vscode.Uri) => {
      try {
        return await newFromSample(
          context.extensionUri,
          typeof file === 'string' ? file : undefined,
          folder instanceof vscode.Uri ? folder : undefined,
        );
      } catch (e) {
        await reportFailure(log, vscode.l10n.t('Creating the sample notebook failed'), e);
        return undefined;
      }
    }),
    vscode.commands.registerCommand('crmWorkbench.quickMetrics', async (uri?: vscode.Uri) => {
      try {
        await quickMetrics(metricsDeps, uri instanceof vscode.Uri ? uri : undefined);
      } catch (e) {
        await reportFailure(log, vscode.l10n.t('Quick Metrics failed'), e);
      }
    }),
    vscode.commands.registerCommand('crmWorkbench.exportAtRisk', async (uri?: vscode.Uri, target?: vscode.Uri) => {
      const file = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!file) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Choose an orders file to export its customers to contact.'));
        return undefined;
      }
      try {
        const kernelPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'kernel', 'main.mjs').fsPath;
        const written = await exportAtRisk(kernelPath, file, target instanceof vscode.Uri ? target : undefined);
        if (written)
          void vscode.window.showInformationMessage(
            vscode.l10n.t('Customers to contact saved to {0}', vscode.workspace.asRelativePath(written)),
          );
        return written;
      } catch (e) {
        await reportFailure(log, vscode.l10n.t('Exporting customers to contact failed'), e);
        return undefined;
      }
    }),
    vscode.commands.registerCommand('crmWorkbench.toggleInReport', toggleInReport),
    vscode.commands.registerCommand('crmWorkbench.toggleParameters', async (cell?: vscode.NotebookCell) => {
      // The cell toolbar passes the cell; from the palette, the active cell.
      const editor = vscode.window.activeNotebookEditor;
      const target = cell ?? (editor ? editor.notebook.cellAt(editor.selection.start) : undefined);
      if (!target || target.kind !== vscode.NotebookCellKind.Code || target.notebook.notebookType !== NOTEBOOK_TYPE) return;
      const metadata: Record<string, unknown> = { ...target.metadata };
      if (metadata.parameters === true) delete metadata.parameters;
      else metadata.parameters = true;
      const edit = new vscode.WorkspaceEdit();
      edit.set(target.notebook.uri, [vscode.NotebookEdit.updateCellMetadata(target.index, metadata)]);
      await vscode.workspace.applyEdit(edit);
      void vscode.window.showInformationMessage(
        metadata.parameters
          ? vscode.l10n.t('This cell is now the parameters cell: crm-workbench run --param name=value overrides its values.')
          : vscode.l10n.t('This cell is no longer the parameters cell.'),
      );
    }),
    vscode.commands.registerCommand(
      'crmWorkbench.exportReport',
      async (arg?: { notebookEditor?: { notebookUri: vscode.Uri } } | vscode.Uri, target?: vscode.Uri) => {
        const notebook = targetNotebook(arg);
        if (!notebook) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Open a CRM notebook to export it as a report.'));
          return undefined;
        }
        try {
          return await exportReport(notebook, target instanceof vscode.Uri ? target : undefined);
        } catch (e) {
          await reportFailure(log, vscode.l10n.t('Exporting the report failed'), e);
          return undefined;
        }
      },
    ),
  );
}
