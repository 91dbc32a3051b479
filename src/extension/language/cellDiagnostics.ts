/**
 * Type and syntax errors of a notebook's cells as squiggles and in the Problems view. Computed in
 * the language worker a moment after the notebook opens or a cell changes (debounced), one cell
 * a request, the cell typed in first; never consulted when a cell runs.
 */
import * as vscode from 'vscode';
import type { CellDiagnostic } from '../../language/index';
import type { NotebookServices } from './notebookServices';
import { TYPE_CHECK_SETTING, typeCheckSetting, type TypeCheck } from './typeCheckSetting';
import { NOTEBOOK_TYPE } from '../serializer';

/** How our diagnostics' `source` starts; the rest names the cell, so the Problems view shows it. */
export const DIAGNOSTIC_SOURCE = 'TS · ';

const DEBOUNCE_MS = 250;
/** A notebook that just opened waits a little longer, so opening it stays quick. */
const OPEN_DELAY_MS = 600;

function severity(d: CellDiagnostic, mode: TypeCheck): vscode.DiagnosticSeverity {
  if (d.category === 'suggestion' || d.category === 'message') return vscode.DiagnosticSeverity.Information;
  if (d.category === 'warning') return vscode.DiagnosticSeverity.Warning;
  return mode === 'errors' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
}

export class CellDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('crm-workbench-types');
  private readonly timers = new Map<vscode.NotebookDocument, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<vscode.NotebookDocument, number>();
  /** The cell typed in last: checked first, its squiggles published at once. */
  private readonly edited = new Map<vscode.NotebookDocument, vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly done = new vscode.EventEmitter<vscode.NotebookDocument>();
  /** Fires when a notebook's diagnostics have been published (tests wait for it). */
  readonly onDidUpdate = this.done.event;

  constructor(
    private readonly services: NotebookServices,
    private readonly log: vscode.OutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenNotebookDocument((nb) => this.schedule(nb, OPEN_DELAY_MS)),
      vscode.workspace.onDidChangeNotebookDocument((e) => this.schedule(e.notebook, DEBOUNCE_MS)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const nb = vscode.workspace.notebookDocuments.find((n) => n.uri.path === e.document.uri.path && n.notebookType === NOTEBOOK_TYPE);
        if (!nb || e.document.uri.scheme !== 'vscode-notebook-cell') return;
        this.edited.set(nb, e.document);
        this.schedule(nb, DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseNotebookDocument((nb) => this.clear(nb)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(TYPE_CHECK_SETTING)) for (const nb of vscode.workspace.notebookDocuments) this.schedule(nb, 0);
      }),
    );
    for (const nb of vscode.workspace.notebookDocuments) this.schedule(nb, OPEN_DELAY_MS);
  }

  /** Checks a notebook after `delayMs`, replacing a check already scheduled. */
  schedule(notebook: vscode.NotebookDocument, delayMs: number): void {
    if (notebook.notebookType !== NOTEBOOK_TYPE) return;
    clearTimeout(this.timers.get(notebook));
    const generation = (this.generation.get(notebook) ?? 0) + 1;
    this.generation.set(notebook, generation);
    this.timers.set(
      notebook,
      setTimeout(() => {
        this.timers.delete(notebook);
        this.check(notebook, generation).catch((e: unknown) => this.log.appendLine(`[language] checking failed: ${String(e)}`));
      }, delayMs),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
    this.done.dispose();
  }

  private clear(notebook: vscode.NotebookDocument): void {
    clearTimeout(this.timers.get(notebook));
    if (notebook.isClosed) this.edited.delete(notebook);
    for (const c of notebook.getCells()) this.collection.delete(c.document.uri);
  }

  private async check(notebook: vscode.NotebookDocument, generation: number): Promise<void> {
    const mode = typeCheckSetting();
    if (mode === 'off' || notebook.isClosed) {
      this.clear(notebook);
      this.done.fire(notebook);
      return;
    }
    const stale = () => notebook.isClosed || this.generation.get(notebook) !== generation;
    const cells = notebook.getCells();
    const found = new Map<number, vscode.Diagnostic[]>();
    const edited = cells.find((c) => c.document === this.edited.get(notebook));
    const order = edited ? [edited, ...cells.filter((c) => c !== edited)] : cells;
    for (const cell of order) {
      if (cell.kind !== vscode.NotebookCellKind.Code) continue;
      // One cell a request: the worker answers a completion asked meanwhile between two cells.
      const diagnostics = await this.services.call(notebook, 'diagnosticsOf', cell.index);
      if (stale()) return;
      const doc = cell.document;
      found.set(
        cell.index,
        diagnostics.map((d) => {
          const range = new vscode.Range(doc.positionAt(d.start), doc.positionAt(d.start + d.length));
          const diagnostic = new vscode.Diagnostic(range, d.message, severity(d, mode));
          diagnostic.source = DIAGNOSTIC_SOURCE + vscode.l10n.t('Cell {0}', cell.index + 1);
          diagnostic.code = d.code;
          return diagnostic;
        }),
      );
      if (cell === edited) this.collection.set(doc.uri, found.get(cell.index));
    }
    for (const cell of cells) this.collection.set(cell.document.uri, found.get(cell.index) ?? []);
    this.done.fire(notebook);
  }
}
