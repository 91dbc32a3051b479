/**
 * The compiler options of the virtual notebook program: what the kernel runs (ES2022 modules on
 * Node, top-level `await`), strict checks except implicit `any` (a cell's callbacks and
 * untyped packages stay quiet), JavaScript cells checked too, and no `@types` picked up from the
 * disk: the globals come from crm-workbench.d.ts only.
 */
import ts from 'typescript';

/** The lib file the program uses; scripts/cellTypes.mjs copies it (and what it references) next to the declarations. */
export const LIB_FILE = 'lib.es2022.d.ts';

/** The generated declarations of the cell globals. */
export const GLOBALS_FILE = 'crm-workbench.d.ts';

export function notebookCompilerOptions(): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: [LIB_FILE],
    types: [],
    strict: true,
    noImplicitAny: false,
    allowJs: true,
    checkJs: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    allowUnreachableCode: true,
    noErrorTruncation: false,
  };
}

/**
 * Diagnostics the virtual program reports that the kernel does not share:
 * - 2632, "Cannot assign to 'x' because it is an import": a later cell may reassign an earlier
 *   cell's `let`; in the virtual program the name reaches it as an import.
 */
export const IGNORED_CODES: ReadonlySet<number> = new Set([2632]);
