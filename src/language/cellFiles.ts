/**
 * The notebook as one virtual TypeScript program: each code cell is its own module file, whose
 * text is the cell's source followed, after a line break, by a suffix that
 *
 * - imports, from the cell that last declared it, each name an earlier cell declared at its top
 *   level that this cell mentions (and does not declare itself), and
 * - exports every name this cell declares at its top level.
 *
 * So a later cell sees an earlier cell's declarations, with their types, as the kernel's globals
 * make them visible when the notebook runs top to bottom. A name declared in two cells (a cell
 * copied and changed, `const tx` loaded again) is not an error: each cell sees the most recent
 * declaration before it, which is what a run from the top gives. (Running cells out of order
 * can bind a name differently; the virtual program always assumes notebook order.)
 *
 * Because the suffix comes after the source (imports are hoisted), a position in a cell's
 * virtual file is the same offset in the cell's text: mapping back to the cell is only the
 * conversion of an offset to a line and column ({@link cellPosition}). Each file is a module, so
 * top-level `await` is allowed. The files sit in the notebook's folder, so relative imports and
 * packages resolve from there, as the kernel resolves them.
 *
 * Importing only the names a cell mentions keeps the other cells' files unchanged while one is
 * edited (so the compiler re-checks little); the cell being completed imports every visible name,
 * so that completions offer them all. JavaScript cells always import every name (their JSDoc
 * types can name them).
 */
import { topLevelNames } from './topLevelNames';

/** What the virtual program needs of a notebook cell. */
export interface CellText {
  kind: 'code' | 'markdown';
  language: string;
  source: string;
}

/** One code cell as a file of the virtual program. */
export interface CellFile {
  /** The cell's 0-based index in the notebook, markdown cells counted (the kernel's "Cell N" is index + 1). */
  index: number;
  /** Absolute path of the virtual file, in the notebook's folder. */
  fileName: string;
  /** The cell's source and the suffix. */
  text: string;
  /** Length of the cell's source: positions at or after it are in the suffix. */
  sourceLength: number;
  /** Top-level names of earlier cells this file imports (bindings a cell may still reassign in the kernel). */
  imported: string[];
  /** The files of the cells it imports from: the only cells whose changes can change its types. */
  importsFrom: string[];
}

/** The module specifier of a cell file from a sibling, e.g. `./sales.crmnb.cell-3`. */
function specifierOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return JSON.stringify('./' + base.replace(/\.[jt]s$/, ''));
}

/**
 * The virtual file name of cell `index` of a notebook: `<folder>/<notebook file>.cell-<N>.ts`
 * (`.js` for a JavaScript cell), N counting every cell from 1.
 * @example cellFileName('/shop/sales.crmnb', 2, 'typescript') // → '/shop/sales.crmnb.cell-3.ts'
 */
export function cellFileName(notebookPath: string, index: number, language: string): string {
  return `${notebookPath}.cell-${index + 1}.${language === 'javascript' ? 'js' : 'ts'}`;
}

/**
 * @example cellFiles('/shop/a.crmnb', [{ kind: 'code', language: 'typescript', source: 'const x = 1' }, { kind: 'code', language: 'typescript', source: 'x + 1' }])
 * // → [{ index: 0, text: 'const x = 1\n;export { x };', … }, { index: 1, text: 'x + 1\n;import { x } from "./a.crmnb.cell-1";export {};', … }]
 */
export function cellFiles(notebookPath: string, cells: readonly CellText[], options: { completing?: number } = {}): CellFile[] {
  /** Where each visible name was last declared: name → file. */
  const lastDeclared = new Map<string, string>();
  const files: CellFile[] = [];
  cells.forEach((cell, index) => {
    if (cell.kind !== 'code') return;
    const fileName = cellFileName(notebookPath, index, cell.language);
    const javascript = cell.language === 'javascript';
    const { declared, exported, mentioned } = topLevelNames(cell.source, javascript);
    const all = javascript || index === options.completing;
    const own = new Set(declared);
    const byFile = new Map<string, string[]>();
    const imported: string[] = [];
    for (const [name, from] of lastDeclared) {
      if (own.has(name) || !(all || mentioned.has(name))) continue;
      byFile.set(from, [...(byFile.get(from) ?? []), name]);
      imported.push(name);
    }
    const imports = [...byFile].map(([from, names]) => `import { ${names.join(', ')} } from ${specifierOf(from)};`);
    const exports = declared.filter((n) => !exported.includes(n));
    const suffix = `\n;${imports.join('')}export { ${exports.join(', ')} };`.replace('export {  }', 'export {}');
    files.push({
      index,
      fileName,
      text: cell.source + suffix,
      sourceLength: cell.source.length,
      imported,
      importsFrom: [...byFile.keys()],
    });
    for (const n of declared) lastDeclared.set(n, fileName);
  });
  return files;
}

/** A 1-based line and column in a cell. */
export interface CellPosition {
  line: number;
  column: number;
}

/**
 * The line and column (1-based) of an offset in a cell's text; an offset in the suffix maps to
 * the end of the cell.
 * @example cellPosition('a\nbc', 3) // → { line: 2, column: 2 }
 */
export function cellPosition(source: string, offset: number): CellPosition {
  const at = Math.min(Math.max(offset, 0), source.length);
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}
