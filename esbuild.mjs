// One build script, one esbuild context per target.
//   node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYTICS_ENGINES, LAYERS, layerOf, packageOf } from './scripts/layers.mjs';
import { buildCellTypes } from './scripts/cellTypes.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(root, 'src');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Fails the build on an import that crosses a boundary of ARCHITECTURE.md. */
const boundaries = {
  name: 'layer-boundaries',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const from = layerOf(args.importer, src);
      if (!from || args.kind === 'entry-point') return undefined;
      const rule = LAYERS[from];
      if (!rule) return { errors: [{ text: `src/${from} is not a layer of ARCHITECTURE.md (see scripts/layers.mjs)` }] };
      if (args.path.startsWith('.')) {
        const target = path.resolve(args.resolveDir, args.path);
        const to = layerOf(target, src);
        if (to && to !== from && !rule.layers.includes(to)) {
          return {
            errors: [{ text: `src/${from} may not import src/${to} (ARCHITECTURE.md; allowed: ${rule.layers.join(', ') || 'nothing'})` }],
          };
        }
        if (to === 'analytics' && from !== 'analytics' && !/^index(\.ts)?$/.test(path.relative(path.join(src, 'analytics'), target))) {
          return {
            errors: [
              {
                text: `src/${from} may import the analytics only through src/analytics/index.ts, not ${args.path} (the engines ${ANALYTICS_ENGINES.join('/, ')}/ and the topic files are behind it)`,
              },
            ],
          };
        }
        return undefined;
      }
      const pkg = packageOf(args.path);
      const nodeBuiltin = args.path.startsWith('node:') || builtinModules.includes(pkg);
      if (nodeBuiltin && (rule.node || rule.packages === '*')) return undefined;
      if (rule.packages !== '*' && !rule.packages.includes(pkg)) {
        return {
          errors: [{ text: `src/${from} may not import "${args.path}" (allowed packages: ${rule.packages.join(', ') || 'none'})` }],
        };
      }
      return undefined;
    });
  },
};

// CommonJS dependencies bundled into an ES module need `require` for Node's built-ins.
const esmRequireBanner =
  "import { createRequire as __crmCreateRequire } from 'node:module'; const require = __crmCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  // The `sentiment` package can require('../languages/' + code) for other languages; we only use
  // its English list, which it loads statically, so the empty glob is expected.
  logOverride: { 'empty-glob': 'silent' },
  legalComments: 'none',
  plugins: [boundaries],
};
// Node targets render charts to SVG without a canvas (see scripts/stubs/vega-canvas.js).
const nodeAlias = { alias: { 'vega-canvas': './scripts/stubs/vega-canvas.js' } };

function listTests(dir, ext) {
  if (!statSync(dir, { throwIfNoEntry: false })) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => f.endsWith(ext));
}

const targets = {
  extension: {
    ...common,
    ...nodeAlias,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  kernel: {
    ...common,
    ...nodeAlias,
    entryPoints: ['src/kernel/main.ts', 'src/kernel/watchdog.ts'],
    outdir: 'dist/kernel',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    splitting: true,
    target: 'node20',
    banner: { js: esmRequireBanner },
  },
  cli: {
    ...common,
    ...nodeAlias,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The language service of notebook cells, with the TypeScript compiler (index.js), and the worker
  // thread the extension runs it in (worker.js, which loads index.js): loaded lazily by path by the
  // extension and the CLI, never part of their own bundles.
  language: {
    ...common,
    entryPoints: { index: 'src/language/index.ts', worker: 'src/language/languageWorker.ts' },
    outdir: 'dist/language',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  // Split: the table grid loads at once, Vega (most of the size) only when a chart is first drawn,
  // so the first output of a notebook, often a table, does not wait for it (#15).
  renderer: {
    ...common,
    entryPoints: { index: 'src/renderer/index.ts' },
    outdir: 'dist/renderer',
    splitting: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
  },
  webview: {
    ...common,
    entryPoints: ['src/webview/quickMetrics.ts'],
    outfile: 'dist/webview/quickMetrics.js',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
  },
  unitTests: {
    ...common,
    // Unit tests run under plain Node: `vscode` is a fake that models focus (test/unit/fakes/vscode.ts).
    alias: { ...nodeAlias.alias, vscode: './test/unit/fakes/vscode.ts' },
    plugins: [],
    sourcemap: 'inline',
    entryPoints: listTests('test/unit', '.test.ts'),
    external: ['typescript'],
    outbase: '.',
    outdir: 'out',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: esmRequireBanner },
  },
  e2eTests: {
    ...common,
    plugins: [],
    entryPoints: listTests('test/e2e', '.e2e.ts'),
    outbase: '.',
    outdir: 'out',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['playwright-core'],
  },
  bench: {
    ...common,
    ...nodeAlias,
    plugins: [],
    entryPoints: {
      'host/KernelProcess': 'src/host/KernelProcess.ts',
      analytics: 'bench/entries/analytics.ts',
      grid: 'bench/entries/grid.ts',
    },
    outdir: 'out/bench',
    banner: { js: esmRequireBanner },
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
  },
  integrationTests: {
    ...common,
    plugins: [],
    entryPoints: [...listTests('test/integration', '.ts')],
    outbase: '.',
    outdir: 'out',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha', '@vscode/test-electron'],
  },
};

function copyAssets() {
  mkdirSync('dist/kernel', { recursive: true });
  copyFileSync('node_modules/esbuild-wasm/esbuild.wasm', 'dist/kernel/esbuild.wasm');
}

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const chosen = Object.entries(targets).filter(([name, opts]) => (!only || only.includes(name)) && Object.keys(opts.entryPoints).length > 0);
if (!only && !watch) rmSync('dist', { recursive: true, force: true }); // no stale chunks in the .vsix
copyAssets();
// The cell globals' declarations and the TypeScript libs, next to the language bundle (cached in out/cellTypes).
if (chosen.some(([name]) => name === 'language' || name === 'unitTests')) buildCellTypes(root, path.join(root, 'dist/language'));
const contexts = await Promise.all(chosen.map(([, opts]) => esbuild.context(opts)));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log(`watching ${chosen.map(([n]) => n).join(', ')}`);
} else {
  try {
    await Promise.all(contexts.map((c) => c.rebuild()));
  } catch {
    process.exitCode = 1;
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}
