/**
 * One spare kernel process, started while the kernels are idle and given to the next notebook
 * that opens, so that its first cell need not wait seconds for a process to start while VS Code
 * is busy opening the notebook (#15). The spare runs no code until a notebook takes it; a spare
 * started with other process-wide options (heap limit, language) than a notebook now needs is
 * stopped instead.
 */
import { KernelProcess, type KernelOptions } from '../host/KernelProcess';

/** How long the kernels must be idle before a spare starts (it should not slow a run). */
const IDLE_MS = 3_000;

/** The options that stay with a process for its life (the rest moves with it, see KernelProcess.moveTo). */
const processWide = (o: KernelOptions) => JSON.stringify({ kernelPath: o.kernelPath, maxMemoryMB: o.maxMemoryMB, language: o.language });

export class SpareKernel {
  private spare?: { process: KernelProcess; options: string; started: boolean };
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * @param spareOptions the options a spare would start with now (it moves to its notebook's folder when taken)
   * @param canStart whether a spare may start now: a trusted workspace, no kernel starting or running cells
   */
  constructor(
    private readonly spareOptions: () => KernelOptions,
    private readonly canStart: () => 'now' | 'later' | 'never',
  ) {}

  /**
   * The spare kernel, moved to a notebook with `options`, and whether it has finished starting;
   * undefined when there is none that fits. Another spare is planned in any case.
   */
  take(options: KernelOptions): { process: KernelProcess; started: boolean } | undefined {
    const spare = this.spare;
    this.spare = undefined;
    this.schedule();
    if (!spare) return undefined;
    if (!spare.process.alive || spare.options !== processWide(options)) {
      spare.process.dispose();
      return undefined;
    }
    void spare.process.moveTo({ notebookDir: options.notebookDir, maxRows: options.maxRows, currency: options.currency });
    return { process: spare.process, started: spare.started };
  }

  /** Plans a spare once the kernels have been idle for {@link IDLE_MS} (if there is none yet). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.spare) return;
      const now = this.canStart();
      if (now === 'later') return this.schedule();
      if (now === 'never') return;
      const options = this.spareOptions();
      const spare = { process: new KernelProcess(options), options: processWide(options), started: false };
      this.spare = spare;
      spare.process.start().then(
        () => (spare.started = true),
        () => {
          if (this.spare === spare) this.spare = undefined;
        },
      );
    }, IDLE_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.spare?.process.dispose();
    this.spare = undefined;
  }
}
