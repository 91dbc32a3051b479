/** Compiles a Vega-Lite spec and renders it to SVG in Node, as the report does, for tests. */
import { compile, type TopLevelSpec } from 'vega-lite';
import * as vega from 'vega';

export async function renderSvg(spec: TopLevelSpec): Promise<{ svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...a: unknown[]) => warnings.push(a.join(' ')),
    warn: (...a: unknown[]) => warnings.push(a.join(' ')),
    info: () => logger,
    debug: () => logger,
  } as never;
  const fixed = JSON.parse(JSON.stringify(spec).replace(/"width":"container"/g, '"width":400'));
  const { spec: vgSpec } = compile(fixed, { logger });
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return { svg, warnings };
}

/** Number of SVG paths/rects/symbols/texts drawn for a mark role (e.g. 'mark-rect'). */
export function countMarks(svg: string, markClass: string): number {
  const group = new RegExp(`<g class="${markClass} role-mark[^"]*"[^>]*>([\\s\\S]*?)</g>`, 'g');
  let n = 0;
  for (const m of svg.matchAll(group)) n += (m[1].match(/<(path|rect|line|circle|text)\b/g) ?? []).length;
  return n;
}
