/**
 * CRM Workbench: the VS Code side. Registers the `.crmnb` serializer, the kernel controller and
 * the commands. Heavy work runs in the kernel process, never in the extension host.
 */
import * as vscode from 'vscode';
import { KernelController } from './KernelController';
import { CrmNotebookSerializer, NOTEBOOK_TYPE } from './serializer';
import { registerCommands } from './commands';

export interface CrmWorkbenchApi {
  /** For tests: the controller's id. */
  controllerId: string;
  /** For tests: run cells as if the workspace were untrusted. */
  simulateUntrusted(on: boolean): void;
}

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
  context.subscriptions.push(statusBar);
  registerCommands(context, controller, log, { extensionUri: context.extensionUri, state: context.workspaceState, statusBar, log });
  return { controllerId: KernelController.id, simulateUntrusted: (on) => (controller.simulateUntrusted = on) };
}

export function deactivate(): void {
  // Subscriptions dispose the kernels.
}
