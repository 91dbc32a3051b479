/**
 * Renders a Vega-Lite spec to an SVG string in Node (vega + vega-lite, no browser, no network),
 * for reports that need no script to read.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import * as vega from 'vega';

/** Colours for a light, printable page (the report's theme). */
const REPORT_CONFIG = {
  background: 'white',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans SC", sans-serif',
  axis: { labelColor: '#555', titleColor: '#222', gridColor: '#e6e6e6' },
  title: { color: '#222', fontSize: 14 },
  view: { stroke: 'transparent' },
};

/**
 * The link a chart mark may carry in a report: http(s) URLs only. Anything else (`javascript:`,
 * `data:`, relative or malformed) becomes null, and the mark is drawn without a link.
 * @example safeHref('javascript:alert(1)') // → null
 */
export function safeHref(uri: unknown): string | null {
  if (typeof uri !== 'string') return null;
  const trimmed = uri.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A loader that fetches nothing. Links (`href` encodings) are answered here too: vega's own
 * sanitizer rejects a bad URL and its SVG renderer then crashes on the rejection (issue 15), so
 * every link resolves, to an http(s) URL or to no link at all.
 */
function offlineLoader() {
  const l = vega.loader();
  l.load = async (uri: string) => {
    throw new Error(`reports do not load data from URLs (${uri})`);
  };
  l.sanitize = async (uri: string, options: { context?: string }) => {
    if (options?.context === 'href') return { href: safeHref(uri) } as never;
    throw new Error(`reports do not load data from URLs (${uri})`);
  };
  return l;
}

/** Characters that take a full em: CJK ideographs, kana, hangul, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3040-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * The width vega gives a text when it lays out axes and legends. With no canvas in Node it guesses
 * 0.8 em a character, too narrow for Chinese (a y axis of segment names then cut 不能失去的客户 to
 * 能失去的客户); here a wide character counts a full em, and others keep vega's guess.
 * @example textWidth({ fontSize: 10 }, '冠军客户') // → 40
 */
export function textWidth(item: { fontSize?: number; limit?: number }, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const value = text == null ? '' : String(text).trim();
  let ems = 0;
  for (const ch of value) ems += WIDE.test(ch) ? 1 : 0.8;
  const width = Math.floor(ems * size);
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/** Fixed sizes instead of "container" (a report has no container to measure). */
function fixWidths(spec: unknown, width: number): unknown {
  if (Array.isArray(spec)) return spec.map((s) => fixWidths(s, width));
  if (spec && typeof spec === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(spec))
      out[k] =
        (k === 'width' || k === 'height') && v === 'container'
          ? k === 'width'
            ? width
            : 300
          : k === 'data' || k === 'datasets'
            ? v
            : fixWidths(v, width);
    return out;
  }
  return spec;
}

/**
 * @param spec a Vega-Lite spec (v5 or v6)
 * @param width width for `"container"` sizes (default 680)
 * @returns the SVG markup; text in it is escaped by vega's SVG renderer
 * @throws when the spec does not compile or render
 */
export async function vegaLiteToSvg(spec: Record<string, unknown>, width = 680): Promise<string> {
  const fixed = fixWidths(spec, width) as TopLevelSpec;
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...a: unknown[]) => warnings.push(a.join(' ')),
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  } as never;
  const { spec: vgSpec } = compile(fixed, { config: REPORT_CONFIG, logger });
  const metrics = (vega as unknown as { textMetrics?: { width: unknown } }).textMetrics;
  if (metrics) metrics.width = textWidth;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', loader: offlineLoader() });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
