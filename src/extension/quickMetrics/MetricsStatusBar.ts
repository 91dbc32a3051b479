/**
 * The status bar's Quick Metrics headline ("Revenue 353,245.92"), shown only while the file it
 * describes is in front: its text editor, or its Quick Metrics panel. Before #15 the item kept the
 * last file's revenue while other files were open.
 */
import type * as vscode from 'vscode';

type Item = Pick<vscode.StatusBarItem, 'text' | 'tooltip' | 'command' | 'show' | 'hide'>;

export interface Headline {
  text: string;
  tooltip: string;
  command: vscode.Command;
}

export class MetricsStatusBar {
  private readonly headlines = new Map<string, Headline>();
  private editorFile: string | undefined;
  private panelFile: string | undefined;

  constructor(private readonly item: Item) {}

  /** Remembers the headline of a file (shown whenever that file is in front). */
  record(file: vscode.Uri, headline: Headline): void {
    this.headlines.set(file.toString(), headline);
    this.render();
  }

  /** The active text editor changed (undefined: none, e.g. a notebook, a webview or nothing is in front). */
  editorChanged(file: vscode.Uri | undefined): void {
    this.editorFile = file?.toString();
    this.render();
  }

  /** The Quick Metrics panel became the active editor (its file) or stopped being it (undefined). */
  panelChanged(file: vscode.Uri | undefined): void {
    this.panelFile = file?.toString();
    this.render();
  }

  private render(): void {
    const headline = this.headlines.get(this.panelFile ?? this.editorFile ?? '');
    if (!headline) {
      this.item.hide();
      return;
    }
    this.item.text = headline.text;
    this.item.tooltip = headline.tooltip;
    this.item.command = headline.command;
    this.item.show();
  }
}
