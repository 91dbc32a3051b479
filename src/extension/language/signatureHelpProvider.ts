/** Signature help in a cell: the parameters of the call being typed, with their docs. */
import * as vscode from 'vscode';
import type { NotebookServices } from './notebookServices';

type Parts = readonly { text: string }[] | undefined;
const text = (parts: Parts) => (parts ?? []).map((p) => p.text).join('');

export function signatureHelpProvider(services: NotebookServices): vscode.SignatureHelpProvider {
  return {
    async provideSignatureHelp(document, position, _token, context) {
      const ctx = services.forCell(document);
      const items =
        ctx && (await services.call(ctx.notebook, 'signatureHelp', ctx.cell, document.offsetAt(position), context.triggerCharacter));
      if (!items) return undefined;
      const help = new vscode.SignatureHelp();
      help.signatures = items.items.map((item) => {
        const separator = text(item.separatorDisplayParts);
        const params = item.parameters.map((p) => text(p.displayParts));
        const sig = new vscode.SignatureInformation(
          text(item.prefixDisplayParts) + params.join(separator) + text(item.suffixDisplayParts),
          new vscode.MarkdownString(text(item.documentation)),
        );
        sig.parameters = item.parameters.map((p, i) => new vscode.ParameterInformation(params[i], text(p.documentation)));
        return sig;
      });
      help.activeSignature = items.selectedItemIndex;
      help.activeParameter = items.argumentIndex;
      return help;
    },
  };
}
