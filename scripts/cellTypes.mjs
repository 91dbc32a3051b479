// Generates the type declarations a notebook cell sees (`crm`, `charts`, `aq`, `op`, `load`, `save`,
// `display`, and the modules `crm-workbench`, `crm-workbench/charts`, `arquero`, `vega-lite`) from
// the source, with the doc comments kept, into one file: dist/language/crm-workbench.d.ts. The
// language service (src/language/) reads it together with the TypeScript lib files copied next to it.
//
// How: TypeScript's declaration emit over the analytics, charts and the kernel's load/save; every
// emitted file reachable from those roots becomes a `declare module "crm-workbench/internal/…"`
// block with its relative imports made absolute, and so does arquero's own declarations. Vega-Lite's
// and Flechette's large type trees are replaced by small stand-ins (a cell only passes specs along).
// The globals come last, their doc comments taken from the functions that implement them.
// The result is cached in out/cellTypes/ and rebuilt only when an input is newer.
import ts from 'typescript';
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOTS = {
  'src/analytics/index.ts': 'crm-workbench',
  'src/charts/index.ts': 'crm-workbench/charts',
  'src/kernel/loadTable.ts': undefined,
  'src/kernel/saveTable.ts': undefined,
};
const INPUT_DIRS = ['src/analytics', 'src/charts', 'src/io', 'src/protocol', 'src/kernel'];
const LIB = 'lib.es2022.d.ts';
const OUT_FILE = 'crm-workbench.d.ts';

/** Stand-ins for type trees a cell never needs in detail. */
const STUBS = `declare module 'vega-lite' {
  /** A Vega-Lite specification (see https://vega.github.io/vega-lite/docs/spec.html). */
  export type TopLevelSpec = { $schema?: string; [key: string]: any };
  export type VisualizationSpec = TopLevelSpec;
  export type Config = Record<string, any>;
  /** Compiles a Vega-Lite specification to a Vega specification. */
  export function compile(spec: TopLevelSpec, options?: { config?: Config; [key: string]: any }): { spec: any; normalized: any };
  export const version: string;
}
declare module '@uwdata/flechette' {
  /** An Apache Arrow table. */
  export type Table = any;
  export type ExtractionOptions = Record<string, any>;
  export type TableBuilderOptions = Record<string, any>;
}
`;

/**
 * Corrections to arquero's declarations, each a [file, from, to]. `table.array(name)` without a
 * constructor returns a plain array (arquero's default is `Array`), but the declared union with
 * every typed array makes `.map(fn)` on it a type error in a cell (samples/nps-and-feedback).
 */
const ARQUERO_FIXES = [
  [
    'table/Table.d.ts',
    'array(name: string, constructor?: ArrayConstructor | import("./types.js").TypedArrayConstructor): import("./types.js").DataValue[] | import("./types.js").TypedArray;',
    'array(name: string, constructor?: ArrayConstructor): import("./types.js").DataValue[];\n    array<T extends import("./types.js").TypedArrayConstructor>(name: string, constructor: T): InstanceType<T>;',
  ],
];

/** The Node globals a cell uses most; Node's own modules import as \`any\`. */
const NODE_GLOBALS = `interface Console {
  log(...data: any[]): void;
  info(...data: any[]): void;
  warn(...data: any[]): void;
  error(...data: any[]): void;
  debug(...data: any[]): void;
  table(data: any, columns?: string[]): void;
  dir(item: any, options?: any): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
  timeLog(label?: string, ...data: any[]): void;
  count(label?: string): void;
  assert(condition?: boolean, ...data: any[]): void;
  trace(...data: any[]): void;
  group(...data: any[]): void;
  groupEnd(): void;
}
declare var console: Console;
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): any;
declare function clearTimeout(id: any): void;
declare function setInterval(callback: (...args: any[]) => void, ms?: number, ...args: any[]): any;
declare function clearInterval(id: any): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
declare function fetch(input: string | URL, init?: any): Promise<any>;
declare var process: any;
declare var Buffer: any;
type Buffer = any;
declare var performance: { now(): number };
interface ReadableStream<R = any> {}
interface RequestInit {}
declare class URL {
  constructor(url: string, base?: string | URL);
  href: string;
  pathname: string;
  searchParams: URLSearchParams;
  toString(): string;
}
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  get(name: string): string | null;
  set(name: string, value: string): void;
  toString(): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
interface ImportMeta {
  /** The notebook's URL (file:). */
  url: string;
  /** The notebook's folder. */
  dirname: string;
}
declare module 'node:*';
${builtinModules
  .filter((m) => !m.startsWith('_'))
  .map((m) => `declare module '${m}';`)
  .join('\n')}
`;

