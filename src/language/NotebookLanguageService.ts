/**
 * A TypeScript language service over one notebook's code cells (see cellFiles for the virtual
 * program). Positions in and out are offsets in a cell's own text, the cell named by its index in
 * the notebook (markdown cells counted). No vscode here: the extension (src/extension/language/)
 * and `crm-workbench check` (src/cli/) both use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { cellFiles, cellPosition, type CellFile, type CellText } from './cellFiles';
import { GLOBALS_FILE, IGNORED_CODES, LIB_FILE, notebookCompilerOptions } from './compilerOptions';

/** A problem the compiler found in a cell. */
export interface CellDiagnostic {
  /** The cell's 0-based index in the notebook (markdown cells counted). */
  cell: number;
  /** Offset and length in the cell's text. */
  start: number;
  length: number;
  /** 1-based line and column of the start in the cell. */
  line: number;
  column: number;
  message: string;
  code: number;
  /** Errors are type or syntax errors; the rest are the compiler's warnings and suggestions. */
  category: 'error' | 'warning' | 'suggestion' | 'message';
}

/** A span in a cell or, outside the notebook, in a file. */
export interface CellSpan {
  cell?: number;
  fileName: string;
  start: number;
  length: number;
}

/** A quick fix: its title and the edits it makes in cells. */
export interface CellFix {
  title: string;
  edits: { cell: number; start: number; length: number; newText: string }[];
}

/** Hover text: the declaration, its doc comment and tags (`@example` and others). */
export interface CellQuickInfo {
  start: number;
  length: number;
  signature: string;
  documentation: string;
  tags: { name: string; text: string }[];
}

const CATEGORY = {
  [ts.DiagnosticCategory.Error]: 'error',
  [ts.DiagnosticCategory.Warning]: 'warning',
  [ts.DiagnosticCategory.Suggestion]: 'suggestion',
  [ts.DiagnosticCategory.Message]: 'message',
} as const;

/** "Object literal may only specify known properties, but 'bin' does not exist … Did you mean to write 'bins'?" */
const MISSPELT_PROPERTY = 2561;

/** One registry for every notebook: the libs and the globals' declarations are parsed once. */
const registry = ts.createDocumentRegistry();
/** The declarations and libs, read once. */
const typeFiles = new Map<string, ts.IScriptSnapshot>();

export class NotebookLanguageService {
  private files: CellFile[] = [];
  private cells: readonly CellText[] = [];
  /** The cell whose file imports every visible name (the last one completed in). */
  private completing?: number;
  private readonly byName = new Map<string, { file: CellFile; version: number; snapshot: ts.IScriptSnapshot }>();
  /** A cell's diagnostics, kept while neither it nor a cell it (transitively) imports from changes. */
  private readonly checked = new Map<string, { key: string; diagnostics: CellDiagnostic[] }>();
  private versions = 0;
  private readonly service: ts.LanguageService;
  private readonly globalsFile: string;

