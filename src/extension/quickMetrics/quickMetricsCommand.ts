/**
 * "CRM: Quick Metrics…": on a CSV / TSV / JSON file, work out what it is, compute its key figures
 * in a child process (the CLI's `metrics --json`, so the editor never waits on a large file),
 * show them in the panel, and offer a ready-to-run analysis notebook.
 */
import * as vscode from 'vscode';
import { fork } from 'node:child_process';
import path from 'node:path';
import type { QuickMetrics, ReadInfo } from '../../analytics/index';
import { LANGUAGE_ENV, toDisplayLanguage } from '../../protocol/index';
import { analysisNotebook, analysisNotebookPath } from './analysisNotebook';
import { writeGenerated } from '../writeGenerated';
import { panelContent } from './panelContent';
import { QuickMetricsPanel } from './QuickMetricsPanel';
import type { MetricsStatusBar } from './MetricsStatusBar';

const DATA_FILE = /\.(csv|tsv|tab|txt|xlsx|xlsm|json)$/i;

type Choice = { kind: 'orders' | 'survey' | 'customers'; columns?: Record<string, string> };

/** Runs `dist/cli.js metrics <file> --json …` in a child process and parses its JSON; cancellation kills it. */
function runCli<T>(cli: string, args: string[], token?: vscode.CancellationToken): Promise<T> {
  return new Promise((resolve, reject) => {
    // The CLI speaks the editor's language (its messages and the report's warnings).
    const env = { ...process.env, [LANGUAGE_ENV]: toDisplayLanguage(vscode.env.language) };
    const child = fork(cli, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    const cancel = token?.onCancellationRequested(() => child.kill());
    child.on('exit', (code) => {
      cancel?.dispose();
      if (token?.isCancellationRequested) reject(new vscode.CancellationError());
      else if (code === 0) resolve(JSON.parse(out) as T);
      else reject(new Error(err.trim().replace(/^crm-workbench: /, '') || `metrics exited with code ${code}`));
    });
  });
}

/** The figures of a file, with how it was read. */
function computeMetrics(
  cli: string,
  file: string,
  choice: Choice | undefined,
  token: vscode.CancellationToken,
): Promise<QuickMetrics & { read?: ReadInfo }> {
  const args = ['metrics', file, '--json'];
  if (choice) args.push('--kind', choice.kind, '--map', JSON.stringify(choice.columns ?? {}));
  return runCli(cli, args, token);
}

interface ColumnSample {
  name: string;
  samples: string[];
  identifier: boolean;
}

// Headers that name the customer, and headers that name an order (never offered first as the customer).
const CUSTOMER_WORDS = /customer|client|buyer|member|user|email|e-mail|phone|mobile|客户|顾客|买家|会员|用户|邮箱|手机|昵称|账号|帐号/i;
const ORDER_WORDS = /order|invoice|transaction|receipt|charge|^name$|^id$|订单|单号|交易|发票|流水/i;

/**
 * The columns offered for a field, best first: for the customer, customer-like headers first and
 * order numbers last (a wrong first item is what a hurried click picks); each with sample values.
 */
export function pickItems(columns: ColumnSample[], field: string): (vscode.QuickPickItem & { column: string })[] {
  const rank = (c: ColumnSample) => {
    if (field !== 'customerId') return 0;
    if (ORDER_WORDS.test(c.name) && !CUSTOMER_WORDS.test(c.name)) return 2;
    return CUSTOMER_WORDS.test(c.name) ? 0 : 1;
  };
  return [...columns]
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => ({ label: c.name, description: c.samples.length ? c.samples.join(' · ') : vscode.l10n.t('(empty)'), column: c.name }));
}

