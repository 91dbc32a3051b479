/**
 * Parameters for repeatable runs, papermill's convention: the code cell whose metadata has
 * `parameters: true` holds the defaults; `crm-workbench run NB --param asOf=2024-12-31` adds a cell
 * right after it (metadata `injectedParameters: true`) that assigns the given values, so the rest
 * of the notebook sees them. An earlier injected cell is replaced, never stacked. Without a
 * parameters cell the injected cell goes first, as papermill does.
 * Values: numbers, `true`, `false` and `null` keep their type; anything else is a string.
 */
import type { NotebookCell, NotebookFile } from '../protocol/index';
import { UsageError } from './parseArgs';
import { cliText } from './cliText';

export interface Injection {
  notebook: NotebookFile;
  /** The parameters as given (name → text). */
  parameters: Record<string, string>;
  /** Whether the notebook had a parameters cell. */
  found: boolean;
}

const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * @param pairs `name=value` texts from the command line
 * @example parseParams(['asOf=2024-12-31', 'top=20']) // → { asOf: '2024-12-31', top: '20' }
 * @throws {UsageError} for a pair without `=` or a name that is not a JavaScript identifier
 */
export function parseParams(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    const name = eq < 0 ? '' : p.slice(0, eq).trim();
    if (!NAME.test(name)) throw new UsageError(cliText().paramName(p));
    out[name] = p.slice(eq + 1);
  }
  return out;
}

/** A value as a JavaScript literal: numbers, booleans and null as such, the rest as a string. */
export function literal(text: string): string {
  if (/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim()) || ['true', 'false', 'null'].includes(text.trim())) return text.trim();
  return JSON.stringify(text);
}

/**
 * @example injectParameters(nb, { asOf: '2024-12-31' }).notebook.cells[k + 1].source
 * // → '// Parameters given on the command line (crm-workbench run --param)\nconst asOf = "2024-12-31";'
 */
export function injectParameters(nb: NotebookFile, parameters: Record<string, string>): Injection {
  const cells = nb.cells.filter((c) => c.metadata?.injectedParameters !== true);
  const at = cells.findIndex((c) => c.kind === 'code' && c.metadata?.parameters === true);
  const names = Object.keys(parameters);
  if (!names.length) return { notebook: { ...nb, cells }, parameters, found: at >= 0 };
  // Top-level declarations are globals of the kernel and may be declared again (cellTransform), so
  // this `const` replaces the parameters cell's value for every later cell.
  const lines = names.map((n) => `const ${n} = ${literal(parameters[n])};`);
  const cell: NotebookCell = {
    kind: 'code',
    language: 'typescript',
    source: ['// Parameters given on the command line (crm-workbench run --param)', ...lines].join('\n'),
    metadata: { injectedParameters: true },
    outputs: [],
  };
  cells.splice(at + 1, 0, cell);
  return { notebook: { ...nb, metadata: { ...nb.metadata, parameters }, cells }, parameters, found: at >= 0 };
}
