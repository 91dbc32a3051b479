/**
 * The names a cell declares at its top level, as the kernel makes them globals (see
 * src/kernel/cellTransform.ts): `const` / `let` / `var` (destructuring included), functions,
 * classes, imports, and, TypeScript's own, interfaces, type aliases, enums and namespaces.
 */
import ts from 'typescript';

export interface TopLevelNames {
  /** Names the cell declares, in order, each once. */
  declared: string[];
  /** Of those, the ones the cell already exports itself (`export const x`). */
  exported: string[];
  /** Every identifier the cell's text mentions (a superset of the names it uses). */
  mentioned: ReadonlySet<string>;
}

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
}

function isExported(node: ts.Node): boolean {
  return (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) ?? false;
}

function statementNames(s: ts.Statement, out: string[]): void {
  if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bindingNames(d.name, out);
  else if (
    ts.isFunctionDeclaration(s) ||
    ts.isClassDeclaration(s) ||
    ts.isInterfaceDeclaration(s) ||
    ts.isTypeAliasDeclaration(s) ||
    ts.isEnumDeclaration(s)
  ) {
    if (s.name) out.push(s.name.text);
  } else if (ts.isModuleDeclaration(s) && ts.isIdentifier(s.name) && !(s.flags & ts.NodeFlags.GlobalAugmentation)) out.push(s.name.text);
  else if (ts.isImportEqualsDeclaration(s)) out.push(s.name.text);
  else if (ts.isImportDeclaration(s) && s.importClause) {
    const c = s.importClause;
    if (c.name) out.push(c.name.text);
    if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) out.push(c.namedBindings.name.text);
    else if (c.namedBindings) for (const el of c.namedBindings.elements) out.push(el.name.text);
  }
}

function mentionedNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) out.add(node.text);
    else ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Cells seldom change all at once: the names of a source are remembered (the last few thousand). */
const cache = new Map<string, TopLevelNames>();
const CACHE_SIZE = 4000;

/**
 * @example topLevelNames('const { a, b: [c] } = x; function f() { const inner = 1 }') // → { declared: ['a', 'c', 'f'], exported: [], mentioned: Set { 'a', 'b', 'c', 'x', 'f', 'inner' } }
 */
export function topLevelNames(source: string, javascript = false): TopLevelNames {
  const key = (javascript ? 'j' : 't') + source;
  const hit = cache.get(key);
  if (hit) return hit;
  const names = computeNames(source, javascript);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, names);
  return names;
}

function computeNames(source: string, javascript: boolean): TopLevelNames {
  const sf = ts.createSourceFile(javascript ? 'cell.js' : 'cell.ts', source, ts.ScriptTarget.ES2022, false);
  const declared: string[] = [];
  const exported: string[] = [];
  for (const s of sf.statements) {
    const names: string[] = [];
    statementNames(s, names);
    for (const n of names) if (!declared.includes(n)) declared.push(n);
    if (isExported(s)) exported.push(...names);
  }
  return { declared, exported, mentioned: mentionedNames(sf) };
}
