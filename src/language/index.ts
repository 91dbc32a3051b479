/**
 * The language support of notebook cells: a TypeScript language service over the notebook's code
 * cells as one virtual program (cellFiles), the headless check, and where their declarations are.
 * Bundled on its own (dist/language/index.js, with the TypeScript compiler) and loaded only when
 * needed, so that neither the extension's activation nor the CLI's other commands pay for it.
 */
import path from 'node:path';

export { cellFiles, cellFileName, cellPosition, type CellFile, type CellText, type CellPosition } from './cellFiles';
export { topLevelNames } from './topLevelNames';
export { NotebookLanguageService, type CellDiagnostic, type CellFix, type CellQuickInfo, type CellSpan } from './NotebookLanguageService';
export { checkNotebook, formatCellDiagnostic } from './checkNotebook';
export type { LanguageRequest, LanguageResponse, ServiceArgs, ServiceCall, ServiceMethod, ServiceResult } from './languageMessages';

/** The folder of this bundle, where the build puts crm-workbench.d.ts and the lib files. */
export const BUNDLED_TYPES_DIR: string = typeof __dirname === 'string' ? __dirname : path.resolve('dist/language');
