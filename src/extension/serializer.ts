/**
 * The `.crmnb` serializer: maps the file format of src/protocol/notebookFile to VS Code's
 * NotebookData and back. A file that cannot be read throws (VS Code then shows the error and
 * opens nothing), so a broken file is never replaced by an empty notebook on save.
 */
import * as vscode from 'vscode';
import {
  isTextMime,
  parseNotebook,
  serializeNotebook,
  type CellOutput,
  type NotebookCell,
  type NotebookFile,
  type OutputItem,
} from '../protocol/index';

export const NOTEBOOK_TYPE = 'crm-notebook';

/** Output bytes as stored in the file: UTF-8 text for text MIME types, base64 otherwise. */
export function encodeItem(mime: string, bytes: Uint8Array): OutputItem {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isTextMime(mime) ? { mime, data: buf.toString('utf8') } : { mime, data: buf.toString('base64'), encoding: 'base64' };
}

export function decodeItem(item: OutputItem): Uint8Array {
  return Buffer.from(item.data, item.encoding === 'base64' ? 'base64' : 'utf8');
}

export function toNotebookData(file: NotebookFile): vscode.NotebookData {
  const cells = file.cells.map((c) => {
    const kind = c.kind === 'markdown' ? vscode.NotebookCellKind.Markup : vscode.NotebookCellKind.Code;
    const cell = new vscode.NotebookCellData(kind, c.source, c.language);
    cell.metadata = c.metadata;
    cell.outputs = c.outputs.map(
      (o) =>
        new vscode.NotebookCellOutput(
          o.items.map((it) => new vscode.NotebookCellOutputItem(decodeItem(it), it.mime)),
          o.metadata,
        ),
    );
    if (c.execution) {
      const e = c.execution;
      cell.executionSummary = {
        executionOrder: e.order,
        success: e.success,
        timing: e.startTime !== undefined && e.endTime !== undefined ? { startTime: e.startTime, endTime: e.endTime } : undefined,
      };
    }
    return cell;
  });
  const data = new vscode.NotebookData(cells);
  data.metadata = file.metadata;
  return data;
}

export function fromNotebookData(data: vscode.NotebookData, { saveOutputs }: { saveOutputs: boolean }): NotebookFile {
  const cells: NotebookCell[] = data.cells.map((c) => {
    const markdown = c.kind === vscode.NotebookCellKind.Markup;
    const outputs: CellOutput[] = saveOutputs
      ? (c.outputs ?? []).map((o) => ({ items: o.items.map((it) => encodeItem(it.mime, it.data)), metadata: o.metadata }))
      : [];
    const cell: NotebookCell = {
      kind: markdown ? 'markdown' : 'code',
      language: markdown ? 'markdown' : c.languageId === 'javascript' ? 'javascript' : 'typescript',
      source: c.value,
      metadata: c.metadata ?? {},
      outputs,
    };
    const s = c.executionSummary;
    if (saveOutputs && s && (s.executionOrder !== undefined || s.success !== undefined)) {
      cell.execution = { order: s.executionOrder, success: s.success, startTime: s.timing?.startTime, endTime: s.timing?.endTime };
    }
    return cell;
  });
  return { version: 1, metadata: data.metadata ?? {}, cells };
}

export class CrmNotebookSerializer implements vscode.NotebookSerializer {
  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    // VS Code does not pass the file name; the error names the format problem and VS Code
    // shows it in the editor that failed to open, which names the file.
    return toNotebookData(parseNotebook(Buffer.from(content).toString('utf8'), 'this .crmnb file'));
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    const saveOutputs = vscode.workspace.getConfiguration('crmWorkbench').get<boolean>('saveOutputs', true);
    return Buffer.from(serializeNotebook(fromNotebookData(data, { saveOutputs })), 'utf8');
  }
}
