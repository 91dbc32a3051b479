/**
 * Renders a Vega-Lite spec with vega-embed: offline (no loader may fetch from the network),
 * under a CSP without `eval` (the expression interpreter), with export to SVG/PNG and no
 * "open in Vega editor".
 */
import embed, { type Result } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import { loader as vegaLoader } from 'vega';
import { themeKind, vegaConfig } from './theme';

/** A loader that refuses every URL: charts carry their data inline. */
function offlineLoader() {
  const l = vegaLoader();
  l.load = async (uri: string) => {
    throw new Error(`CRM Workbench charts do not load data from URLs (${uri}); put the data in the spec`);
  };
  return l;
}

export async function renderVegaLite(spec: Record<string, unknown>, element: HTMLElement): Promise<Result> {
  const container = document.createElement('div');
  container.className = 'crm-vega';
  element.replaceChildren(container);
  const kind = themeKind();
  container.dataset.theme = kind;
  return embed(container, spec as never, {
    mode: 'vega-lite',
    renderer: 'svg',
    ast: true,
    expr: expressionInterpreter,
    loader: offlineLoader(),
    config: vegaConfig(kind) as never,
    actions: { export: true, source: false, compiled: false, editor: false },
    tooltip: true,
  });
}
