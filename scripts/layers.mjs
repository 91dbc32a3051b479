// The layers of ARCHITECTURE.md and who may import whom. Read by the build (esbuild.mjs), which
// fails on an import across a boundary, and by docs/ARCHITECTURE notes. One place to change.
// `node: true` lets a layer use Node's built-in modules; '*' allows any package (and Node).
// Inside analytics, the engines (columnar/, numerics/, learn/) are for analytics code only: other
// layers import the analytics through its public index (src/analytics/index.ts), never a file
// behind it.
export const ANALYTICS_ENGINES = ['columnar', 'numerics', 'learn'];
export const ANALYTICS_TOPICS = [
  'data',
  'segments',
  'satisfaction',
  'retention',
  'value',
  'actions',
  'models',
  'forecast',
  'text',
  'baskets',
];
export const LAYERS = {
  // Also three pure helpers that fix formats crossing layers (escapeHtml, formatNumber,
  // jsonErrorLocation): see docs/ARCHITECTURE.md, "Two documented exceptions".
  protocol: { layers: [], packages: [] },
  analytics: { layers: [], packages: ['arquero', 'sentiment'] },
  charts: { layers: ['analytics'], packages: ['vega-lite'] },
  // Reading data files (CSV in any encoding, .xlsx through exceljs, JSON, Arrow) for the kernel's
  // load(), the CLI and, through the CLI, Quick Metrics: one reading path.
  io: { layers: ['analytics'], packages: ['arquero', 'exceljs'], node: true },
  kernel: { layers: ['protocol', 'analytics', 'charts', 'io'], packages: '*' },
  host: { layers: ['protocol'], packages: [], node: true },
  // The TypeScript language service over a notebook's cells (editor features and `check`),
  // bundled on its own and loaded lazily by the extension and the CLI.
  language: { layers: [], packages: ['typescript'], node: true },
  report: { layers: ['protocol', 'charts', 'analytics'], packages: '*' },
  cli: { layers: ['protocol', 'host', 'report', 'analytics', 'charts', 'io', 'language'], packages: '*' },
  extension: { layers: ['protocol', 'analytics', 'charts', 'report', 'host', 'io', 'language'], packages: '*' },
  renderer: { layers: ['protocol'], packages: ['vega-embed', 'vega', 'vega-lite', 'vega-interpreter'] },
  // The panel reuses the renderer's offline, CSP-safe Vega view and theme (both run in webviews).
  webview: {
    layers: ['protocol', 'renderer'],
    packages: ['@vscode-elements/elements', 'vega-embed', 'vega', 'vega-lite', 'vega-interpreter'],
  },
};

/** The layer a file belongs to, or undefined outside src/. */
export function layerOf(file, srcDir) {
  const rel = file.startsWith(srcDir) ? file.slice(srcDir.length + 1) : undefined;
  if (!rel) return undefined;
  return rel.split(/[\\/]/)[0];
}

/** The package name of a bare import ('@scope/x/y' → '@scope/x'). */
export function packageOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
