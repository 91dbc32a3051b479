/**
 * The host side of a kernel: forks the kernel process, speaks the protocol, runs cells one at a
 * time, interrupts, restarts, and turns a dying process into a failed cell
 * ("Kernel exited (code 3): …") instead of a hang. Used by the extension and by the CLI; it
 * imports no `vscode`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { CellCallbacks, CellResult, KernelOptions } from './kernelTypes';
import type { DisplayMessage, DoneMessage, GridReply, GridRequest, HostToKernel, KernelToHost, StreamMessage } from '../protocol/index';
import { assertNever, INTERRUPT_COMMAND, LANGUAGE_ENV } from '../protocol/index';

export type { CellCallbacks, CellResult, KernelOptions } from './kernelTypes';

interface Pending {
  id: number;
  callbacks: CellCallbacks;
  resolve(r: CellResult): void;
  started: number;
}

/** Why the process ended, for the running cell. */
function exitReason(code: number | null, signal: NodeJS.Signals | null, stderrTail: string): string {
  const what = signal ? `signal ${signal}` : `code ${code}`;
  const oom = /heap out of memory|Allocation failed/i.test(stderrTail);
  const detail = oom
    ? 'out of memory (raise crmWorkbench.kernel.maxMemoryMB, or work on fewer rows)'
    : stderrTail.trim().split('\n').filter(Boolean).slice(-3).join(' | ') || 'no message';
  return `Kernel exited (${what}): ${detail}`;
}

export class KernelProcess {
  private child?: ChildProcess;
  private starting?: Promise<void>;
  private interruptAddress = '';
  private nextId = 1;
  private pending?: Pending;
  private queue: Promise<unknown> = Promise.resolve();
  private stderrTail = '';
  private readonly exitListeners = new Set<(reason: string) => void>();
  private readonly gridPending = new Map<number, (reply: GridReply) => void>();

  /** Resolves {@link moveTo} when the kernel answers its new init. */
  private moved?: () => void;

  constructor(private options: KernelOptions) {}

  /** True while a kernel process is running. */
  get alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Called when the process ends unexpectedly. */
  onExit(listener: (reason: string) => void): { dispose(): void } {
    this.exitListeners.add(listener);
    return { dispose: () => this.exitListeners.delete(listener) };
  }

  /** Starts the process if it is not running; resolves when it is ready for cells. */
  start(): Promise<void> {
    if (this.alive && this.starting) return this.starting;
    this.starting = this.spawn();
    this.starting.catch(() => (this.starting = undefined));
    return this.starting;
  }

  private spawn(): Promise<void> {
    // --liftoff-only: esbuild's WebAssembly runs on V8's baseline compiler only. Tiering it up to
    // TurboFan made the first cell wait seconds (init + first transform: 0.8 s + 3.4 s on a loaded
    // machine, 0.3 s + 0.5 s with the flag; later transforms of a cell stay in milliseconds) (#15).
    const execArgv = ['--no-force-async-hooks-checks', '--liftoff-only'];
    if (this.options.maxMemoryMB) execArgv.push(`--max-old-space-size=${this.options.maxMemoryMB}`);
    this.stderrTail = '';
    const child = fork(this.options.kernelPath, [], {
      cwd: this.options.notebookDir,
      execArgv,
      execPath: this.options.execPath,
      env: this.options.language ? { ...process.env, [LANGUAGE_ENV]: this.options.language } : process.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child = child;
    const keepTail = (d: Buffer) => (this.stderrTail = (this.stderrTail + d.toString()).slice(-4000));
    child.stderr!.on('data', keepTail);
    child.stdout!.on('data', keepTail);
    return new Promise<void>((resolve, reject) => {
      const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) =>
        reject(new Error(exitReason(code, signal, this.stderrTail)));
      child.once('exit', onEarlyExit);
      child.once('error', reject);
      child.on('message', (msg: KernelToHost) => {
        switch (msg.type) {
          case 'ready':
            this.interruptAddress = msg.interruptAddress;
            this.sendInit();
            break;
          case 'initialized':
            if (this.moved) {
              this.moved();
              this.moved = undefined;
              break;
            }
            child.off('exit', onEarlyExit);
            child.on('exit', (code, signal) => this.handleExit(child, code, signal));
            resolve();
            break;
          case 'stream':
          case 'display':
          case 'done':
            this.handleCellMessage(msg);
            break;
          case 'grid':
            this.gridPending.get(msg.id)?.(msg.reply);
            this.gridPending.delete(msg.id);
            break;
          default:
            assertNever(msg, 'message from the kernel');
        }
      });
    });
  }

  private sendInit(): void {
    this.send({
      type: 'init',
      id: this.nextId++,
      notebookDir: this.options.notebookDir,
      maxRows: this.options.maxRows ?? 100,
      ...(this.options.currency ? { currency: this.options.currency } : {}),
    });
  }

  /**
   * Gives a started kernel that has run no cell to another notebook: its folder, preview rows
   * and currency (the process-wide options, such as the heap limit and the language, stay). The
   * host keeps such a spare kernel so that a notebook opened later need not wait for a process
   * to start (#15). Cells sent after this call run with the new settings (messages keep their order).
   */
  moveTo(settings: Pick<KernelOptions, 'notebookDir' | 'maxRows' | 'currency'>): Promise<void> {
    this.options = { ...this.options, ...settings };
    // In the cell queue: cells asked for later wait until the kernel has the new settings.
    const move = this.queue.then(async () => {
      await this.starting?.catch(() => undefined);
      if (!this.alive) return; // a kernel started later gets the new settings with its first init
      await new Promise<void>((resolve) => {
        const done = () => {
          exited.dispose();
          resolve();
        };
        const exited = this.onExit(done);
        this.moved = done;
        this.sendInit();
      });
    });
    this.queue = move.catch(() => undefined);
    return move;
  }

  private send(msg: HostToKernel): void {
    this.child?.send(msg);
  }

  private handleCellMessage(msg: StreamMessage | DisplayMessage | DoneMessage): void {
    const p = this.pending;
    if (!p || msg.id !== p.id) return; // late output of a finished cell
    switch (msg.type) {
      case 'stream':
        p.callbacks.onStream?.(msg.name, msg.text);
        break;
      case 'display':
        p.callbacks.onDisplay?.(msg.output);
        break;
      case 'done':
        this.pending = undefined;
        p.resolve({ status: msg.status, error: msg.error, durationMs: msg.durationMs });
        break;
      default:
        assertNever(msg, 'cell message from the kernel');
    }
  }

  private handleExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    const reason = exitReason(code, signal, this.stderrTail);
    this.child = undefined;
    this.starting = undefined;
    const p = this.pending;
    this.pending = undefined;
    p?.resolve({ status: 'died', error: { name: 'KernelDied', message: reason }, durationMs: Date.now() - p.started });
    this.endGridRequests();
    if (!this.disposing) for (const l of this.exitListeners) l(reason);
  }

