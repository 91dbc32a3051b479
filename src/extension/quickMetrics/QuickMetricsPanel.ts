/**
 * The Quick Metrics panel: a webview with a strict Content-Security-Policy (scripts only with a
 * per-load nonce, no inline script, nothing from the network). Content arrives as messages
 * (src/protocol/panelMessages.ts) and is shown as text.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { assertNever, type ExtensionToPanel, type PanelToExtension } from '../../protocol/index';

export class QuickMetricsPanel implements vscode.Disposable {
  static readonly viewType = 'crmWorkbench.quickMetrics';
  private static current: QuickMetricsPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready: Promise<void>;
  private onOpenNotebook: (() => void) | undefined;
  private onExportAtRisk: (() => void) | undefined;
  private file: vscode.Uri | undefined;
  private onActive: ((file: vscode.Uri | undefined) => void) | undefined;

  /** The one panel, revealed (or created). */
  static show(extensionUri: vscode.Uri, title: string): QuickMetricsPanel {
    if (QuickMetricsPanel.current) {
      QuickMetricsPanel.current.panel.title = title;
      QuickMetricsPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return QuickMetricsPanel.current;
    }
    QuickMetricsPanel.current = new QuickMetricsPanel(extensionUri, title);
    return QuickMetricsPanel.current;
  }

  private readonly panel: vscode.WebviewPanel;

  private constructor(
    private readonly extensionUri: vscode.Uri,
    title: string,
  ) {
    const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    // preserveFocus: a new panel's webview loads after the command has moved on, and taking focus
    // then closed the column picker that the command had opened meanwhile ("Cancelled.", #15).
    this.panel = vscode.window.createWebviewPanel(
      QuickMetricsPanel.viewType,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [root],
        retainContextWhenHidden: true,
      },
    );
    let resolveReady!: () => void;
    this.ready = new Promise((r) => (resolveReady = r));
    this.panel.webview.html = this.html(root);
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.onDidChangeViewState((e) => this.onActive?.(e.webviewPanel.active ? this.file : undefined)),
      this.panel.webview.onDidReceiveMessage((m: PanelToExtension) => {
        switch (m.type) {
          case 'ready':
            resolveReady();
            break;
          case 'openNotebook':
            this.onOpenNotebook?.();
            break;
          case 'exportAtRisk':
            this.onExportAtRisk?.();
            break;
          default:
            assertNever(m, 'message from the Quick Metrics panel');
        }
      }),
    );
  }

  private html(root: vscode.Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const webview = this.panel.webview;
    const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'quickMetrics.js'));
    const csp = [
      `default-src 'none'`,
      `script-src 'nonce-${nonce}'`,
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!doctype html>
<html lang="${vscode.env.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csp-nonce" content="${nonce}">
<title>Quick Metrics</title>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script type="module" nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  async post(message: ExtensionToPanel): Promise<void> {
    await this.ready;
    await this.panel.webview.postMessage(message);
  }

  /** What "Open as analysis notebook" does for the file on show. */
  setOpenNotebook(handler: (() => void) | undefined): void {
    this.onOpenNotebook = handler;
  }

  /** The file the panel shows, and who to tell when the panel becomes (or stops being) the active editor. */
  showsFile(file: vscode.Uri, onActive: (file: vscode.Uri | undefined) => void): void {
    this.file = file;
    this.onActive = onActive;
    if (this.panel.active) onActive(file);
  }

  /** What "Export customers to contact…" does (orders files only). */
  setExportAtRisk(handler: (() => void) | undefined): void {
    this.onExportAtRisk = handler;
  }

  dispose(): void {
    QuickMetricsPanel.current = undefined;
    this.onActive?.(undefined);
    this.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
