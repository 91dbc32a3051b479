/**
 * The extension's end of the live grid (issue 12): the table grid in a notebook output posts
 * {@link GridRendererMessage}s through VS Code's renderer messaging; this forwards each page or
 * profile question to the notebook's kernel, asks where to save an export (the save dialog asks
 * before replacing a file) and has the kernel write it, and puts copied text on the clipboard.
 * Every message is checked here and again in the kernel; a bad one gets an error answer.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import {
  validateRendererRequest,
  type GridRendererAnswer,
  type GridRendererRequest,
  type GridReply,
  type GridRequest,
} from '../protocol/index';

export const RENDERER_ID = 'crm-workbench.renderer';

/** How the grid reaches a notebook's kernel (the KernelController). */
export interface GridKernels {
  gridRequest(notebook: vscode.NotebookDocument, request: GridRequest): Promise<GridReply>;
}

/** Where to write an export (a save dialog in the product; a fixed file in tests). */
export type PickExportPath = (notebook: vscode.NotebookDocument, name: string, format: 'csv' | 'xlsx') => Thenable<vscode.Uri | undefined>;

export const saveDialog: PickExportPath = (notebook, name, format) => {
  const dir = notebook.uri.scheme === 'file' ? path.dirname(notebook.uri.fsPath) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const file = `${name.replace(/[\\/:*?"<>|]+/g, '-') || 'table'}.${format}`;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export all rows'),
    defaultUri: dir ? vscode.Uri.file(path.join(dir, file)) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { Excel: ['xlsx'] },
  });
};

/**
 * Answers one message from a grid (never throws).
 * @example await answerRendererMessage(kernels, notebook, { type: 'profile', tableId: 'ab12-3' }) // → { type: 'profile', … }
 */
export async function answerRendererMessage(
  kernels: GridKernels,
  notebook: vscode.NotebookDocument,
  raw: unknown,
  pickPath: PickExportPath = saveDialog,
): Promise<GridReply> {
  const checked = validateRendererRequest(raw);
  if (!checked.ok) return { type: 'error', code: 'bad-request', message: checked.message };
  const request: GridRendererRequest = checked.value;
  try {
    switch (request.type) {
      case 'copy':
        await vscode.env.clipboard.writeText(request.text);
        return { type: 'copied' };
      case 'page':
      case 'profile':
        return await kernels.gridRequest(notebook, request);
      case 'export': {
        const target = await pickPath(notebook, request.suggestedName ?? 'table', request.format);
        if (!target) return { type: 'error', tableId: request.tableId, code: 'cancelled', message: 'export cancelled' };
        const reply = await kernels.gridRequest(notebook, {
          type: 'export',
          tableId: request.tableId,
          query: request.query,
          path: target.fsPath,
          format: request.format,
        });
        if (reply.type === 'exported')
          void vscode.window.showInformationMessage(
            vscode.l10n.t('Exported {0} rows to {1}', reply.rows.toLocaleString(), path.basename(reply.path)),
          );
        else if (reply.type === 'error') void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', reply.message));
        return reply;
      }
    }
  } catch (e) {
    return { type: 'error', code: 'failed', message: (e as Error).message };
  }
}

/** Listens to the renderer's grid messages and answers each in the editor it came from. */
export function registerRendererMessaging(kernels: GridKernels, log: vscode.OutputChannel): vscode.Disposable {
  const messaging = vscode.notebooks.createRendererMessaging(RENDERER_ID);
  return messaging.onDidReceiveMessage(({ editor, message }) => {
    const m = message as { requestId?: unknown; request?: unknown } | null;
    const requestId = typeof m?.requestId === 'number' ? m.requestId : -1;
    void answerRendererMessage(kernels, editor.notebook, m?.request).then((reply) => {
      if (reply.type === 'error' && reply.code === 'failed') log.appendLine(`[grid] ${reply.message}`);
      const answer: GridRendererAnswer = { requestId, reply };
      return messaging.postMessage(answer, editor);
    });
  });
}
