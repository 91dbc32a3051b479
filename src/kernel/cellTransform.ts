/**
 * Turns the source of one notebook cell into a script the kernel can run again and again in
 * one shared global scope, the way a REPL does:
 *
 * - TypeScript is transpiled with esbuild's transform API (imports kept verbatim).
 * - Top-level `const` / `let` / `var` / `class` / `function` / `import` bindings become globals,
 *   so later cells see them and re-running a cell that declares `const x` works.
 * - The body runs inside an async function, so top-level `await` works.
 * - Static `import` and dynamic `import()` go through the kernel's importer (`__crm.import`),
 *   which uses the real ESM loader: never `require`.
 * - The value of a final expression statement is returned, to be displayed.
 *
 * The result carries a source map from the generated script back to the cell's own text.
 */
import { getEsbuild } from './esbuildService';
import {
  parse,
  type AnyNode,
  type ImportDeclaration,
  type ImportExpression,
  type MetaProperty,
  type ModuleDeclaration,
  type Pattern,
  type Program,
  type Statement,
} from 'acorn';
import MagicString from 'magic-string';
import remapping from '@jridgewell/remapping';
import { kernelError } from './kernelError';
import { messages } from './text/index';

/** The global through which transformed cells reach the kernel. */
export const KERNEL_GLOBAL = '__crm';

export interface TransformedCell {
  /** Declares the cell's top-level names as globals (run first, as a plain script). */
  prologue: string;
  /** The cell body as an expression evaluating to a promise of the last value. */
  script: string;
  /** Source map (v3 JSON) from `script` back to the cell's source; built on first call. */
  map: () => string;
  /** Top-level names the cell declares. */
  declared: string[];
}

/** A syntax error in a cell, with its 1-based location in the cell. */
export class CellSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'SyntaxError';
  }
}

/** Whether a property of a node holds a node (the walk below follows those). */
function isNode(v: unknown): v is AnyNode {
  return !!v && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string';
}

function patternNames(p: Pattern, out: string[]): void {
  switch (p.type) {
    case 'Identifier':
      out.push(p.name);
      break;
    case 'ObjectPattern':
      for (const prop of p.properties) patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
      break;
    case 'ArrayPattern':
      for (const el of p.elements) if (el) patternNames(el, out);
      break;
    case 'RestElement':
      patternNames(p.argument, out);
      break;
    case 'AssignmentPattern':
      patternNames(p.left, out);
      break;
    default:
      throw kernelError('cellTransform', messages().bindingPattern(p.type));
  }
}

/** Every `import(...)` expression anywhere in the tree, and `import.meta`. */
function walkImports(node: AnyNode, onImport: (n: ImportExpression) => void, onMeta: (n: MetaProperty) => void): void {
  if (node.type === 'ImportExpression') onImport(node);
  if (node.type === 'MetaProperty' && node.meta.name === 'import') onMeta(node);
  for (const [key, v] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc') continue;
    if (Array.isArray(v)) {
      for (const c of v as unknown[]) if (isNode(c)) walkImports(c, onImport, onMeta);
    } else if (isNode(v)) walkImports(v, onImport, onMeta);
  }
}

function importReplacement(decl: ImportDeclaration, tmp: string, declared: string[]): string {
  const src = JSON.stringify(decl.source.value);
  const load = `await ${KERNEL_GLOBAL}.import(${src})`;
  if (decl.specifiers.length === 0) return `${load};`;
  const parts = [`const ${tmp} = ${load};`];
  for (const s of decl.specifiers) {
    const local = s.local.name;
    declared.push(local);
    if (s.type === 'ImportNamespaceSpecifier') parts.push(`${local} = ${tmp};`);
    else if (s.type === 'ImportDefaultSpecifier') parts.push(`${local} = ${KERNEL_GLOBAL}.defaultOf(${tmp});`);
    else {
      const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
      parts.push(`${local} = ${KERNEL_GLOBAL}.named(${tmp}, ${JSON.stringify(imported)}, ${src});`);
    }
  }
  return parts.join(' ');
}

/** Rewrites one top-level statement in place; returns the names it binds. */
function rewriteTopLevel(stmt: Statement | ModuleDeclaration, ms: MagicString, index: number, declared: string[]): void {
  let node: AnyNode = stmt;
  if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') {
    if (!node.declaration) throw kernelError('cellTransform', messages().exportList);
    ms.remove(node.start, node.declaration.start);
    node = node.declaration;
  }
  switch (node.type) {
    case 'ImportDeclaration':
      // An `import type` that reached here unchanged (a parser that keeps TypeScript's importKind).
      if ((node as { importKind?: string }).importKind === 'type') {
        ms.remove(node.start, node.end);
        return;
      }
      ms.overwrite(node.start, node.end, importReplacement(node, `__import${index}`, declared));
      return;
    case 'VariableDeclaration': {
      const names: string[] = [];
      for (const d of node.declarations) patternNames(d.id, names);
      declared.push(...names);
      // `const a = 1, {b} = o;`  →  `;(a = 1, {b} = o);`
      ms.overwrite(node.start, node.declarations[0].start, ';(');
      for (const d of node.declarations) if (!d.init) ms.appendLeft(d.id.end, ' = void 0');
      ms.appendLeft(node.declarations[node.declarations.length - 1].end, ')');
      return;
    }
    case 'ClassDeclaration':
      if (!node.id) throw kernelError('cellTransform', messages().exportClass);
      declared.push(node.id.name);
      ms.appendLeft(node.start, `${node.id.name} = `);
      ms.appendLeft(node.end, ';');
      return;
    case 'FunctionDeclaration':
      if (!node.id) throw kernelError('cellTransform', messages().exportFunction);
      // Hoisted inside the wrapper; published to the global scope at its top (see below).
      declared.push(node.id.name);
      return;
    default:
      return;
  }
}

