/**
 * What `import` means inside a cell. Static imports and `import()` both arrive here (see
 * cellTransform) and are loaded with Node's real ESM loader, so ESM-only packages work:
 *
 * 1. Built-in names: `arquero`, `vega-lite`, `crm-workbench` (the analytics) and
 *    `crm-workbench/charts` are the kernel's own copies, so `aq` tables and charts match.
 * 2. Node built-ins (`node:fs`, `path`, …).
 * 3. Relative and absolute paths resolve from the notebook's folder; TypeScript files are
 *    compiled with esbuild first.
 * 4. Other bare names resolve from `node_modules` above the notebook's folder, with Node's
 *    conditions (`import`, `node`, `default`), so ESM-only packages load.
 */
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { getEsbuild, type Plugin } from './esbuildService';
import { probeFile, resolvePackage } from './packageResolver';
import { kernelError } from './kernelError';
import { messages } from './text/index';

type Namespace = Record<string, unknown>;

const TS_EXTENSIONS = /\.(ts|mts|cts|tsx)$/;

export class ModuleImporter {
  private tmpDir?: string;
  private compiled = 0;

  constructor(
    private readonly builtins: Record<string, () => Promise<Namespace>>,
    private readonly baseDir: () => string,
  ) {}

  /** Loads a module for a cell. */
  async import(spec: string): Promise<Namespace> {
    if (typeof spec !== 'string') throw kernelError('import', messages().importName(typeof spec));
    const builtin = this.builtins[spec];
    if (builtin) return builtin();
    if (spec.startsWith('node:') || builtinModules.includes(spec)) return import(spec);
    if (/^(\.{1,2}\/|\/|file:)/.test(spec) || /^[A-Za-z]:[\\/]/.test(spec)) return this.importFile(spec);
    return import(pathToFileURL(resolvePackage(spec, this.baseDir())).href);
  }

  /** `default` of a module namespace, as `import x from 'm'` needs. */
  static defaultOf(ns: Namespace, spec = 'the module'): unknown {
    if (!('default' in ns)) throw new SyntaxError(messages().noExport(spec, 'default'));
    return ns.default;
  }

  /** A named export, as `import { x } from 'm'` needs. */
  static named(ns: Namespace, name: string, spec: string): unknown {
    if (!(name in ns)) throw new SyntaxError(messages().noExport(spec, name));
    return ns[name];
  }

  private async importFile(spec: string): Promise<Namespace> {
    const full = spec.startsWith('file:') ? new URL(spec).pathname : path.resolve(this.baseDir(), spec);
    if (TS_EXTENSIONS.test(full)) return import(pathToFileURL(await this.compile(full)).href);
    if (full.endsWith('.json')) return import(pathToFileURL(full).href, { with: { type: 'json' } });
    return import(pathToFileURL(full).href);
  }

  /** Bundles a TypeScript file (and the relative files it imports) to a temporary ES module. */
  private async compile(file: string): Promise<string> {
    const files: Plugin = {
      name: 'crm-files',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point') return { path: args.path, namespace: 'file' };
          if (args.path.startsWith('node:') || builtinModules.includes(args.path)) return { path: args.path, external: true };
          if (/^\.{1,2}\//.test(args.path) || path.isAbsolute(args.path)) {
            const base = path.resolve(args.resolveDir, args.path);
            const found = probeFile(base) ?? ['.ts', '.tsx', '.mts', '/index.ts'].map((e) => base + e).find((f) => probeFile(f));
            if (!found) return { errors: [{ text: messages().importNotFound(args.path, args.resolveDir) }] };
            return { path: found, namespace: 'file' };
          }
          // Packages stay imports, as absolute URLs, so they load from the user's node_modules.
          return { path: pathToFileURL(resolvePackage(args.path, args.resolveDir)).href, external: true };
        });
        b.onLoad({ filter: /.*/, namespace: 'file' }, (args) => ({
          contents: readFileSync(args.path, 'utf8'),
          loader: TS_EXTENSIONS.test(args.path) ? 'ts' : args.path.endsWith('.json') ? 'json' : 'js',
          resolveDir: path.dirname(args.path),
        }));
      },
    };
    const esbuild = await getEsbuild();
    const out = await esbuild
      .build({
        entryPoints: [file],
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        write: false,
        sourcemap: 'inline',
        logLevel: 'silent',
        plugins: [files],
      })
      .catch((e: { errors?: { text: string; location?: { file: string; line: number } | null }[] }) => {
        const first = e.errors?.[0];
        const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
        throw kernelError('import', messages().importCompile(file, first ? first.text + where : String(e)));
      });
    this.tmpDir ??= mkdtempSync(path.join(os.tmpdir(), 'crm-kernel-'));
    const target = path.join(this.tmpDir, `${path.basename(file).replace(TS_EXTENSIONS, '')}-${++this.compiled}.mjs`);
    writeFileSync(target, out.outputFiles[0].text);
    return target;
  }
}
