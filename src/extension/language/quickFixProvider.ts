/**
 * Quick fixes for the type errors in cells, where the compiler offers one: a misspelt option name
 * (`{ bin: 4 }` → `bins`), a misspelt function, a missing `await`.
 */
import * as vscode from 'vscode';
import type { NotebookServices } from './notebookServices';
import { DIAGNOSTIC_SOURCE } from './cellDiagnostics';

export function quickFixProvider(services: NotebookServices): vscode.CodeActionProvider {
  return {
    async provideCodeActions(document, _range, context) {
      const ctx = services.forCell(document);
      if (!ctx) return undefined;
      const cells = ctx.notebook.getCells();
      const actions: vscode.CodeAction[] = [];
      for (const d of context.diagnostics) {
        if (!d.source?.startsWith(DIAGNOSTIC_SOURCE) || typeof d.code !== 'number') continue;
        const fixes = await services.call(
          ctx.notebook,
          'codeFixes',
          ctx.cell,
          document.offsetAt(d.range.start),
          document.offsetAt(d.range.end),
          [d.code],
        );
        for (const fix of fixes) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [d];
          action.edit = new vscode.WorkspaceEdit();
          for (const e of fix.edits) {
            const target = cells[e.cell]?.document;
            if (!target) continue;
            action.edit.replace(target.uri, new vscode.Range(target.positionAt(e.start), target.positionAt(e.start + e.length)), e.newText);
          }
          actions.push(action);
        }
      }
      return actions;
    },
  };
}