/** Asks what the file is and which column holds each field; undefined when the user cancels. */
async function askMapping(cli: string, file: string): Promise<Choice | undefined> {
  const kind = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Orders or transactions'), dataset: 'orders' as const },
      { label: vscode.l10n.t('Survey answers (0–10 scores)'), dataset: 'survey' as const },
      { label: vscode.l10n.t('Customer list'), dataset: 'customers' as const },
    ],
    {
      title: vscode.l10n.t('What is {0}?', path.basename(file)),
      placeHolder: vscode.l10n.t('CRM Workbench could not tell for sure'),
      ignoreFocusOut: true, // the panel's webview may take focus while it loads (#15)
    },
  );
  if (!kind) return undefined;
  if (kind.dataset === 'customers') return { kind: 'customers' };
  const fields: [string, string][] =
    kind.dataset === 'orders'
      ? [
          ['customerId', vscode.l10n.t('Which column identifies the customer?')],
          ['orderDate', vscode.l10n.t('Which column holds the order date?')],
          ['amount', vscode.l10n.t('Which column holds the amount?')],
        ]
      : [['score', vscode.l10n.t('Which column holds the score?')]];
  const columns: Record<string, string> = {};
  const { columns: found } = await runCli<{ columns: ColumnSample[] }>(cli, ['metrics', file, '--columns']);
  for (const [field, title] of fields) {
    const pick = await vscode.window.showQuickPick(pickItems(found, field), { title, matchOnDescription: true, ignoreFocusOut: true });
    if (!pick) return undefined;
    columns[field] = pick.column;
  }
  return { kind: kind.dataset, columns };
}

export interface QuickMetricsDeps {
  extensionUri: vscode.Uri;
  state: vscode.Memento;
  statusBar: MetricsStatusBar;
  log: vscode.OutputChannel;
}

export async function quickMetrics(deps: QuickMetricsDeps, uri?: vscode.Uri): Promise<void> {
  let target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || !DATA_FILE.test(target.path)) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { [vscode.l10n.t('Data files')]: ['csv', 'tsv', 'txt', 'xlsx', 'json'] },
      title: vscode.l10n.t('Quick Metrics of which file?'),
    });
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
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading {0}…', path.basename(file)), cancellable: true },
      (_p, token) => computeMetrics(cli, file, c, token),
    );
  let metrics: QuickMetrics & { read?: ReadInfo };
  try {
    try {
      metrics = await run(choice);
    } catch (e) {
      if (e instanceof vscode.CancellationError || choice || !/cannot tell what this file is|cannot find the/.test((e as Error).message))
        throw e;
      choice = await askMapping(cli, file);
      if (!choice) throw new vscode.CancellationError();
      metrics = await run(choice);
    }
    // Not sure it is a plain customer list (some order columns were found): ask, then redo.
    if (!choice && metrics.kind === 'customers' && metrics.confidence === 'unsure') {
      const asked = await askMapping(cli, file);
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
  const content = panelContent(path.basename(file), metrics, vscode.l10n.t, {
    language: toDisplayLanguage(vscode.env.language),
    currency: vscode.workspace.getConfiguration('crmWorkbench').get<string>('currency', '') || undefined,
  });
  panel.setOpenNotebook(
    metrics.kind === 'customers'
      ? undefined
      : async () => {
          // Never replaces a notebook the user changed without asking (writeRule.ts).
          const content = Buffer.from(analysisNotebook(file, metrics.kind, choice?.columns ?? {}), 'utf8');
          const nbUri = await writeGenerated(vscode.Uri.file(analysisNotebookPath(file)), content);
          await vscode.window.showNotebookDocument(await vscode.workspace.openNotebookDocument(nbUri));
        },
  );
  // The action list with contacts, saved where the user chooses (crmWorkbench.exportAtRisk asks).
  panel.setExportAtRisk(
    metrics.kind === 'orders' ? () => void vscode.commands.executeCommand('crmWorkbench.exportAtRisk', target) : undefined,
  );
  await panel.post({ type: 'content', content });
  deps.statusBar.editorChanged(vscode.window.activeTextEditor?.document.uri);
  deps.statusBar.record(target, {
    text: `$(graph) ${content.headline}`,
    tooltip: vscode.l10n.t('Quick Metrics of {0}', path.basename(file)),
    command: { command: 'crmWorkbench.quickMetrics', title: 'Quick Metrics', arguments: [target] },
  });
  panel.showsFile(target, (active) => deps.statusBar.panelChanged(active));
}
