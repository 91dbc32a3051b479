/**
 * Hover in a cell: the declaration, its doc comment and tags, each `@example` as a code block
 * (every public analytics function has one).
 */
import * as vscode from 'vscode';
import type { CellQuickInfo } from '../../language/index';
import type { NotebookServices } from './notebookServices';

/** The hover's Markdown: signature, documentation, then `@param`/`@returns`/… and examples. */
export function hoverMarkdown(info: CellQuickInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendCodeblock(info.signature, 'typescript');
  if (info.documentation) md.appendMarkdown('\n' + info.documentation + '\n');
  for (const tag of info.tags) {
    if (tag.name === 'example') {
      md.appendMarkdown('\n*@example*\n');
      md.appendCodeblock(tag.text, 'typescript');
    } else {
      md.appendMarkdown(`\n*@${tag.name}* `);
      md.appendText(tag.text);
      md.appendMarkdown('  \n');
    }
  }
  return md;
}

export function hoverProvider(services: NotebookServices): vscode.HoverProvider {
  return {
    async provideHover(document, position) {
      const ctx = services.forCell(document);
      const info = ctx && (await services.call(ctx.notebook, 'quickInfo', ctx.cell, document.offsetAt(position)));
      if (!info) return undefined;
      const range = new vscode.Range(document.positionAt(info.start), document.positionAt(info.start + info.length));
      return new vscode.Hover(hoverMarkdown(info), range);
    },
  };
}
