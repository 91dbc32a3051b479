/**
 * "CRM: Quick Metrics…": on a CSV / TSV / JSON file, work out what it is, compute its key figures
 * in a child process (the CLI's `metrics --json`, so the editor never waits on a large file),
 * show them in the panel, and offer a ready-to-run analysis notebook.
 */
import * as vscode from 'vscode';
import { fork } from 'node:child_process';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { QuickMetrics } from '../../analytics/index';
import { analysisNotebook, analysisNotebookPath } from './analysisNotebook';
import { writeGenerated } from '../writeGenerated';
import { panelContent } from './panelContent';
import { QuickMetricsPanel } from './QuickMetricsPanel';

type Choice = { kind: 'orders' | 'survey' | 'customers'; columns?: Record<string, string> };

/** Runs `dist/cli.js metrics <file> --json` in a child process; cancellation kills it. */
function computeMetrics(cli: string, file: string, choice: Choice | undefined, token: vscode.CancellationToken): Promise<QuickMetrics> {
  return new Promise((resolve, reject) => {
    const args = ['metrics', file, '--json'];
    if (choice) args.push('--kind', choice.kind, '--map', JSON.stringify(choice.columns ?? {}));
    const child = fork(cli, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    const cancel = token.onCancellationRequested(() => child.kill());
    child.on('exit', (code) => {
      cancel.dispose();
      if (token.isCancellationRequested) reject(new vscode.CancellationError());
      else if (code === 0) resolve(JSON.parse(out) as QuickMetrics);
      else reject(new Error(err.trim().replace(/^crm-workbench: /, '') || `metrics exited with code ${code}`));
    });
  });
}

/** The header row of a CSV / TSV file (for the mapping QuickPicks), from its first 64 KB only. */
async function headers(file: string): Promise<string[]> {
  const handle = await open(file, 'r');
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(65536), 0, 65536, 0).finally(() => handle.close());
  const first = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delim = /\.(tsv|tab)$/i.test(file) ? '\t' : ',';
  return first.split(delim).map((h) => h.trim().replace(/^"|"$/g, '')).filter(Boolean);
}

/** Asks what the file is and which column holds each field; undefined when the user cancels. */
async function askMapping(file: string): Promise<Choice | undefined> {
  const kind = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Orders or transactions'), dataset: 'orders' as const },
      { label: vscode.l10n.t('Survey answers (0–10 scores)'), dataset: 'survey' as const },
      { label: vscode.l10n.t('Customer list'), dataset: 'customers' as const },
    ],
    { title: vscode.l10n.t('What is {0}?', path.basename(file)), placeHolder: vscode.l10n.t('CRM Workbench could not tell for sure') },
  );
  if (!kind) return undefined;
  if (kind.dataset === 'customers') return { kind: 'customers' };
  const fields: [string, string][] =
    kind.dataset === 'orders'
      ? [['customerId', vscode.l10n.t('Which column identifies the customer?')], ['orderDate', vscode.l10n.t('Which column holds the order date?')], ['amount', vscode.l10n.t('Which column holds the amount?')]]
      : [['score', vscode.l10n.t('Which column holds the score?')]];
  const columns: Record<string, string> = {};
  const names = await headers(file);
  for (const [field, title] of fields) {
    const pick = await vscode.window.showQuickPick(names, { title });
    if (!pick) return undefined;
    columns[field] = pick;
  }
  return { kind: kind.dataset, columns };
}

export interface QuickMetricsDeps {
  extensionUri: vscode.Uri;
  state: vscode.Memento;
  statusBar: vscode.StatusBarItem;
  log: vscode.OutputChannel;
}

export async function quickMetrics(deps: QuickMetricsDeps, uri?: vscode.Uri): Promise<void> {
  let target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || !/\.(csv|tsv|tab|json)$/i.test(target.path)) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Data files')]: ['csv', 'tsv', 'json'] }, title: vscode.l10n.t('Quick Metrics of which file?') });
    target = picked?.[0];
  }
  if (!target) return;
  if (target.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Quick Metrics reads files on this machine only.'));
    return;
  }
  const file = target.fsPath;
  const cli = vscode.Uri.joinPath(deps.extensionUri, 'dist', 'cli.js').fsPath;
  const key = `quickMetrics.mapping:${target.toString()}`;
  let choice = deps.state.get<Choice>(key);
  const panel = QuickMetricsPanel.show(deps.extensionUri, vscode.l10n.t('Quick Metrics: {0}', path.basename(file)));
  void panel.post({ type: 'loading', fileName: path.basename(file), message: vscode.l10n.t('Reading {0}…', path.basename(file)) });
  const run = (c: Choice | undefined) =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading {0}…', path.basename(file)), cancellable: true }, (_p, token) => computeMetrics(cli, file, c, token));
  let metrics: QuickMetrics;
  try {
    try {
      metrics = await run(choice);
    } catch (e) {
      if (e instanceof vscode.CancellationError || choice || !/cannot tell what this file is|cannot find the/.test((e as Error).message)) throw e;
      choice = await askMapping(file);
      if (!choice) throw new vscode.CancellationError();
      metrics = await run(choice);
    }
    // Not sure it is a plain customer list (some order columns were found): ask, then redo.
    if (!choice && metrics.kind === 'customers' && metrics.confidence === 'unsure') {
      const asked = await askMapping(file);
      if (asked && asked.kind !== 'customers') {
        choice = asked;
        metrics = await run(choice);
      }
    }
    if (choice) await deps.state.update(key, choice); // remember the mapping for this file
  } catch (e) {
    if (e instanceof vscode.CancellationError) {
      void panel.post({ type: 'error', message: vscode.l10n.t('Cancelled.') });
      return;
    }
    deps.log.appendLine(`Quick Metrics of ${file}: ${(e as Error).message}`);
    void panel.post({ type: 'error', message: (e as Error).message });
    return;
  }
  const content = panelContent(path.basename(file), metrics, vscode.l10n.t);
  panel.setOpenNotebook(
    metrics.kind === 'customers'
      ? undefined
      : async () => {
          // Never replaces a notebook the user changed without asking (writeRule.ts).
          const content = Buffer.from(analysisNotebook(file, metrics.kind as 'orders' | 'survey', choice?.columns ?? {}), 'utf8');
          const nbUri = await writeGenerated(vscode.Uri.file(analysisNotebookPath(file)), content);
          await vscode.window.showNotebookDocument(await vscode.workspace.openNotebookDocument(nbUri));
        },
  );
  await panel.post({ type: 'content', content });
  deps.statusBar.text = `$(graph) ${content.headline}`;
  deps.statusBar.tooltip = vscode.l10n.t('Quick Metrics of {0}', path.basename(file));
  deps.statusBar.command = { command: 'crmWorkbench.quickMetrics', title: 'Quick Metrics', arguments: [target] };
  deps.statusBar.show();
}