  /**
   * @param notebookPath the notebook's absolute path (its folder is where imports resolve from)
   * @param typesDir the folder of crm-workbench.d.ts and the lib files (dist/language)
   */
  constructor(
    readonly notebookPath: string,
    private readonly typesDir: string,
  ) {
    this.globalsFile = path.join(typesDir, GLOBALS_FILE);
    if (!existsSync(this.globalsFile)) throw new Error(`the cell type declarations are missing: ${this.globalsFile} (npm run build)`);
    const options = notebookCompilerOptions();
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [this.globalsFile, ...this.files.map((f) => f.fileName)],
      getScriptVersion: (f) => String(this.byName.get(f)?.version ?? 0),
      getScriptSnapshot: (f) => this.snapshot(f),
      getCurrentDirectory: () => path.dirname(notebookPath),
      getDefaultLibFileName: () => path.join(typesDir, LIB_FILE),
      fileExists: (f) => this.byName.has(f) || typeFiles.has(f) || ts.sys.fileExists(f),
      readFile: (f) => {
        const s = this.snapshot(f);
        return s ? s.getText(0, s.getLength()) : undefined;
      },
      directoryExists: (d) => ts.sys.directoryExists(d),
      getDirectories: (d) => ts.sys.getDirectories(d),
      realpath: (f) => ts.sys.realpath?.(f) ?? f,
      useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    };
    this.service = ts.createLanguageService(host, registry);
  }

  /** Sets the notebook's cells (all of them, markdown included, in order). */
  update(cells: readonly CellText[]): void {
    this.cells = cells;
    this.files = cellFiles(this.notebookPath, cells, { completing: this.completing });
    const seen = new Set<string>();
    for (const file of this.files) {
      seen.add(file.fileName);
      const old = this.byName.get(file.fileName);
      if (old && old.file.text === file.text) old.file = file;
      else this.byName.set(file.fileName, { file, version: ++this.versions, snapshot: ts.ScriptSnapshot.fromString(file.text) });
    }
    for (const name of [...this.byName.keys()]) if (!seen.has(name)) this.byName.delete(name);
    for (const name of [...this.checked.keys()]) if (!seen.has(name)) this.checked.delete(name);
  }

  /** Syntax and type errors of every code cell, in cell order. */
  diagnostics(): CellDiagnostic[] {
    return this.files.flatMap((f) => this.cellDiagnostics(f));
  }

  /** Syntax and type errors of one cell. */
  diagnosticsOf(cell: number): CellDiagnostic[] {
    const f = this.files.find((x) => x.index === cell);
    return f ? this.cellDiagnostics(f) : [];
  }

  completions(cell: number, offset: number): ts.CompletionInfo | undefined {
    if (this.completing !== cell) {
      this.completing = cell;
      this.update(this.cells);
    }
    const f = this.fileOf(cell);
    if (!f) return undefined;
    return this.service.getCompletionsAtPosition(f.fileName, this.clamp(f, offset), {
      includeCompletionsWithInsertText: true,
      includeCompletionsWithSnippetText: false,
      includeCompletionsForModuleExports: false,
    });
  }

  completionDetails(
    cell: number,
    offset: number,
    name: string,
    source?: string,
    data?: ts.CompletionEntryData,
  ): ts.CompletionEntryDetails | undefined {
    const f = this.fileOf(cell);
    if (!f) return undefined;
    return this.service.getCompletionEntryDetails(f.fileName, this.clamp(f, offset), name, undefined, source, undefined, data);
  }

  quickInfo(cell: number, offset: number): CellQuickInfo | undefined {
    const f = this.fileOf(cell);
    const info = f && this.service.getQuickInfoAtPosition(f.fileName, this.clamp(f, offset));
    if (!info) return undefined;
    return {
      start: info.textSpan.start,
      length: info.textSpan.length,
      signature: ts.displayPartsToString(info.displayParts),
      documentation: ts.displayPartsToString(info.documentation),
      tags: (info.tags ?? []).map((t) => ({ name: t.name, text: ts.displayPartsToString(t.text) })),
    };
  }

  signatureHelp(cell: number, offset: number, triggerCharacter?: string): ts.SignatureHelpItems | undefined {
    const f = this.fileOf(cell);
    if (!f) return undefined;
    const reason: ts.SignatureHelpTriggerReason = triggerCharacter
      ? { kind: 'characterTyped', triggerCharacter: triggerCharacter as ts.SignatureHelpTriggerCharacter }
      : { kind: 'invoked' };
    return this.service.getSignatureHelpItems(f.fileName, this.clamp(f, offset), { triggerReason: reason });
  }

  /** Where the name at the offset is declared: in a cell, or in a file of the user's (never in the generated declarations). */
  definition(cell: number, offset: number): CellSpan[] {
    const f = this.fileOf(cell);
    const defs = f ? (this.service.getDefinitionAtPosition(f.fileName, this.clamp(f, offset)) ?? []) : [];
    return defs
      .filter((d) => path.dirname(d.fileName) !== path.normalize(this.typesDir) && !d.fileName.startsWith(this.typesDir))
      .map((d) => ({
        cell: this.byName.get(d.fileName)?.file.index,
        fileName: d.fileName,
        start: d.textSpan.start,
        length: d.textSpan.length,
      }))
      .filter((d) => d.cell === undefined || d.start < (this.fileOf(d.cell)?.sourceLength ?? 0));
  }

  /**
   * The compiler's quick fixes for the given diagnostic codes at a span of a cell, and the
   * spelling fix of a misspelt option name (`{ bin: 4 }` → `bins`), which the compiler suggests in
   * its message (2561) but has no code fix for.
   */
  codeFixes(cell: number, start: number, end: number, codes: readonly number[]): CellFix[] {
    const f = this.fileOf(cell);
    if (!f) return [];
    const fixes = this.service.getCodeFixesAtPosition(f.fileName, this.clamp(f, start), this.clamp(f, end), codes, {}, {});
    const own = codes.includes(MISSPELT_PROPERTY) && fixes.length === 0 ? this.optionSpellingFixes(f, start) : [];
    return [
      ...own,
      ...fixes.map((fix) => ({
        title: fix.description,
        edits: fix.changes.flatMap((c) => {
          const target = this.byName.get(c.fileName)?.file;
          if (!target) return [];
          return c.textChanges
            .filter((t) => t.span.start <= target.sourceLength)
            .map((t) => ({ cell: target.index, start: t.span.start, length: t.span.length, newText: t.newText }));
        }),
      })),
    ];
  }

  dispose(): void {
    this.service.dispose();
  }

  private optionSpellingFixes(f: CellFile, start: number): CellFix[] {
    const d = this.service.getSemanticDiagnostics(f.fileName).find((x) => x.code === MISSPELT_PROPERTY && x.start === start);
    // The compiler's message ends "Did you mean to write 'bins'?" (its messages are not localised here).
    const suggestion = d && /'([^']+)'\?$/.exec(ts.flattenDiagnosticMessageText(d.messageText, '\n'))?.[1];
    if (!d || !suggestion || d.length === undefined) return [];
    return [{ title: `Change spelling to '${suggestion}'`, edits: [{ cell: f.index, start, length: d.length, newText: suggestion }] }];
  }

  private fileOf(cell: number): CellFile | undefined {
    return this.files.find((f) => f.index === cell);
  }

  private clamp(f: CellFile, offset: number): number {
    return Math.min(Math.max(offset, 0), f.sourceLength);
  }

  private snapshot(fileName: string): ts.IScriptSnapshot | undefined {
    const cell = this.byName.get(fileName);
    if (cell) return cell.snapshot;
    let s = typeFiles.get(fileName);
    if (!s && fileName.startsWith(this.typesDir) && existsSync(fileName)) {
      s = ts.ScriptSnapshot.fromString(readFileSync(fileName, 'utf8'));
      typeFiles.set(fileName, s);
    }
    if (s) return s;
    const text = ts.sys.readFile(fileName);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  }

  /** The versions of a cell's file and of every cell file it depends on, as one string. */
  private dependencyKey(f: CellFile): string {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const dep of this.byName.get(name)?.file.importsFrom ?? []) visit(dep);
    };
    visit(f.fileName);
    return [...seen]
      .sort()
      .map((n) => `${n}@${this.byName.get(n)?.version}`)
      .join('|');
  }

  private cellDiagnostics(f: CellFile): CellDiagnostic[] {
    const key = this.dependencyKey(f);
    const cached = this.checked.get(f.fileName);
    if (cached?.key === key) return cached.diagnostics.map((d) => ({ ...d, cell: f.index }));
    const diagnostics = this.computeDiagnostics(f);
    this.checked.set(f.fileName, { key, diagnostics });
    return diagnostics;
  }

  private computeDiagnostics(f: CellFile): CellDiagnostic[] {
    const source = f.text.slice(0, f.sourceLength);
    const all = [...this.service.getSyntacticDiagnostics(f.fileName), ...this.service.getSemanticDiagnostics(f.fileName)];
    return all
      .filter((d) => d.start !== undefined && d.start < Math.max(f.sourceLength, 1) && !IGNORED_CODES.has(d.code))
      .map((d) => {
        const start = Math.min(d.start ?? 0, f.sourceLength);
        const length = Math.max(0, Math.min(d.length ?? 0, f.sourceLength - start));
        return {
          cell: f.index,
          start,
          length,
          ...cellPosition(source, start),
          message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
          code: d.code,
          category: CATEGORY[d.category],
        };
      });
  }
}
