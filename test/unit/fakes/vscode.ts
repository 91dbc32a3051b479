/**
 * A fake of the few `vscode` APIs that Quick Metrics uses, for unit tests under plain Node (the
 * unit-test build aliases `vscode` to this file). It models the one thing the tests need from the
 * real workbench: focus. A webview panel created without `preserveFocus` takes focus when its
 * webview has loaded, and a quick pick without `ignoreFocusOut` closes (resolves undefined) when
 * focus leaves it, as in VS Code. When the load happens is the race: a new panel's webview loads
 * in its own time (a cold one, with the Vega bundle, takes longer than the CLI's first answer). The
 * fake puts it at the worst moment, deterministically: while the first quick pick is open, or
 * `webviewLoadMs` after creation if no quick pick opens.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Listener<T> = (e: T) => void;
function emitter<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    event: (l: Listener<T>) => {
      listeners.add(l);
      return { dispose: () => listeners.delete(l) };
    },
    fire: (e: T) => listeners.forEach((l) => l(e)),
  };
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  get path(): string {
    return this.fsPath;
  }
  static file(p: string): Uri {
    return new Uri('file', path.resolve(p));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, path.join(base.fsPath, ...parts));
  }
  toString(): string {
    return pathToFileURL(this.fsPath).href;
  }
}

export class CancellationError extends Error {}
export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}
export enum ProgressLocation {
  Notification = 15,
}
export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export const l10n = { t: (s: string, ...a: unknown[]) => s.replace(/\{(\d+)\}/g, (_, i: string) => String(a[Number(i)])) };
export const env = { language: 'en' };
export const commands = { executeCommand: async () => undefined };
export const workspace = {
  fs: {},
  openNotebookDocument: async () => undefined,
  asRelativePath: (u: Uri) => u.fsPath,
  getConfiguration: () => ({ get: <T>(_key: string, fallback?: T) => fallback }),
};

/** What the tests drive and inspect. */
export const fake = {
  webviewLoadMs: 10_000,
  /** Called with each quick pick shown; returns the item to pick, when (the user is slower than a webview). */
  pickItem: (_items: { label: string }[], _options: { title?: string }): { index: number; afterMs: number } | undefined => ({
    index: 0,
    afterMs: 120,
  }),
  picks: [] as { title?: string; closedByFocus: boolean }[],
  posted: [] as unknown[],
  focusMoves: 0,
  reset(): void {
    this.picks = [];
    this.posted = [];
    this.focusMoves = 0;
    openPicks.clear();
    pendingLoads.clear();
  },
};

const pendingLoads = new Set<() => void>(); // webviews that have not loaded yet
function loadWebviews(): void {
  for (const load of [...pendingLoads]) load();
}

const openPicks = new Map<object, () => void>(); // quick picks that close when focus leaves them
function moveFocus(): void {
  fake.focusMoves++;
  for (const close of [...openPicks.values()]) close();
}

export const window = {
  activeTextEditor: undefined as { document: { uri: Uri } } | undefined,
  onDidChangeActiveTextEditor: emitter<unknown>().event,
  showQuickPick<T extends { label: string }>(
    items: T[],
    options: { title?: string; ignoreFocusOut?: boolean } = {},
  ): Promise<T | undefined> {
    return new Promise((resolve) => {
      const record = { title: options.title, closedByFocus: false };
      fake.picks.push(record);
      const key = {};
      const choice = fake.pickItem(items, options);
      const timer = choice && setTimeout(() => (openPicks.delete(key), resolve(items[choice.index])), choice.afterMs);
      setImmediate(loadWebviews); // the worst moment for a webview to finish loading
      if (!choice) resolve(undefined);
      else if (!options.ignoreFocusOut)
        openPicks.set(key, () => {
          clearTimeout(timer);
          openPicks.delete(key);
          record.closedByFocus = true;
          resolve(undefined);
        });
    });
  },
  showOpenDialog: async () => undefined,
  showErrorMessage: async () => undefined,
  withProgress: <R>(_o: unknown, task: (p: unknown, token: unknown) => Promise<R>) =>
    task({ report: () => undefined }, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) }),
  createWebviewPanel(_viewType: string, title: string, show: ViewColumn | { viewColumn: ViewColumn; preserveFocus?: boolean }) {
    const received = emitter<unknown>();
    const disposed = emitter<void>();
    const viewState = emitter<{ webviewPanel: { active: boolean } }>();
    const panel = {
      title,
      active: false,
      webview: {
        html: '',
        cspSource: 'fake:',
        asWebviewUri: (u: Uri) => u,
        onDidReceiveMessage: received.event,
        postMessage: async (m: unknown) => (fake.posted.push(m), true),
      },
      reveal: () => undefined,
      onDidDispose: disposed.event,
      onDidChangeViewState: viewState.event,
      dispose: () => disposed.fire(),
    };
    const preserveFocus = typeof show === 'object' && show.preserveFocus === true;
    // The webview loads, says it is ready, and (unless asked to preserve focus) takes focus.
    const load = () => {
      if (!pendingLoads.delete(load)) return;
      clearTimeout(timer);
      received.fire({ type: 'ready' });
      if (!preserveFocus) {
        panel.active = true;
        moveFocus();
        viewState.fire({ webviewPanel: panel });
      }
    };
    pendingLoads.add(load);
    const timer = setTimeout(load, fake.webviewLoadMs).unref();
    return panel;
  },
};
