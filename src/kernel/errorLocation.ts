/**
 * Maps stack traces of transformed cells back to the cell's own text, and trims frames that
 * belong to the kernel or to Node itself.
 */
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import type { ErrorPayload } from '../protocol/index';
import { messages } from './text/index';

interface CellScript {
  label: string;
  map: () => string;
  trace?: TraceMap;
}

/** 1-based position in a cell. */
export interface CellPosition {
  label: string;
  line: number;
  column: number;
}

const FRAME = /^\s*at (?:async )?(?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;

/** Keeps the source maps of every cell script the kernel ran, to read stacks later. */
export class CellLocations {
  private readonly scripts = new Map<string, CellScript>();

  constructor(private readonly internalFiles: (file: string) => boolean) {}

  /** Registers a cell script; its source map is read only if an error needs it. */
  add(fileName: string, label: string, map: () => string): void {
    this.scripts.set(fileName, { label, map });
  }

  /** The cell position of a generated (file, line, 1-based column), if the file is a cell. */
  locate(file: string, line: number, column: number): CellPosition | undefined {
    const s = this.scripts.get(file);
    if (!s) return undefined;
    s.trace ??= new TraceMap(s.map());
    const p = originalPositionFor(s.trace, { line, column: Math.max(0, column - 1) });
    if (p.line == null) return undefined;
    return { label: s.label, line: p.line, column: (p.column ?? 0) + 1 };
  }

  /** "Cell 3, line 2, column 9" */
  static describe(p: CellPosition): string {
    return messages().location(p.label, p.line, p.column);
  }

  /**
   * Rewrites an error for the user: the first cell frame (else the running cell's label)
   * becomes the message's prefix, cell
   * frames are shown as cell positions, kernel and Node-internal frames are dropped.
   */
  toPayload(err: unknown, runningLabel?: string): ErrorPayload {
    if (!(err instanceof Error) && !(err && typeof err === 'object' && 'message' in err)) {
      return { name: 'Error', message: `Uncaught ${typeof err === 'string' ? JSON.stringify(err) : String(err)}` };
    }
    const e = err as Error;
    const name = e.name || 'Error';
    const message = String(e.message ?? '');
    const frames: string[] = [];
    let first: CellPosition | undefined;
    for (const line of String(e.stack ?? '')
      .split('\n')
      .slice(1)) {
      const m = FRAME.exec(line);
      if (!m) continue;
      const [, fn, file, l, c] = m;
      const pos = this.locate(file, Number(l), Number(c));
      if (pos) {
        first ??= pos;
        const callee = fn?.replace(/^async /, '');
        const named = callee && !/^(eval|<anonymous>)$/.test(callee);
        frames.push(named ? `    at ${callee} (${CellLocations.describe(pos)})` : `    at ${CellLocations.describe(pos)}`);
      } else if (!file.startsWith('node:') && !this.internalFiles(file) && !/^crm-cell-/.test(file)) {
        frames.push(line.replace(/^\s*/, '    '));
      }
    }
    const where = first ? `${CellLocations.describe(first)}: ` : runningLabel ? `${runningLabel}: ` : '';
    return { name, message: `${where}${message}`, stack: [`${name}: ${message}`, ...frames].join('\n') };
  }
}
