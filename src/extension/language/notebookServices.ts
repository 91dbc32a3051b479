/**
 * The extension's side of the language worker (src/language/languageWorker.ts): the notebook
 * language services run in a worker thread, started the first time a CRM notebook needs one, so
 * neither activation nor the extension host ever waits for the TypeScript compiler to load or
 * check. Each call sends the notebook's cells along when they changed since the last call.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type {
  CellText,
  LanguageRequest,
  LanguageResponse,
  ServiceArgs,
  ServiceCall,
  ServiceMethod,
  ServiceResult,
} from '../../language/index';
import { NOTEBOOK_TYPE } from '../serializer';

/** A cell document's notebook and the cell's index in it. */
export interface CellContext {
  notebook: vscode.NotebookDocument;
  cell: number;
}

function cellsOf(notebook: vscode.NotebookDocument): CellText[] {
  return notebook.getCells().map((c) => ({
    kind: c.kind === vscode.NotebookCellKind.Code ? 'code' : 'markdown',
    language: c.document.languageId,
    source: c.document.getText(),
  }));
}

const sameCells = (a: CellText[], b: CellText[]) =>
  a.length === b.length && a.every((c, i) => c.source === b[i].source && c.kind === b[i].kind && c.language === b[i].language);

/** Where the virtual files of a notebook live: its folder, so imports resolve from there. */
function notebookPath(notebook: vscode.NotebookDocument): string {
  if (notebook.uri.scheme === 'file') return notebook.uri.fsPath;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const dir = folder?.scheme === 'file' ? folder.fsPath : os.tmpdir();
  return path.join(dir, path.basename(notebook.uri.path) || 'Untitled.crmnb');
}

export class NotebookServices implements vscode.Disposable {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  /** The cells the worker has of each notebook. */
  private readonly sent = new Map<vscode.NotebookDocument, CellText[]>();
  private readonly closed: vscode.Disposable;

  constructor(
    private readonly distDir: string,
    private readonly log: vscode.OutputChannel,
  ) {
    this.closed = vscode.workspace.onDidCloseNotebookDocument((nb) => {
      if (!this.sent.delete(nb) || !this.worker) return;
      this.worker.postMessage({ id: ++this.nextId, notebook: notebookPath(nb), method: 'close' } satisfies LanguageRequest);
    });
  }

  /** The notebook and index of a cell's text document, if it is a cell of a CRM notebook. */
  forCell(document: vscode.TextDocument): CellContext | undefined {
    if (document.uri.scheme !== 'vscode-notebook-cell') return undefined;
    for (const notebook of vscode.workspace.notebookDocuments) {
      if (notebook.notebookType !== NOTEBOOK_TYPE) continue;
      const cell = notebook.getCells().find((c) => c.document === document);
      if (cell) return { notebook, cell: cell.index };
    }
    return undefined;
  }

  /** Calls a method of the notebook's language service, in the worker. */
  call<M extends ServiceMethod>(notebook: vscode.NotebookDocument, method: M, ...args: ServiceArgs<M>): Promise<ServiceResult<M>> {
    const cells = cellsOf(notebook);
    const last = this.sent.get(notebook);
    const changed = !last || !sameCells(last, cells);
    if (changed) this.sent.set(notebook, cells);
    const call: ServiceCall<M> = { id: ++this.nextId, notebook: notebookPath(notebook), method, args, cells: changed ? cells : undefined };
    const req = call as LanguageRequest;
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { resolve: (v) => resolve(v as ServiceResult<M>), reject });
      worker.postMessage(req);
    });
  }

  /** Whether the worker (and the compiler in it) is loaded. */
  get started(): boolean {
    return this.worker !== undefined;
  }

  dispose(): void {
    this.closed.dispose();
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const t0 = performance.now();
    let first = true;
    const worker = new Worker(path.join(this.distDir, 'language', 'worker.js'));
    worker.on('message', (res: LanguageResponse) => {
      if (first) {
        first = false;
        this.log.appendLine(`[language] TypeScript language worker answered first after ${Math.round(performance.now() - t0)} ms`);
      }
      const p = this.pending.get(res.id);
      this.pending.delete(res.id);
      if (res.error !== undefined) p?.reject(new Error(res.error));
      else p?.resolve(res.result);
    });
    worker.on('error', (e) => this.log.appendLine(`[language] the language worker failed: ${e.stack ?? e.message}`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.sent.clear();
      for (const p of this.pending.values()) p.reject(new Error(`the language worker stopped (exit code ${code})`));
      this.pending.clear();
    });
    this.worker = worker;
    return worker;
  }
}
