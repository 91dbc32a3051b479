/** Go to definition in a cell: to the earlier cell that declares the name, or to the user's own file. */
import * as vscode from 'vscode';
import type { NotebookServices } from './notebookServices';

export function definitionProvider(services: NotebookServices): vscode.DefinitionProvider {
  return {
    async provideDefinition(document, position) {
      const ctx = services.forCell(document);
      if (!ctx) return undefined;
      const cells = ctx.notebook.getCells();
      const found = await services.call(ctx.notebook, 'definition', ctx.cell, document.offsetAt(position));
      return found.flatMap((d) => {
        if (d.cell === undefined) {
          return [new vscode.Location(vscode.Uri.file(d.fileName), new vscode.Position(0, 0))];
        }
        const target = cells[d.cell]?.document;
        if (!target) return [];
        return [new vscode.Location(target.uri, new vscode.Range(target.positionAt(d.start), target.positionAt(d.start + d.length)))];
      });
    },
  };
}
