/**
 * The notebook controller: one kernel process per open notebook, cells executed in order,
 * outputs streamed as they arrive, interrupt and restart. The extension host never waits on a
 * cell: everything here is asynchronous message passing with the kernel process.
 * A spare kernel (SpareKernel) waits for the next notebook to open.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import { KernelProcess, type KernelOptions } from '../host/KernelProcess';
import { SpareKernel } from './SpareKernel';
import { ERROR_MIME, toDisplayLanguage, type CellOutput, type ErrorPayload, type GridReply, type GridRequest } from '../protocol/index';
import { NOTEBOOK_TYPE } from './serializer';

const STREAM_MIMES = { stdout: 'application/vnd.code.notebook.stdout', stderr: 'application/vnd.code.notebook.stderr' } as const;

interface NotebookKernel {
  process: KernelProcess;
  executionOrder: number;
  /** The process has answered init since it was last started (false while it starts). */
  ready: boolean;
}

function toVsOutput(o: CellOutput): vscode.NotebookCellOutput {
  return new vscode.NotebookCellOutput(
    o.items.map((it) => new vscode.NotebookCellOutputItem(Buffer.from(it.data, it.encoding === 'base64' ? 'base64' : 'utf8'), it.mime)),
    o.metadata,
  );
}

/** The folder of a notebook that is not a file, and the one a spare kernel starts in. */
const workspaceFolder = () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();

function errorItem(error: ErrorPayload): vscode.NotebookCellOutputItem {
  return new vscode.NotebookCellOutputItem(Buffer.from(JSON.stringify(error)), ERROR_MIME);
}

export class KernelController implements vscode.Disposable {
  static readonly id = 'crm-workbench.kernel';
  private readonly controller: vscode.NotebookController;
  private readonly kernels = new Map<string, NotebookKernel>();
  /** Runs (a Run All, a cell) under way in each notebook. */
  private readonly running = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly spare: SpareKernel;
  /** Tests only: behave as in an untrusted workspace (the test host runs with trust disabled). */
  simulateUntrusted = false;

  constructor(
    private readonly kernelPath: string,
    private readonly log: vscode.OutputChannel,
  ) {
    this.controller = vscode.notebooks.createNotebookController(KernelController.id, NOTEBOOK_TYPE, 'CRM Workbench (TypeScript)');
    this.controller.supportedLanguages = ['typescript', 'javascript'];
    this.controller.supportsExecutionOrder = true;
    this.controller.description = vscode.l10n.t('TypeScript kernel with Arquero, crm analytics and charts');
    this.controller.executeHandler = (cells, notebook) => this.executeCells(cells, notebook);
    this.controller.interruptHandler = (notebook) => this.interrupt(notebook);
    this.spare = new SpareKernel(
      () => this.processOptions(workspaceFolder()),
      () => {
        if (!vscode.workspace.isTrusted || this.simulateUntrusted) return 'never';
        return [...this.kernels.keys()].some((key) => this.busy(key)) ? 'later' : 'now';
      },
    );
    // The preferred kernel of every CRM notebook, so that opening one needs no kernel picking.
    const prefer = (nb: vscode.NotebookDocument) => {
      if (nb.notebookType !== NOTEBOOK_TYPE) return;
      this.controller.updateNotebookAffinity(nb, vscode.NotebookControllerAffinity.Preferred);
      // Start the kernel as the notebook opens (it runs no code until asked), so that Run All does
      // not wait for it (#15). Never in an untrusted workspace.
      if (vscode.workspace.isTrusted && !this.simulateUntrusted) void this.startKernel(this.kernelFor(nb));
    };
    vscode.workspace.notebookDocuments.forEach(prefer);
    this.disposables.push(
      this.controller,
      vscode.workspace.onDidOpenNotebookDocument(prefer),
      vscode.workspace.onDidCloseNotebookDocument((nb) => this.shutdown(nb)),
    );
  }

  /** The options a kernel process is started with; a spare kernel serves when they have not changed. */
  private processOptions(notebookDir: string): KernelOptions {
    const config = vscode.workspace.getConfiguration('crmWorkbench');
    return {
      kernelPath: this.kernelPath,
      notebookDir,
      maxRows: config.get<number>('table.maxRows', 100),
      currency: config.get<string>('currency', '') || undefined,
      maxMemoryMB: config.get<number>('kernel.maxMemoryMB', 4096),
      language: toDisplayLanguage(vscode.env.language),
    };
  }

  private kernelFor(notebook: vscode.NotebookDocument): NotebookKernel {
    const key = notebook.uri.toString();
    let k = this.kernels.get(key);
    if (!k) {
      const dir = notebook.uri.scheme === 'file' ? path.dirname(notebook.uri.fsPath) : workspaceFolder();
      const options = this.processOptions(dir);
      const spare = this.spare.take(options);
      const proc = spare?.process ?? new KernelProcess(options);
      proc.onExit((reason) => this.log.appendLine(`[${path.basename(notebook.uri.path)}] ${reason}`));
      k = { process: proc, executionOrder: 0, ready: spare?.started ?? false };
      this.kernels.set(key, k);
    }
    return k;
  }

  /** Starts (or keeps) the kernel's process and notes when it is ready. */
  private startKernel(k: NotebookKernel): Promise<void> {
    if (!k.process.alive) k.ready = false;
    return k.process.start().then(
      () => {
        k.ready = true;
        this.spare.schedule();
      },
      () => void (k.ready = false), // the cell that needs it reports why
    );
  }

