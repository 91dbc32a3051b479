/**
 * One language service per open CRM notebook, created on first need. The language bundle
 * (dist/language/index.js, with the TypeScript compiler) is loaded by path the first time a
 * notebook needs it, so activating the extension never loads the compiler.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CellText, NotebookLanguageService } from '../../language/index';
import { NOTEBOOK_TYPE } from '../serializer';

type LanguageModule = typeof import('../../language/index');

/** A cell document's notebook, its service (with the notebook's current cells) and the cell's index. */
export interface CellContext {
  notebook: vscode.NotebookDocument;
  service: NotebookLanguageService;
  cell: number;
}

function cellsOf(notebook: vscode.NotebookDocument): CellText[] {
  return notebook.getCells().map((c) => ({
    kind: c.kind === vscode.NotebookCellKind.Code ? 'code' : 'markdown',
    language: c.document.languageId,
    source: c.document.getText(),
  }));
}

/** Where the virtual files of a notebook live: its folder, so imports resolve from there. */
function notebookPath(notebook: vscode.NotebookDocument): string {
  if (notebook.uri.scheme === 'file') return notebook.uri.fsPath;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const dir = folder?.scheme === 'file' ? folder.fsPath : os.tmpdir();
  return path.join(dir, path.basename(notebook.uri.path) || 'Untitled.crmnb');
}

export class NotebookServices implements vscode.Disposable {
  private module?: LanguageModule;
  private readonly services = new Map<vscode.NotebookDocument, NotebookLanguageService>();
  private readonly closed: vscode.Disposable;

  constructor(
    private readonly distDir: string,
    private readonly log: vscode.OutputChannel,
  ) {
    this.closed = vscode.workspace.onDidCloseNotebookDocument((nb) => {
      this.services.get(nb)?.dispose();
      this.services.delete(nb);
    });
  }

  /** Whether the compiler has been loaded (tests and the bench read it). */
  get loaded(): boolean {
    return this.module !== undefined;
  }

  /** The service of a CRM notebook, up to date with its cells. */
  forNotebook(notebook: vscode.NotebookDocument): NotebookLanguageService | undefined {
    if (notebook.notebookType !== NOTEBOOK_TYPE) return undefined;
    let service = this.services.get(notebook);
    if (!service) {
      const language = this.load();
      service = new language.NotebookLanguageService(notebookPath(notebook), language.BUNDLED_TYPES_DIR);
      this.services.set(notebook, service);
    }
    service.update(cellsOf(notebook));
    return service;
  }

  /** The notebook, service and cell index of a cell's text document, if it is a cell of a CRM notebook. */
  forCell(document: vscode.TextDocument): CellContext | undefined {
    if (document.uri.scheme !== 'vscode-notebook-cell') return undefined;
    for (const notebook of vscode.workspace.notebookDocuments) {
      if (notebook.notebookType !== NOTEBOOK_TYPE) continue;
      const cell = notebook.getCells().find((c) => c.document === document);
      if (!cell) continue;
      const service = this.forNotebook(notebook);
      return service && { notebook, service, cell: cell.index };
    }
    return undefined;
  }

  dispose(): void {
    this.closed.dispose();
    for (const s of this.services.values()) s.dispose();
    this.services.clear();
  }

  private load(): LanguageModule {
    if (!this.module) {
      const t0 = performance.now();
      // A path computed at run time, so esbuild keeps the compiler out of dist/extension.js.
      const file = path.join(this.distDir, 'language', 'index.js');
      this.module = createRequire(file)(file) as LanguageModule;
      this.log.appendLine(`[language] TypeScript language service loaded in ${Math.round(performance.now() - t0)} ms`);
    }
    return this.module;
  }
}
