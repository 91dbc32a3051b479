/**
 * The notebook renderer (runs in the notebook's output webview): Vega-Lite charts (v5 and v6
 * MIME types; Vega is loaded with the first chart) and the table grid, which talks to the kernel through renderer messaging. Views are kept by output id and finalised when VS Code
 * disposes the output; charts re-render when the VS Code theme changes.
 */
import type { ActivationFunction, OutputItem } from 'vscode-notebook-renderer';
import { TABLE_MIME, type TablePayload } from '../protocol/index';
import { renderTable, TABLE_CSS } from './tableGrid';
import { gridChannel } from './gridChannel';
import { themeKind } from './theme';

interface LiveView {
  finalize(): void;
  rerender?(): void;
}

function showError(element: HTMLElement, message: string): void {
  const pre = document.createElement('pre');
  pre.className = 'crm-render-error';
  pre.textContent = message;
  element.replaceChildren(pre);
}

export const activate: ActivationFunction = (context) => {
  const channel = gridChannel(context);
  const views = new Map<string, LiveView>();
  const style = document.createElement('style');
  style.textContent = TABLE_CSS + '.crm-render-error{color:var(--vscode-errorForeground);white-space:pre-wrap}';
  document.head.append(style);

  let lastTheme = themeKind();
  new MutationObserver(() => {
    const now = themeKind();
    if (now === lastTheme) return;
    lastTheme = now;
    for (const v of views.values()) v.rerender?.();
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });

  return {
    async renderOutputItem(item: OutputItem, element: HTMLElement) {
      views.get(item.id)?.finalize();
      views.delete(item.id);
      try {
        if (item.mime === TABLE_MIME) {
          renderTable(item.json() as TablePayload, element, channel);
          return;
        }
        const spec = item.json() as Record<string, unknown>;
        const { renderVegaLite } = await import('./vegaView'); // loaded with the first chart
        const draw = async () => {
          const result = await renderVegaLite(spec, element);
          const view: LiveView = { finalize: () => result.finalize(), rerender: () => void redraw() };
          views.set(item.id, view);
        };
        const redraw = async () => {
          views.get(item.id)?.finalize();
          await draw().catch((e: Error) => showError(element, `Chart error: ${e.message}`));
        };
        await draw();
      } catch (e) {
        showError(element, `Could not render ${item.mime}: ${(e as Error).message}`);
      }
    },
    disposeOutputItem(id?: string) {
      if (id === undefined) {
        for (const v of views.values()) v.finalize();
        views.clear();
      } else {
        views.get(id)?.finalize();
        views.delete(id);
      }
    },
  };
};
