/**
 * The checks of the editor, headless: every code cell of a notebook through the language
 * service, for `crm-workbench check` (CI, or checking notebooks after an upgrade).
 */
import path from 'node:path';
import type { CellText } from './cellFiles';
import { NotebookLanguageService, type CellDiagnostic } from './NotebookLanguageService';

/**
 * The diagnostics of every code cell, in cell order.
 * @param typesDir the folder of crm-workbench.d.ts (dist/language)
 * @example checkNotebook('/shop/sales.crmnb', [{ kind: 'code', language: 'typescript', source: 'const c: number = "three"' }], 'dist/language')
 * // → [{ cell: 0, line: 1, column: 7, message: "Type 'string' is not assignable to type 'number'.", category: 'error', … }]
 */
export function checkNotebook(notebookPath: string, cells: readonly CellText[], typesDir: string): CellDiagnostic[] {
  const service = new NotebookLanguageService(path.resolve(notebookPath), path.resolve(typesDir));
  try {
    service.update(cells);
    return service.diagnostics();
  } finally {
    service.dispose();
  }
}

/**
 * One diagnostic as the kernel's errors read: the cell counted from 1, markdown included.
 * @example formatCellDiagnostic({ cell: 2, line: 4, column: 9, message: 'Cannot find name \'tx\'.', … }) // → "Cell 3, line 4, column 9: Cannot find name 'tx'."
 */
export function formatCellDiagnostic(d: Pick<CellDiagnostic, 'cell' | 'line' | 'column' | 'message' | 'category'>): string {
  const kind = d.category === 'error' ? '' : `${d.category}: `;
  return `Cell ${d.cell + 1}, line ${d.line}, column ${d.column}: ${kind}${d.message}`;
}
