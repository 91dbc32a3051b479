/**
 * Collects garbage while the kernel is idle. A cell that builds a big table leaves V8 a large
 * collection to finish; without this, the first thing allocating afterwards pays for it, and the
 * first sort of a million-row grid took 560 ms instead of 150 (#12). So when no cell ran and no
 * grid question came for `idleMs`, and the heap grew by `growthBytes` since the last collection,
 * the kernel collects, while the user is reading the output.
 *
 * The collector comes from a context of its own, so cells do not see a `gc` global.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

export interface IdleCollectorOptions {
  /** Quiet time before collecting (default 400 ms). */
  idleMs: number;
  /** Heap growth since the last collection that makes one worth it (default 64 MB). */
  growthBytes: number;
  /** Collects (default: V8's full collection; undefined when it cannot be had). */
  collect: (() => void) | undefined;
  /** Bytes in use on the heap (default: V8's heap statistics). */
  heapUsed: () => number;
}

function v8Collector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

/**
 * Busy and idle signals from the kernel's main loop.
 * @example const c = new IdleCollector(); c.busy(); await runCell(); c.idle(); // collects 400 ms later if the heap grew 64 MB
 */
export class IdleCollector {
  private readonly options: IdleCollectorOptions;
  private timer: NodeJS.Timeout | undefined;
  private afterLast: number;
  private running = 0;

  constructor(options: Partial<IdleCollectorOptions> = {}) {
    this.options = {
      idleMs: 400,
      growthBytes: 64 * 1024 * 1024,
      collect: 'collect' in options ? options.collect : v8Collector(),
      heapUsed: () => v8.getHeapStatistics().used_heap_size,
      ...options,
    };
    this.afterLast = this.options.heapUsed();
  }

  /** A cell or a grid question starts: no collection until it ends. */
  busy(): void {
    this.running++;
    clearTimeout(this.timer);
  }

  /** It ended: collect once the kernel has stayed idle, if the heap grew enough. */
  idle(): void {
    this.running = Math.max(0, this.running - 1);
    clearTimeout(this.timer);
    const { collect, idleMs, growthBytes, heapUsed } = this.options;
    if (!collect || this.running) return;
    this.timer = setTimeout(() => {
      if (this.running || heapUsed() - this.afterLast < growthBytes) return;
      collect();
      this.afterLast = heapUsed();
    }, idleMs);
    this.timer.unref();
  }
}
