/**
 * Type and syntax errors of a notebook's cells as squiggles and in the Problems view. Computed in
 * the language worker a moment after the notebook opens or a cell changes (debounced), one cell
 * a request, the cell typed in first; never consulted when a cell runs.
 *
 * Outputs do not change types, so running cells schedules no check. And the first check, which
 * loads the TypeScript compiler into the worker (seconds of CPU), and the check of a notebook
 * that just opened wait while the notebook's kernel starts or runs cells, so that a Run All
 * clicked as the notebook opens does not share the CPU with type checking (on two cores,
 * opening a notebook already starts VS Code's own TypeScript servers) (#15).
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
/** How often a check waiting for the kernel looks again, and how long it waits at most. */
const BUSY_RETRY_MS = 1000;
const BUSY_WAIT_LIMIT_MS = 60_000;

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

  /** When a notebook's check started waiting for its kernel. */
  private readonly waitingSince = new Map<vscode.NotebookDocument, number>();

  /**
   * @param kernelBusy whether the notebook's kernel is starting or running cells (the first check,
   *   and the check of a notebook that just opened, wait for it, up to a minute)
   */
  constructor(
    private readonly services: NotebookServices,
    private readonly log: vscode.OutputChannel,
    private readonly kernelBusy: (notebook: vscode.NotebookDocument) => boolean = () => false,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenNotebookDocument((nb) => this.schedule(nb, OPEN_DELAY_MS, { justOpened: true })),
      vscode.workspace.onDidChangeNotebookDocument((e) => {
        // Cells added, removed or moved change the program; outputs and run states do not.
        if (e.contentChanges.length > 0) this.schedule(e.notebook, DEBOUNCE_MS);
      }),
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
    for (const nb of vscode.workspace.notebookDocuments) this.schedule(nb, OPEN_DELAY_MS, { justOpened: true });
  }

  /**
   * Checks a notebook after `delayMs`, replacing a check already scheduled.
   * @param when.justOpened the notebook just opened: the check waits while its kernel starts or runs cells
   */
  schedule(notebook: vscode.NotebookDocument, delayMs: number, when: { justOpened?: boolean } = {}): void {
    if (notebook.notebookType !== NOTEBOOK_TYPE) return;
    clearTimeout(this.timers.get(notebook));
    const generation = (this.generation.get(notebook) ?? 0) + 1;
    this.generation.set(notebook, generation);
    this.timers.set(
      notebook,
      setTimeout(() => {
        this.timers.delete(notebook);
        if (this.waitForKernel(notebook, when.justOpened === true)) return this.schedule(notebook, BUSY_RETRY_MS, when);
        this.check(notebook, generation).catch((e: unknown) => this.log.appendLine(`[language] checking failed: ${String(e)}`));
      }, delayMs),
    );
  }

  /** Whether a check should wait for the kernel to be idle: the first one (the compiler not loaded yet), and one of a notebook just opened. */
  private waitForKernel(notebook: vscode.NotebookDocument, justOpened: boolean): boolean {
    if ((this.services.started && !justOpened) || !this.kernelBusy(notebook)) {
      this.waitingSince.delete(notebook);
      return false;
    }
    const since = this.waitingSince.get(notebook) ?? Date.now();
    this.waitingSince.set(notebook, since);
    return Date.now() - since < BUSY_WAIT_LIMIT_MS;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
    this.done.dispose();
  }

  private clear(notebook: vscode.NotebookDocument): void {
    clearTimeout(this.timers.get(notebook));
    if (notebook.isClosed) {
      this.edited.delete(notebook);
      this.waitingSince.delete(notebook);
    }
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
