/**
 * CRM Workbench: the VS Code side. Registers the `.crmnb` serializer, the kernel controller and
 * the commands. Heavy work runs in the kernel process, never in the extension host.
 */
import * as vscode from 'vscode';
import { KernelController } from './KernelController';
import { CrmNotebookSerializer, NOTEBOOK_TYPE } from './serializer';
import { registerCommands } from './commands';
import { MetricsStatusBar } from './quickMetrics/MetricsStatusBar';
import { registerCellLanguage } from './language/registerCellLanguage';
import { answerRendererMessage, registerRendererMessaging } from './rendererMessaging';

export interface CrmWorkbenchApi {
  /** The notebook controller's id (to select the kernel, e.g. with `notebook.selectKernel`). */
  controllerId: string;
}

/**
 * Test seam, not API: runs cells as if the workspace were untrusted (the test host runs with
 * trust disabled). Registered only when VS Code runs the extension's tests (ExtensionMode.Test).
 */
const SIMULATE_UNTRUSTED_COMMAND = 'crmWorkbench.test.simulateUntrusted';
/** Test seam, not API: answers a grid message as if the notebook's renderer had sent it (exports go to `exportPath`). */
const GRID_MESSAGE_COMMAND = 'crmWorkbench.test.gridMessage';

export function activate(context: vscode.ExtensionContext): CrmWorkbenchApi {
  const log = vscode.window.createOutputChannel('CRM Workbench');
  const kernelPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'kernel', 'main.mjs').fsPath;
  const controller = new KernelController(kernelPath, log);
  context.subscriptions.push(
    log,
    controller,
    vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new CrmNotebookSerializer(), { transientOutputs: false }),
  );
  const statusBar = vscode.window.createStatusBarItem('crmWorkbench.lastMetric', vscode.StatusBarAlignment.Right, 100);
  statusBar.name = 'CRM Workbench';
  const metricsBar = new MetricsStatusBar(statusBar); // follows the active editor (#15)
  context.subscriptions.push(
    statusBar,
    vscode.window.onDidChangeActiveTextEditor((editor) => metricsBar.editorChanged(editor?.document.uri)),
  );
  context.subscriptions.push(registerRendererMessaging(controller, log));
  registerCellLanguage(context, log, (notebook) => controller.kernelBusy(notebook));
  registerCommands(context, controller, log, {
    extensionUri: context.extensionUri,
    state: context.workspaceState,
    statusBar: metricsBar,
    log,
  });
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(
      vscode.commands.registerCommand(SIMULATE_UNTRUSTED_COMMAND, (on: boolean) => (controller.simulateUntrusted = on === true)),
      vscode.commands.registerCommand(GRID_MESSAGE_COMMAND, (notebookUri: vscode.Uri, request: unknown, exportPath?: string) => {
        const notebook = vscode.workspace.notebookDocuments.find((d) => d.uri.toString() === notebookUri.toString());
        if (!notebook) throw new Error(`${notebookUri.toString()} is not open`);
        return answerRendererMessage(controller, notebook, request, async () => (exportPath ? vscode.Uri.file(exportPath) : undefined));
      }),
    );
  }
  return { controllerId: KernelController.id };
}

export function deactivate(): void {
  // Subscriptions dispose the kernels.
}
