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

/**
 * @example topLevelNames('const { a, b: [c] } = x; function f() { const inner = 1 }') // → { declared: ['a', 'c', 'f'], exported: [] }
 */
export function topLevelNames(source: string, javascript = false): TopLevelNames {
  const sf = ts.createSourceFile(javascript ? 'cell.js' : 'cell.ts', source, ts.ScriptTarget.ES2022, false);
  const declared: string[] = [];
  const exported: string[] = [];
  for (const s of sf.statements) {
    const names: string[] = [];
    statementNames(s, names);
    for (const n of names) if (!declared.includes(n)) declared.push(n);
    if (isExported(s)) exported.push(...names);
  }
  return { declared, exported };
}