  private async executeCells(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): Promise<void> {
    const key = notebook.uri.toString();
    this.running.set(key, (this.running.get(key) ?? 0) + 1);
    try {
      for (const cell of cells) await this.executeCell(cell, notebook);
    } finally {
      const left = (this.running.get(key) ?? 1) - 1;
      if (left > 0) this.running.set(key, left);
      else this.running.delete(key);
    }
  }

  /** Whether the notebook's kernel is starting or running cells (type checks wait for it; so does a spare kernel). */
  kernelBusy(notebook: vscode.NotebookDocument): boolean {
    return this.busy(notebook.uri.toString());
  }

  private busy(key: string): boolean {
    const k = this.kernels.get(key);
    return this.running.has(key) || (k !== undefined && k.process.alive && !k.ready);
  }

  private async executeCell(cell: vscode.NotebookCell, notebook: vscode.NotebookDocument): Promise<void> {
    const execution = this.controller.createNotebookCellExecution(cell);
    if (!vscode.workspace.isTrusted || this.simulateUntrusted) {
      execution.start(Date.now());
      await execution.replaceOutput(
        new vscode.NotebookCellOutput([
          errorItem({
            name: 'Restricted Mode',
            message: vscode.l10n.t(
              'This workspace is not trusted, so CRM Workbench does not run code in it. Trust the workspace (Manage Workspace Trust) to run cells.',
            ),
          }),
        ]),
      );
      execution.end(false, Date.now());
      return;
    }
    const kernel = this.kernelFor(notebook);
    execution.executionOrder = ++kernel.executionOrder;
    execution.start(Date.now());
    // "Starting kernel…" at once while the process starts, replaced by the cell's first output (#15).
    let startingNote = !(kernel.ready && kernel.process.alive);
    if (startingNote) {
      void this.startKernel(kernel);
      await execution.replaceOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.text(vscode.l10n.t('Starting kernel…'))]));
    } else await execution.clearOutput();
    // Outputs are appended in arrival order; console text joins the previous output when it is
    // the same stream. Appends are chained so that they land in order.
    let chain: Thenable<void> = Promise.resolve();
    let lastStream: { name: 'stdout' | 'stderr'; output: vscode.NotebookCellOutput; text: string } | undefined;
    const enqueue = (f: () => Thenable<void>) => {
      if (startingNote) {
        startingNote = false;
        const clear = () => execution.clearOutput();
        chain = chain.then(clear, clear);
      }
      return (chain = chain.then(f, f));
    };
    const cancel = execution.token.onCancellationRequested(() => void kernel.process.interrupt());
    const language = cell.document.languageId === 'javascript' ? 'javascript' : 'typescript';
    const result = await kernel.process.execute(cell.document.getText(), vscode.l10n.t('Cell {0}', cell.index + 1), language, {
      onStream: (name, text) => {
        if (lastStream && lastStream.name === name) {
          const s = lastStream;
          s.text += text;
          enqueue(() => execution.replaceOutputItems(vscode.NotebookCellOutputItem[name](s.text), s.output));
        } else {
          const output = new vscode.NotebookCellOutput([new vscode.NotebookCellOutputItem(Buffer.from(text), STREAM_MIMES[name])]);
          lastStream = { name, output, text };
          enqueue(() => execution.appendOutput(output));
        }
      },
      onDisplay: (o) => {
        lastStream = undefined;
        enqueue(() => execution.appendOutput(toVsOutput(o)));
      },
    });
    cancel.dispose();
    if (result.error) {
      const error =
        result.status === 'died'
          ? { ...result.error, message: `${result.error.message}. The next run starts a new kernel.` }
          : result.error;
      enqueue(() => execution.appendOutput(new vscode.NotebookCellOutput([errorItem(error)])));
    }
    if (startingNote) enqueue(() => Promise.resolve()); // a cell without output drops the note too
    await chain;
    execution.end(result.status === 'ok', Date.now());
  }

  /** Asks the notebook's kernel about a table it keeps (the live grid); never starts a kernel. */
  gridRequest(notebook: vscode.NotebookDocument, request: GridRequest): Promise<GridReply> {
    const k = this.kernels.get(notebook.uri.toString());
    if (!k)
      return Promise.resolve({
        type: 'error',
        tableId: request.tableId,
        code: 'kernel-gone',
        message: 'no kernel is running for this notebook',
      });
    return k.process.gridRequest(request);
  }

  private async interrupt(notebook: vscode.NotebookDocument): Promise<void> {
    await this.kernels.get(notebook.uri.toString())?.process.interrupt();
  }

  /** Kills the notebook's kernel and starts a fresh one; variables are gone. */
  async restart(notebook: vscode.NotebookDocument): Promise<void> {
    const k = this.kernelFor(notebook);
    await k.process.restart();
    k.executionOrder = 0;
  }

  private shutdown(notebook: vscode.NotebookDocument): void {
    const key = notebook.uri.toString();
    this.kernels.get(key)?.process.dispose();
    this.kernels.delete(key);
  }

  dispose(): void {
    this.spare.dispose();
    for (const k of this.kernels.values()) k.process.dispose();
    this.kernels.clear();
    for (const d of this.disposables) d.dispose();
  }
}
