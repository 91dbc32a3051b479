/**
 * Editor features for the code cells of CRM notebooks, from a TypeScript language service over
 * the notebook (src/language/): completions, hover, signature help, go to definition, type errors
 * and quick fixes. Registering costs nothing: the compiler loads in a worker thread when a CRM
 * notebook opens (its first check) or a feature is first asked for.
 */
import * as vscode from 'vscode';
import { NOTEBOOK_TYPE } from '../serializer';
import { CellDiagnostics } from './cellDiagnostics';
import { completionProvider } from './completionProvider';
import { definitionProvider } from './definitionProvider';
import { hoverProvider } from './hoverProvider';
import { NotebookServices } from './notebookServices';
import { quickFixProvider } from './quickFixProvider';
import { signatureHelpProvider } from './signatureHelpProvider';

const CELLS: vscode.DocumentSelector = [
  { notebookType: NOTEBOOK_TYPE, language: 'typescript' },
  { notebookType: NOTEBOOK_TYPE, language: 'javascript' },
];

export interface CellLanguage {
  services: NotebookServices;
  diagnostics: CellDiagnostics;
}

/** @param kernelBusy whether a notebook's kernel is starting or running cells (the first type check, and that of a notebook just opened, wait) */
export function registerCellLanguage(
  context: vscode.ExtensionContext,
  log: vscode.OutputChannel,
  kernelBusy?: (notebook: vscode.NotebookDocument) => boolean,
): CellLanguage {
  const services = new NotebookServices(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, log);
  const diagnostics = new CellDiagnostics(services, log, kernelBusy);
  context.subscriptions.push(
    services,
    diagnostics,
    vscode.languages.registerCompletionItemProvider(CELLS, completionProvider(services), '.', '"', "'", '/'),
    vscode.languages.registerHoverProvider(CELLS, hoverProvider(services)),
    vscode.languages.registerSignatureHelpProvider(CELLS, signatureHelpProvider(services), '(', ','),
    vscode.languages.registerDefinitionProvider(CELLS, definitionProvider(services)),
    vscode.languages.registerCodeActionsProvider(CELLS, quickFixProvider(services), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
  );
  return { services, diagnostics };
}
