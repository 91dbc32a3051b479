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

/**
 * @param options.strictCsp for a page whose CSP allows no inline styles (the Quick Metrics
 *   panel): draw on canvas (the SVG renderer writes style attributes), inject no stylesheets
 *   (vega-embed's and vega-tooltip's), and show no export menu (it needs those styles). The page
 *   styles the tooltip itself (`#vg-tooltip-element`).
 */
export async function renderVegaLite(
  spec: Record<string, unknown>,
  element: HTMLElement,
  options: { strictCsp?: boolean } = {},
): Promise<Result> {
  const strict = options.strictCsp === true;
  const container = document.createElement('div');
  container.className = 'crm-vega';
  element.replaceChildren(container);
  const kind = themeKind();
  container.dataset.theme = kind;
  return embed(container, spec, {
    mode: 'vega-lite',
    renderer: strict ? 'canvas' : 'svg',
    ast: true,
    expr: expressionInterpreter,
    loader: offlineLoader(),
    config: vegaConfig(kind) as never,
    actions: strict ? false : { export: true, source: false, compiled: false, editor: false },
    defaultStyle: !strict,
    tooltip: strict ? { disableDefaultStyle: true } : true,
  });
}
