/**
 * Runs every code cell of a notebook with a fresh kernel, headless, and returns the notebook
 * with its outputs and execution summaries. Used by `crm-workbench run` and `report --run`.
 */
import path from 'node:path';
import { KernelProcess } from '../host/KernelProcess';
import { appendStream, errorOutput, type CellOutput, type ErrorPayload, type NotebookFile } from '../protocol/index';

export interface RunOptions {
  kernelPath: string;
  maxRows?: number;
  /** The shop's currency for money when the data name none (default: $CRM_WORKBENCH_CURRENCY). */
  currency?: string;
  maxMemoryMB?: number;
  /** Called after each code cell. */
  onCell?(index: number, ok: boolean, error?: ErrorPayload): void;
}

export interface RunResult {
  notebook: NotebookFile;
  failures: { index: number; label: string; error: ErrorPayload }[];
}

/** The label a cell has in error messages: its 1-based position in the notebook. */
export function cellLabel(index: number): string {
  return `Cell ${index + 1}`;
}

export async function runNotebook(nb: NotebookFile, notebookPath: string, options: RunOptions): Promise<RunResult> {
  const kernel = new KernelProcess({
    kernelPath: options.kernelPath,
    notebookDir: path.dirname(path.resolve(notebookPath)),
    maxRows: options.maxRows,
    currency: options.currency ?? process.env.CRM_WORKBENCH_CURRENCY,
    maxMemoryMB: options.maxMemoryMB,
  });
  const failures: RunResult['failures'] = [];
  const cells = nb.cells.map((c) => ({ ...c, outputs: [...c.outputs] }));
  let order = 0;
  try {
    for (const [index, cell] of cells.entries()) {
      if (cell.kind !== 'code' || cell.language === 'markdown') continue;
      const outputs: CellOutput[] = [];
      const startTime = Date.now();
      const result = await kernel.execute(cell.source, cellLabel(index), cell.language, {
        onStream: (name, text) => appendStream(outputs, name, text),
        onDisplay: (output) => outputs.push(output),
      });
      const ok = result.status === 'ok';
      if (!ok && result.error) {
        outputs.push(errorOutput(result.error));
        failures.push({ index, label: cellLabel(index), error: result.error });
      }
      cells[index] = { ...cell, outputs, execution: { order: ++order, success: ok, startTime, endTime: Date.now() } };
      options.onCell?.(index, ok, result.error);
    }
  } finally {
    kernel.dispose();
  }
  return { notebook: { ...nb, cells }, failures };
}
