/**
 * Cell outputs as they travel from the kernel to the editor and into the notebook file.
 */

/** One representation of an output. Text MIME types carry UTF-8 text; others carry base64. */
export interface OutputItem {
  mime: string;
  data: string;
  encoding?: 'base64';
}

/** One output of a cell: alternative representations of the same value, richest first. */
export interface CellOutput {
  items: OutputItem[];
  metadata?: Record<string, unknown>;
}

/** The error shape stored under the error MIME type (as VS Code's `NotebookCellOutputItem.error`). */
export interface ErrorPayload {
  name: string;
  message: string;
  stack?: string;
}

/**
 * Appends console text to a list of outputs: consecutive text on the same stream joins one
 * output, as in Jupyter, so a loop of `console.log` calls reads as one block.
 * @example appendStream([], 'stdout', 'a\n') // → [{ items: [{ mime: 'application/vnd.code.notebook.stdout', data: 'a\n' }] }]
 */
export function appendStream(outputs: CellOutput[], name: 'stdout' | 'stderr', text: string): CellOutput[] {
  const mime = name === 'stdout' ? 'application/vnd.code.notebook.stdout' : 'application/vnd.code.notebook.stderr';
  const last = outputs[outputs.length - 1];
  if (last && last.items.length === 1 && last.items[0].mime === mime) {
    last.items[0] = { mime, data: last.items[0].data + text };
    return outputs;
  }
  outputs.push({ items: [{ mime, data: text }] });
  return outputs;
}

/** An error as a cell output. */
export function errorOutput(error: ErrorPayload): CellOutput {
  return { items: [{ mime: 'application/vnd.code.notebook.error', data: JSON.stringify(error) }] };
}