function newestMtime(files) {
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

function listFiles(dir, pattern) {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => pattern.test(f));
}

/** The doc comment's text (without the `/**`, ` * ` and `*\/`) of a node, or of a file's header. */
function docText(node, sourceFile) {
  const ranges = ts.getLeadingCommentRanges(sourceFile.text, node.getFullStart()) ?? [];
  const jsdoc = ranges.filter((r) => sourceFile.text.slice(r.pos, r.pos + 3) === '/**');
  return jsdoc.map((r) =>
    sourceFile.text
      .slice(r.pos + 3, r.end - 2)
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n')
      .trim(),
  );
}

function asDoc(text, indent = '') {
  return `${indent}/**\n${text
    .split('\n')
    .map((l) => `${indent} * ${l}`.trimEnd())
    .join('\n')}\n${indent} */\n`;
}

/**
 * `load` and `save`: the kernel's loadTable/saveTable without their first (notebook folder)
 * argument, as a `global { }` block appended inside the kernel module's own declarations, where
 * the types they name (LoadOptions, ColumnTable, …) are in scope. Their doc comment is the file's
 * header and the function's own.
 */
function globalFunction(program, file, fnName, globalName, emittedText) {
  const sf = program.getSourceFile(path.resolve(file));
  const fn = sf.statements.find((s) => ts.isFunctionDeclaration(s) && s.name?.text === fnName);
  if (!fn) throw new Error(`cellTypes: ${file} no longer declares ${fnName}`);
  const [header] = docText(sf.statements[0], sf);
  const own = docText(fn, sf).join('\n');
  const emitted = ts.createSourceFile('x.d.ts', emittedText, ts.ScriptTarget.ES2022, true);
  const decl = emitted.statements.find((s) => ts.isFunctionDeclaration(s) && s.name?.text === fnName);
  const params = decl.parameters.slice(1).map((p) => p.getText(emitted));
  const doc = [header, own].filter(Boolean).join('\n\n');
  return `\nglobal {\n${asDoc(doc, '  ')}  function ${globalName}(${params.join(', ')}): ${decl.type.getText(emitted)};\n}\n`;
}

function moduleHeader(program, file) {
  const sf = program.getSourceFile(path.resolve(file));
  return docText(sf.statements[0], sf)[0] ?? '';
}

