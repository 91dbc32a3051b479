/**
 * Runs cells, one at a time, in the kernel's global scope, and reports their outputs through
 * the host channel. See cellTransform for what a cell may contain, formatDisplay for how values
 * are shown, errorLocation for how errors point at the cell, and watchdog for interrupts.
 */
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type { ErrorPayload, ExecuteRequest, InitRequest, KernelToHost } from '../protocol/index';
import { CellLocations } from './errorLocation';
import { CellSyntaxError, KERNEL_GLOBAL } from './cellTransform';
import { TransformCache } from './TransformCache';
import { DISPLAY_SYMBOL, formatDisplay } from './formatDisplay';
import { ModuleImporter } from './moduleImporter';
import { loadTable, type LoadOptions } from './loadTable';
import { saveTable, type SaveOptions } from './saveTable';
import { savedLink } from './save/savedLink';
import { messages } from './text/index';

/** How the runtime talks to its host. */
export interface RuntimeChannel {
  send(msg: KernelToHost): void;
}

/** What a cell sees as globals besides its own declarations. */
export type Preloads = Record<string, unknown>;

/** Thrown into a cell that the user interrupted. */
export class InterruptedError extends Error {
  constructor() {
    super(messages().interrupted);
    this.name = 'Interrupted';
  }
}

interface Running {
  id: number;
  interrupt(reason: Error): void;
}

export class CellRuntime {
  private notebookDir = process.cwd();
  private maxRows = 100;
  private scripts = 0;
  private running?: Running;
  /** The cell that output belongs to: the running one, else the last one. */
  private outputId = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly locations: CellLocations;
  private readonly importer: ModuleImporter;
  private readonly transforms = new TransformCache(200);

  constructor(
    private readonly channel: RuntimeChannel,
    builtins: Record<string, () => Promise<Record<string, unknown>>>,
    private readonly preloads: Preloads,
    isInternalFile: (file: string) => boolean,
  ) {
    this.locations = new CellLocations(isInternalFile);
    this.importer = new ModuleImporter(builtins, () => this.notebookDir);
    this.installGlobals();
  }

  init(req: InitRequest): void {
    this.notebookDir = req.notebookDir;
    this.maxRows = req.maxRows;
    process.chdir(req.notebookDir);
  }

  /** Queues a cell; resolves when its `done` message has been sent. */
  execute(req: ExecuteRequest): Promise<void> {
    const run = this.queue.then(() => this.run(req));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Fails the running cell (if any) with {@link InterruptedError}. */
  interrupt(): void {
    this.running?.interrupt(new InterruptedError());
  }

  /** An error thrown outside any cell's own flow (a timer, a stray promise): shown on stderr. */
  reportUncaught(err: unknown): void {
    const p = this.locations.toPayload(err);
    this.channel.send({
      type: 'stream',
      id: this.outputId,
      name: 'stderr',
      text: `${messages().uncaught} ${p.stack ?? `${p.name}: ${p.message}`}\n`,
    });
  }

  display(value: unknown): void {
    for (const output of formatDisplay(value, this.maxRows)) this.channel.send({ type: 'display', id: this.outputId, output });
  }

  private installGlobals(): void {
    const stream = (name: 'stdout' | 'stderr') =>
      new Writable({
        decodeStrings: false,
        write: (chunk: string | Buffer, _enc, cb) => {
          this.channel.send({ type: 'stream', id: this.outputId, name, text: String(chunk) });
          cb();
        },
      });
    const g = globalThis as Record<string, unknown>;
    g.console = new Console({ stdout: stream('stdout'), stderr: stream('stderr'), colorMode: false });
    Object.assign(g, this.preloads);
    g.display = (value: unknown) => this.display(value);
    g.load = (file: string, options?: LoadOptions) => loadTable(this.notebookDir, file, options);
    g.save = (table: unknown, file: string, options?: SaveOptions) => {
      const cell = this.outputId;
      return saveTable(this.notebookDir, table, file, options).then((r) => {
        // The link shows as soon as the file is written; the result, shown again in the same cell, adds nothing.
        this.display(savedLink(r, this.notebookDir));
        return Object.defineProperty(r, DISPLAY_SYMBOL, {
          value: () => (this.outputId === cell ? [] : [savedLink(r, this.notebookDir)]),
          enumerable: false,
        });
      });
    };
    g[KERNEL_GLOBAL] = {
      import: (spec: string) => this.importer.import(spec),
      defaultOf: ModuleImporter.defaultOf,
      named: ModuleImporter.named,
      get importMeta() {
        return { url: pathToFileURL(path.join(process.cwd(), 'notebook')).href, dirname: process.cwd() };
      },
    };
  }

  private async run(req: ExecuteRequest): Promise<void> {
    const t0 = performance.now();
    this.outputId = req.id;
    let interrupt!: (reason: Error) => void;
    const interrupted = new Promise<never>((_, reject) => (interrupt = reject));
    this.running = { id: req.id, interrupt };
    // The cell starts in a microtask: if the watchdog has to terminate a runaway synchronous
    // loop, only that microtask unwinds, and the race below still settles through `interrupted`.
    const body = Promise.resolve().then(() => this.evaluate(req));
    body.catch(() => undefined);
    let status: 'ok' | 'error' | 'interrupted' = 'ok';
    let error: ErrorPayload | undefined;
    try {
      const value = await Promise.race([body, interrupted]);
      if (value !== undefined) this.display(value);
    } catch (e) {
      if (e instanceof InterruptedError) {
        status = 'interrupted';
        error = { name: e.name, message: e.message };
      } else {
        status = 'error';
        error = this.toPayload(e, req.label);
      }
    } finally {
      this.running = undefined;
    }
    this.channel.send({ type: 'done', id: req.id, status, error, durationMs: performance.now() - t0 });
  }

  private async evaluate(req: ExecuteRequest): Promise<unknown> {
    if (req.code.trim() === '') return undefined;
    const file = `crm-cell-${++this.scripts}.${req.language === 'typescript' ? 'ts' : 'js'}`;
    const cell = await this.transforms.get(req.code, req.language, file).catch((e) => {
      if (e instanceof CellSyntaxError) e.message = `${messages().location(req.label, e.line, e.column)}: ${e.message}`;
      throw e;
    });
    this.locations.add(file, req.label, cell.map);
    if (cell.prologue) vm.runInThisContext(cell.prologue);
    const script = new vm.Script(cell.script, { filename: file });
    return await script.runInThisContext({ displayErrors: false });
  }

  private toPayload(e: unknown, label: string): ErrorPayload {
    if (e instanceof CellSyntaxError) return { name: 'SyntaxError', message: e.message, stack: `SyntaxError: ${e.message}` };
    return this.locations.toPayload(e, label);
  }
}
