/**
 * Completions in a cell: the cell globals (`crm.`, `charts.`, `aq.`), earlier cells' names, and
 * option keys inside `{ }` of a call, from the notebook's language service. Details (the doc
 * comment) are filled in when an item is selected.
 */
import * as vscode from 'vscode';
import type { NotebookServices } from './notebookServices';

const Kind = vscode.CompletionItemKind;

/** TypeScript's element kinds (ts.ScriptElementKind values) as VS Code's. */
const KINDS: Record<string, vscode.CompletionItemKind> = {
  function: Kind.Function,
  'local function': Kind.Function,
  method: Kind.Method,
  property: Kind.Property,
  getter: Kind.Property,
  setter: Kind.Property,
  const: Kind.Constant,
  let: Kind.Variable,
  var: Kind.Variable,
  'local var': Kind.Variable,
  parameter: Kind.Variable,
  alias: Kind.Reference,
  class: Kind.Class,
  interface: Kind.Interface,
  type: Kind.TypeParameter,
  enum: Kind.Enum,
  'enum member': Kind.EnumMember,
  module: Kind.Module,
  keyword: Kind.Keyword,
  string: Kind.Value,
  directory: Kind.Folder,
  script: Kind.File,
};

class CellCompletionItem extends vscode.CompletionItem {
  constructor(
    label: string,
    readonly document: vscode.TextDocument,
    readonly offset: number,
    readonly source?: string,
    readonly data?: unknown,
  ) {
    super(label);
  }
}

export function completionProvider(services: NotebookServices): vscode.CompletionItemProvider<CellCompletionItem> {
  return {
    async provideCompletionItems(document, position) {
      const ctx = services.forCell(document);
      const offset = document.offsetAt(position);
      const info = ctx && (await services.call(ctx.notebook, 'completions', ctx.cell, offset));
      if (!info) return undefined;
      return info.entries.map((e) => {
        const item = new CellCompletionItem(e.name, document, offset, e.source, e.data);
        item.kind = KINDS[e.kind] ?? Kind.Text;
        item.sortText = e.sortText;
        if (e.insertText) item.insertText = e.insertText;
        if (e.replacementSpan)
          item.range = new vscode.Range(
            document.positionAt(e.replacementSpan.start),
            document.positionAt(e.replacementSpan.start + e.replacementSpan.length),
          );
        if (e.kindModifiers?.includes('deprecated')) item.tags = [vscode.CompletionItemTag.Deprecated];
        return item;
      });
    },
    async resolveCompletionItem(item) {
      const ctx = services.forCell(item.document);
      const label = typeof item.label === 'string' ? item.label : item.label.label;
      const details =
        ctx && (await services.call(ctx.notebook, 'completionDetails', ctx.cell, item.offset, label, item.source, item.data as never));
      if (!details) return item;
      item.detail = details.displayParts.map((p) => p.text).join('');
      const doc = details.documentation?.map((p) => p.text).join('') ?? '';
      const examples = (details.tags ?? []).filter((t) => t.name === 'example').map((t) => (t.text ?? []).map((p) => p.text).join(''));
      const md = new vscode.MarkdownString(doc);
      for (const ex of examples) md.appendCodeblock(ex, 'typescript');
      item.documentation = md;
      return item;
    },
  };
}