  /**
   * Runs one cell (after any queued ones). Starts the kernel if needed; a kernel that died
   * before is started afresh.
   */
  execute(code: string, label: string, language: 'typescript' | 'javascript', callbacks: CellCallbacks = {}): Promise<CellResult> {
    const run = this.queue.then(async (): Promise<CellResult> => {
      const started = Date.now();
      try {
        await this.start();
      } catch (e) {
        return { status: 'died', error: { name: 'KernelDied', message: (e as Error).message }, durationMs: Date.now() - started };
      }
      return new Promise<CellResult>((resolve) => {
        const id = this.nextId++;
        this.pending = { id, callbacks, resolve, started };
        this.send({ type: 'execute', id, label, language, code });
      });
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** True while a cell runs (the grid's questions are then answered between the cell's awaits). */
  get busy(): boolean {
    return !!this.pending;
  }

  /**
   * Asks the kernel about a table it keeps (the live grid). Never starts a kernel: without a
   * running one the answer is a `kernel-gone` error, and so it is if the kernel exits before
   * answering.
   */
  gridRequest(request: GridRequest): Promise<GridReply> {
    if (!this.alive || !this.child?.connected) {
      return Promise.resolve({
        type: 'error',
        tableId: request.tableId,
        code: 'kernel-gone',
        message: 'no kernel is running for this notebook',
      });
    }
    const id = this.nextId++;
    return new Promise<GridReply>((resolve) => {
      this.gridPending.set(id, resolve);
      this.send({ type: 'grid', id, request });
    });
  }

  private endGridRequests(): void {
    for (const resolve of this.gridPending.values())
      resolve({ type: 'error', code: 'kernel-gone', message: 'the kernel exited before it answered' });
    this.gridPending.clear();
  }

  /**
   * Interrupts the running cell. A synchronous loop is stopped by the kernel's watchdog; if the
   * cell has still not finished after the grace period, the kernel is killed (the cell fails
   * with "Kernel exited") and the next execution starts a fresh one.
   */
  async interrupt(): Promise<void> {
    const p = this.pending;
    if (!p || !this.alive) return;
    await new Promise<void>((resolve) => {
      const socket = net.connect(this.interruptAddress, () => socket.end(INTERRUPT_COMMAND, () => resolve()));
      socket.on('error', () => resolve());
    });
    const grace = this.options.interruptGraceMs ?? 3000;
    const child = this.child;
    setTimeout(() => {
      if (this.pending === p && this.child === child) child?.kill('SIGKILL');
    }, grace).unref();
  }

  private disposing = false;

  /** Kills the process (if any) and starts a fresh one. */
  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }

  /** Ends the process; a running cell fails with "Kernel exited". */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.disposing = true;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await exited;
    this.disposing = false;
  }

  dispose(): void {
    this.disposing = true;
    this.endGridRequests();
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }
}
