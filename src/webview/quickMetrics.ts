/**
 * The Quick Metrics panel's page (runs in a webview under a nonce-only CSP). It shows what the
 * extension sends (src/protocol/panelMessages.ts); every value is set as text.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import { assertNever, type ExtensionToPanel, type PanelContent, type PanelToExtension } from '../protocol/index';
import { renderVegaLite } from '../renderer/vegaView';
import { themeKind } from '../renderer/theme';
import { el } from '../renderer/tableGrid';

declare function acquireVsCodeApi(): { postMessage(m: PanelToExtension): void };
const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
const views: { finalize(): void }[] = [];
let last: PanelContent | undefined;

const CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; }
h1 { font-size: 1.4em; margin: 16px 0 4px; }
h2 { font-size: 1.1em; margin: 20px 0 8px; }
.kind { color: var(--vscode-descriptionForeground); margin: 0 0 12px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; }
.figure { border: 1px solid var(--vscode-panel-border, #8884); border-radius: 4px; padding: 8px 10px; }
.figure .label { color: var(--vscode-descriptionForeground); font-size: .9em; }
.figure .value { font-size: 1.4em; font-variant-numeric: tabular-nums; }
.figure .hint, p.hint { color: var(--vscode-descriptionForeground); font-size: .8em; }
.chart { margin: 12px 0; min-height: 60px; }
table { border-collapse: collapse; margin: 4px 0 12px; }
th, td { text-align: left; padding: 3px 10px; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.quality li { margin: 2px 0; }
.error { color: var(--vscode-errorForeground); white-space: pre-wrap; }
.actions { margin: 12px 0; }
#vg-tooltip-element { position: fixed; z-index: 1000; padding: 4px 8px; border-radius: 3px; pointer-events: none; font-size: .9em;
  background: var(--vscode-editorHoverWidget-background); color: var(--vscode-editorHoverWidget-foreground); border: 1px solid var(--vscode-editorHoverWidget-border); }
#vg-tooltip-element:not(.visible) { display: none; }
#vg-tooltip-element td.key { color: var(--vscode-descriptionForeground); padding-right: 6px; }
`;

function installStyle(): void {
  const style = document.createElement('style');
  style.nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
  style.textContent = CSS;
  document.head.append(style);
}

function clear(): void {
  for (const v of views.splice(0)) v.finalize();
  root.replaceChildren();
}

async function show(c: PanelContent): Promise<void> {
  last = c;
  clear();
  root.append(el('h1', undefined, c.fileName), el('p', 'kind', c.labels.kind));
  const figures = el('section', 'figures');
  for (const f of c.figures) {
    const card = el('div', 'figure');
    card.append(el('div', 'label', f.label), el('div', 'value', f.value));
    if (f.hint) card.append(el('div', 'hint', f.hint));
    if (f.tooltip) card.title = f.tooltip;
    figures.append(card);
  }
  root.append(figures);
  if (c.canOpenNotebook) {
    const actions = el('div', 'actions');
    const button = document.createElement('vscode-button');
    button.textContent = c.labels.openNotebook;
    button.addEventListener('click', () => vscode.postMessage({ type: 'openNotebook' }));
    actions.append(button);
    if (c.kind === 'orders') {
      const exportButton = document.createElement('vscode-button');
      exportButton.setAttribute('secondary', '');
      exportButton.textContent = c.labels.exportAtRisk;
      exportButton.addEventListener('click', () => vscode.postMessage({ type: 'exportAtRisk' }));
      actions.append(exportButton);
    }
    root.append(actions);
  }
  for (const chart of c.charts) {
    const box = el('div', 'chart');
    box.dataset.chart = chart.id;
    root.append(box);
    try {
      views.push(await renderVegaLite(chart.spec, box, { strictCsp: true }));
    } catch (e) {
      box.append(el('p', 'error', `${c.labels.chartFailed}: ${(e as Error).message}`));
    }
  }
  for (const t of c.tables) {
    root.append(el('h2', undefined, t.title));
    if (t.hint) root.append(el('p', 'hint', t.hint));
    const table = el('table');
    const head = el('tr');
    t.columns.forEach((h) => head.append(el('th', undefined, h)));
    table.append(head);
    for (const r of t.rows) {
      const tr = el('tr');
      r.forEach((v, j) => tr.append(el('td', j > 0 && /^[\d,.\-%—]+$/.test(v) ? 'num' : undefined, v)));
      table.append(tr);
    }
    root.append(table);
  }
  if (c.quality.length) {
    root.append(el('h2', undefined, c.labels.dataQuality));
    const ul = el('ul', 'quality');
    c.quality.forEach((q) => ul.append(el('li', undefined, q)));
    root.append(ul);
  }
}

window.addEventListener('message', (event: MessageEvent<ExtensionToPanel>) => {
  const m = event.data;
  if (m.type === 'loading') {
    clear();
    root.append(el('h1', undefined, m.fileName), el('p', 'kind', m.message));
  } else if (m.type === 'error') {
    clear();
    root.append(el('p', 'error', m.message));
  } else if (m.type === 'content') void show(m.content);
  else assertNever(m, 'message from the extension');
});

// Charts follow the VS Code theme.
let theme = themeKind();
new MutationObserver(() => {
  if (themeKind() !== theme && last) {
    theme = themeKind();
    void show(last);
  }
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

installStyle();
vscode.postMessage({ type: 'ready' });
