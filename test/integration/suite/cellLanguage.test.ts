import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openNotebook, waitFor, workspaceDir } from './helpers';

const NOTEBOOK = 'cell-language.crmnb';

/** The text of a hover's contents. */
const hoverText = (hovers: vscode.Hover[]) =>
  hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');

describe('cells that help you write them (#14)', function () {
  this.timeout(120_000);
  let notebook: vscode.NotebookDocument;

  before(async () => {
    writeFileSync(
      path.join(workspaceDir(), NOTEBOOK),
      JSON.stringify({
        version: 1,
        cells: [
          { kind: 'markdown', language: 'markdown', source: '# Completions, hover and type errors' },
          { kind: 'code', language: 'typescript', source: "const tx = await load('orders.csv');\nconst scores = crm.rfm(tx);" },
          { kind: 'code', language: 'typescript', source: 'const c: number = "three";' },
        ],
      }),
    );
    notebook = (await openNotebook(NOTEBOOK)).notebook;
  });

  after(async () => {
    await vscode.workspace.getConfiguration('crmWorkbench').update('typeCheck', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('completes `crm.` with the analytics functions, rfm among them', async () => {
    const cell = notebook.cellAt(1).document;
    const at = cell.positionAt(cell.getText().indexOf('crm.') + 'crm.'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', cell.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('rfm'), `completions at crm.: ${labels.slice(0, 30).join(', ')}`);
    assert.ok(labels.includes('prepareTransactions'));
  });

  it('shows the doc comment of crm.rfm, with its example, on hover', async () => {
    const cell = notebook.cellAt(1).document;
    const at = cell.positionAt(cell.getText().indexOf('rfm') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.uri, at);
    const text = hoverText(hovers);
    assert.match(text, /Recency, Frequency and Monetary/);
    assert.match(text, /@example/);
  });

  it('shows a type error as a diagnostic of its cell, a warning by default, naming the cell', async () => {
    const cell = notebook.cellAt(2).document;
    const [d] = await waitFor('the type error of cell 3', () => {
      const found = vscode.languages.getDiagnostics(cell.uri);
      return found.length > 0 && found;
    });
    assert.match(d.message, /Type 'string' is not assignable to type 'number'/);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([d.range.start.line, d.range.start.character], [0, 6]);
    assert.match(d.source ?? '', /Cell 3/);
    assert.deepEqual(vscode.languages.getDiagnostics(notebook.cellAt(1).document.uri), []);
  });

  it('follows crmWorkbench.typeCheck: "errors" makes it an error, "off" removes it', async () => {
    const cell = notebook.cellAt(2).document;
    const settings = vscode.workspace.getConfiguration('crmWorkbench');
    await settings.update('typeCheck', 'errors', vscode.ConfigurationTarget.Workspace);
    await waitFor('the type error as an error', () =>
      vscode.languages.getDiagnostics(cell.uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );
    await settings.update('typeCheck', 'off', vscode.ConfigurationTarget.Workspace);
    await waitFor('no diagnostics with type checks off', () => vscode.languages.getDiagnostics(cell.uri).length === 0);
  });
});
