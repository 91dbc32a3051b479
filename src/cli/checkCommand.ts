/**
 * `crm-workbench check <notebook.crmnb>`: the editor's type checks, headless. Prints each problem
 * as `Cell N, line L, column C: message` (N counts every cell, markdown included, as the kernel's
 * errors do) and returns 1 when there are errors, 0 otherwise (warnings alone pass).
 *
 * The language service and the TypeScript compiler are a bundle of their own
 * (dist/language/index.js), loaded here by path so the CLI's other commands never load them.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { NotebookFile } from '../protocol/index';

type LanguageModule = typeof import('../language/index');

/** The language bundle next to the CLI's (dist/language/index.js). */
export function loadLanguage(distDir: string = __dirname): LanguageModule {
  // A path computed at run time, so esbuild leaves the bundle out of dist/cli.js.
  const file = path.join(distDir, 'language', 'index.js');
  return createRequire(file)(file) as LanguageModule;
}

/** Where `check` writes: each diagnostic (stdout, one a line, for other tools) and the summary (stderr). */
export interface CheckOutput {
  diagnostic(line: string): void;
  summary(line: string): void;
}

const CONSOLE: CheckOutput = { diagnostic: (l) => console.log(l), summary: (l) => console.error(l) };

/**
 * @example check(nb, 'shop/sales.crmnb') // prints "Cell 3, line 2, column 7: Type 'string' is not assignable to type 'number'." → 1
 */
export function check(nb: NotebookFile, file: string, out: CheckOutput = CONSOLE, language: LanguageModule = loadLanguage()): number {
  const diagnostics = language.checkNotebook(path.resolve(file), nb.cells, language.BUNDLED_TYPES_DIR);
  for (const d of diagnostics) out.diagnostic(language.formatCellDiagnostic(d));
  const errors = diagnostics.filter((d) => d.category === 'error').length;
  const code = nb.cells.filter((c) => c.kind === 'code').length;
  out.summary(errors ? `${file}: ${errors} error${errors === 1 ? '' : 's'}` : `${file}: no errors in ${code} code cells`);
  return errors ? 1 : 0;
}