/**
 * True when TypeScript source may run as JavaScript unchanged, if it parses as JavaScript:
 * TypeScript-only syntax does not parse as JavaScript, and the one construct that parses in both
 * with different meanings is excluded: `f<T>(x)` is a generic call in TypeScript and two
 * comparisons in JavaScript. Such cells skip esbuild, which saves its fixed cost (~3 ms) per new cell.
 */
function isPlainJavaScript(source: string): boolean {
  return !source.includes('<');
}

/** Parses JavaScript; a failure is a syntax error of the cell (`ifInvalid: 'throw'`), or `false`. */
function parseJs(js: string, ifInvalid: 'throw' | 'return false'): Program | false {
  try {
    return parse(js, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true });
  } catch (e) {
    if (ifInvalid === 'return false') return false;
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    throw new CellSyntaxError((e as Error).message.replace(/ \(\d+:\d+\)$/, ''), loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
}

/** TypeScript (or JavaScript acorn could not read) through esbuild's transform API. */
async function transpile(source: string, language: 'typescript' | 'javascript', fileName: string): Promise<{ js: string; map: string }> {
  try {
    const out = await (
      await getEsbuild()
    ).transform(source, {
      loader: language === 'typescript' ? 'ts' : 'js',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: fileName,
      sourcesContent: false,
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      logLevel: 'silent',
    });
    return { js: out.code, map: out.map };
  } catch (e) {
    const err = (e as { errors?: { text: string; location?: { line: number; column: number } }[] }).errors?.[0];
    if (err) throw new CellSyntaxError(err.text, err.location?.line ?? 1, (err.location?.column ?? 0) + 1);
    throw e;
  }
}

/**
 * Transforms one cell.
 * @param source the cell's text
 * @param language `typescript` or `javascript`
 * @param fileName the script's name in stack traces (e.g. `crm-cell-3.ts`)
 * @throws {CellSyntaxError} with the location in the cell
 * @example
 * const t = await transformCell('const x = await f(); x * 2', 'typescript', 'cell.ts');
 * t.declared // → ['x']
 */
export async function transformCell(source: string, language: 'typescript' | 'javascript', fileName: string): Promise<TransformedCell> {
  const parsed =
    (language === 'javascript' || isPlainJavaScript(source)) && parseJs(source, language === 'javascript' ? 'throw' : 'return false');
  let js = source;
  let tsMap: string | undefined;
  let program: Program | false;
  if (parsed) program = parsed;
  else {
    ({ js, map: tsMap } = await transpile(source, language, fileName));
    program = parseJs(js, 'throw');
  }
  if (!program) throw kernelError('cellTransform', messages().transpiledParse); // parseJs throws first

  const ms = new MagicString(js);
  const declared: string[] = [];
  const body = program.body;
  body.forEach((stmt, i) => rewriteTopLevel(stmt, ms, i, declared));
  walkImports(
    program,
    (n) => ms.overwrite(n.start, n.source.start, `${KERNEL_GLOBAL}.import(`),
    (n) => ms.overwrite(n.start, n.end, `${KERNEL_GLOBAL}.importMeta`),
  );

  // Return the value of a final expression statement ('use strict' is a directive, not a value).
  const last = [...body].reverse().find((s) => s.type !== 'EmptyStatement');
  if (last && last.type === 'ExpressionStatement' && last.directive !== 'use strict') {
    // At the statement's start: a parenthesised expression's parentheses are not part of its node.
    ms.prependRight(last.start, 'return (');
    ms.appendLeft(last.expression.end, ')');
  }

  const functions = body
    .map((s) => (s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s))
    .flatMap((s) => (s?.type === 'FunctionDeclaration' && s.id ? [s.id.name] : []));
  const publish = functions.map((f) => `globalThis[${JSON.stringify(f)}] = ${f};`).join(' ');
  ms.prepend(`(async () => { ${publish}`);
  ms.append('\n})()');

  // Composing the maps costs about as much as the rest together, and is needed only to show an
  // error: do it on demand.
  let map: string | undefined;
  const getMap = () => {
    if (map) return map;
    const edits = ms.generateMap({ hires: true, source: fileName, includeContent: false }).toString();
    return (map = tsMap ? JSON.stringify(remapping([edits, tsMap], () => null)) : edits);
  };
  const unique = [...new Set(declared)];
  return {
    prologue: unique.length ? `var ${unique.join(', ')};` : '',
    script: ms.toString(),
    map: getMap,
    declared: unique,
  };
}