/** Rewrites the module specifiers of one declaration file and strips what an ambient block may not hold. */
function asModuleBlock(name, text, resolve) {
  const body = text
    .replace(/^\/\/\/ <reference[^\n]*\n/gm, '')
    .replace(/(\bfrom\s*|\bimport\(\s*)(["'])([^"']+)\2/g, (all, lead, q, spec) => `${lead}'${resolve(spec)}'`)
    .replace(/^(export )?declare (?!global)/gm, '$1')
    .replace(/^/gm, '  ');
  return `declare module '${name}' {\n${body.trimEnd()}\n}\n`;
}

/** Module blocks for a set of declaration files, following relative imports from the roots. */
function bundle(roots, read, exists, nameOf) {
  const blocks = [];
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const resolve = (spec) => {
      if (!spec.startsWith('.')) return spec;
      const base = path.resolve(path.dirname(file), spec).replace(/\.(m?js|ts)$/, '');
      const found = [`${base}.d.ts`, `${base}.d.mts`, `${base}/index.d.ts`].find(exists);
      if (!found) throw new Error(`cellTypes: ${file} imports ${spec}, which has no declarations`);
      queue.push(found);
      return nameOf(found);
    };
    blocks.push(asModuleBlock(nameOf(file), read(file), resolve));
  }
  return blocks.join('');
}

function generate(root) {
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    declaration: true,
    emitDeclarationOnly: true,
    skipLibCheck: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    strict: true,
    lib: [LIB],
    types: ['node'],
  };
  const program = ts.createProgram(
    Object.keys(ROOTS).map((f) => path.join(root, f)),
    options,
  );
  const emitted = new Map();
  program.emit(undefined, (f, text) => emitted.set(path.resolve(root, f), text), undefined, true);

  const srcName = (f) => {
    const rel = path.relative(path.join(root, 'src'), f).replace(/\.d\.m?ts$/, '');
    const alias = Object.entries(ROOTS).find(([r, n]) => n && r === `src/${rel}.ts`);
    return alias ? alias[1] : `crm-workbench/internal/${rel.split(path.sep).join('/')}`;
  };
  // Declarations are emitted next to their source (no outDir), so src/x.ts → src/x.d.ts.
  const globalFunctions = {
    [path.join(root, 'src/kernel/loadTable.d.ts')]: (text) => globalFunction(program, 'src/kernel/loadTable.ts', 'loadTable', 'load', text),
    [path.join(root, 'src/kernel/saveTable.d.ts')]: (text) => globalFunction(program, 'src/kernel/saveTable.ts', 'saveTable', 'save', text),
  };
  const ours = bundle(
    Object.keys(ROOTS).map((f) => path.join(root, f.replace(/\.ts$/, '.d.ts'))),
    (f) => {
      const text = emitted.get(f) ?? readFileSync(f, 'utf8');
      return text + (globalFunctions[f]?.(text) ?? '');
    },
    (f) => emitted.has(f) || existsSync(f),
    srcName,
  );
  const aqDir = path.join(root, 'node_modules/arquero/dist/types');
  const arquero = bundle(
    [path.join(aqDir, 'index.d.ts')],
    (f) => {
      let text = readFileSync(f, 'utf8');
      for (const [file, from, to] of ARQUERO_FIXES.filter(([file]) => path.join(aqDir, file) === f)) {
        if (!text.includes(from)) throw new Error(`cellTypes: arquero's ${file} changed; review ARQUERO_FIXES in scripts/cellTypes.mjs`);
        text = text.replace(from, to);
      }
      return text;
    },
    existsSync,
    (f) => {
      const rel = path.relative(aqDir, f).replace(/\.d\.ts$/, '');
      return rel === 'index' ? 'arquero' : `arquero/types/${rel.split(path.sep).join('/')}`;
    },
  );

  const globals = [
    asDoc(moduleHeader(program, 'src/analytics/index.ts') || 'The analytics library.') +
      "declare const crm: typeof import('crm-workbench');\n",
    asDoc(moduleHeader(program, 'src/charts/index.ts') || 'Vega-Lite chart builders.') +
      "declare const charts: typeof import('crm-workbench/charts');\n",
    asDoc(
      'Arquero, the table library of every analysis: `aq.table(...)`, `aq.from(rows)`, `aq.op`.\nSee https://idl.uwdata.org/arquero/api/',
    ) + "declare const aq: typeof import('arquero');\n",
    asDoc(
      'Arquero\'s functions for table expressions: `tx.rollup({ total: op.sum("amount") })`.\nSee https://idl.uwdata.org/arquero/api/op',
    ) + "declare const op: typeof import('arquero').op;\n",
    asDoc(
      'Shows a value below the cell now, as the last expression of a cell is shown at its end:\ntables as a grid, Vega-Lite specs as charts, analysis results with their summary and chart.\n\n@param value what to show\n@example display(crm.rfm(tx))',
    ) + 'declare function display(value: unknown): void;\n',
  ];
  return [
    '// The globals and modules of a CRM Workbench notebook cell. Generated by scripts/cellTypes.mjs from the source; do not edit.\n',
    ours,
    arquero,
    STUBS,
    NODE_GLOBALS,
    globals.join('\n'),
  ].join('\n');
}

/** The lib file and the libs it references, transitively. */
function libFiles(libDir, name, out = new Set()) {
  if (out.has(name)) return out;
  out.add(name);
  const text = readFileSync(path.join(libDir, name), 'utf8');
  for (const m of text.matchAll(/<reference lib="([^"]+)"/g)) libFiles(libDir, `lib.${m[1].toLowerCase()}.d.ts`, out);
  return out;
}

/**
 * Writes crm-workbench.d.ts and the TypeScript lib files into `outDir` (dist/language).
 * @returns whether the declarations were regenerated (false: taken from the cache)
 */
export function buildCellTypes(root, outDir) {
  const cache = path.join(root, 'out/cellTypes', OUT_FILE);
  const inputs = [
    ...INPUT_DIRS.flatMap((d) => listFiles(path.join(root, d), /\.m?ts$/)),
    path.join(root, 'scripts/cellTypes.mjs'),
    path.join(root, 'node_modules/arquero/package.json'),
  ];
  const fresh = existsSync(cache) && statSync(cache).mtimeMs >= newestMtime(inputs);
  if (!fresh) {
    mkdirSync(path.dirname(cache), { recursive: true });
    writeFileSync(cache, generate(root));
  }
  mkdirSync(outDir, { recursive: true });
  copyFileSync(cache, path.join(outDir, OUT_FILE));
  const libDir = path.join(root, 'node_modules/typescript/lib');
  for (const lib of libFiles(libDir, LIB)) copyFileSync(path.join(libDir, lib), path.join(outDir, lib));
  return !fresh;
}
