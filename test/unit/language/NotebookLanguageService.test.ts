import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NotebookLanguageService } from '../../../src/language/NotebookLanguageService';
import type { CellText } from '../../../src/language/cellFiles';

// The declarations come from the build (npm run build writes dist/language).
const TYPES = path.resolve('dist/language');
const code = (source: string, language = 'typescript'): CellText => ({ kind: 'code', language, source });
const markdown = (source: string): CellText => ({ kind: 'markdown', language: 'markdown', source });

const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-ls-'));
const service = new NotebookLanguageService(path.join(dir, 'shop.crmnb'), TYPES);
after(() => service.dispose());

/** The diagnostics of the cells as "cell:line:column code". */
function problems(cells: CellText[]): string[] {
  service.update(cells);
  return service.diagnostics().map((d) => `${d.cell + 1}:${d.line}:${d.column} ${d.code}`);
}

describe('the language service over a notebook', () => {
  it('sees the cell globals with their types: a well-typed analysis has no problems', () => {
    assert.deepEqual(
      problems([code("const tx = await load('orders.csv');\nconst scores = crm.rfm(tx, { bins: 4 });\nscores.numRows()")]),
      [],
    );
  });

  it('reports a type error at its cell, line and column, markdown cells counted', () => {
    assert.deepEqual(problems([markdown('# Notes'), code('const a = 1;\nconst c: number = "three";')]), ['2:2:7 2322']);
  });

  it("gives a later cell the types of an earlier cell's declarations", () => {
    assert.deepEqual(problems([code('const n = 1;'), code('const s: string = n;'), code('const m: number = n + 1;')]), ['2:1:7 2322']);
  });

  it('takes a `const` declared again in a later cell (a copied cell, a re-run) without error, with its newest type', () => {
    const cells = [code('const x = 1;'), code('const y: number = x;'), code('const x = "text";'), code('const z: string = x;')];
    assert.deepEqual(problems(cells), []);
    assert.deepEqual(problems([...cells, code('const w: number = x;')]), ['5:1:7 2322']);
  });

  it("lets a later cell reassign an earlier cell's `let`, as the kernel does", () => {
    assert.deepEqual(problems([code('let total = 0;'), code('total += 5;\ntotal = 7;')]), []);
  });

  it('allows top-level await in every cell', () => {
    assert.deepEqual(
      problems([code('const v = await Promise.resolve(2);'), code('await new Promise((r) => setTimeout(r, 1));\nv * 2')]),
      [],
    );
  });

  it("resolves imports as the kernel does: its built-in modules, Node's, relative files and packages next to the notebook", () => {
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(path.join(dir, 'lib', 'helpers.ts'), 'export function double(x: number): number { return x * 2; }\n');
    mkdirSync(path.join(dir, 'node_modules', 'tiny-pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', 'tiny-pkg', 'package.json'), JSON.stringify({ name: 'tiny-pkg', types: 'index.d.ts' }));
    writeFileSync(path.join(dir, 'node_modules', 'tiny-pkg', 'index.d.ts'), 'export declare const answer: number;\n');
    const cells = [
      code(
        "import { rfm } from 'crm-workbench';\nimport { barChart } from 'crm-workbench/charts';\nimport * as arquero from 'arquero';\nimport { compile } from 'vega-lite';",
      ),
      code("import { readFileSync } from 'node:fs';\nimport path from 'path';"),
      code("import { double } from './lib/helpers';\nimport { answer } from 'tiny-pkg';\nconst d: number = double(answer);"),
      code("const wrong: string = double(1);\nimport { missing } from './lib/nowhere';"),
    ];
    assert.deepEqual(problems(cells), ['4:1:7 2322', '4:2:25 2307']);
  });

  it('checks JavaScript cells too', () => {
    assert.deepEqual(problems([code('const n = 1;\nn.toUpperCase();', 'javascript')]), ['1:2:3 2339']);
  });

  it('completes `crm.` with the analytics functions and option keys inside `{ }` of a call', () => {
    service.update([code("const tx = await load('o.csv');"), code('crm.rf'), code('crm.rfm(tx, { b })')]);
    const names = service.completions(1, 'crm.rf'.length)?.entries.map((e) => e.name) ?? [];
    assert.ok(names.includes('rfm') && names.includes('rfmSummary'), names.join(', '));
    const options = service.completions(2, 'crm.rfm(tx, { b'.length)?.entries.map((e) => e.name) ?? [];
    assert.ok(options.includes('bins') && options.includes('asOf'), options.join(', '));
  });

  it('shows the doc comment and its @example on hover', () => {
    service.update([code('crm.rfm')]);
    const info = service.quickInfo(0, 'crm.r'.length);
    assert.match(info?.signature ?? '', /rfm\(transactions: TableInput/);
    assert.match(info?.documentation ?? '', /Recency, Frequency and Monetary/);
    assert.ok(info?.tags.some((t) => t.name === 'example' && t.text.includes('crm.rfm(tx')));
  });

  it("gives the hover of the `load` global from the kernel's own doc comment", () => {
    service.update([code("load('x.csv')")]);
    const info = service.quickInfo(0, 1);
    assert.match(info?.signature ?? '', /function load\(file: string, options\?: LoadOptions\): Promise<ColumnTable>/);
    assert.ok(info?.tags.some((t) => t.name === 'example' && t.text.includes("load('data/orders.csv')")));
  });

  it('helps with the signature of the call being typed', () => {
    service.update([code('crm.rfm(')]);
    const help = service.signatureHelp(0, 'crm.rfm('.length, '(');
    assert.deepEqual(
      help?.items[0].parameters.map((p) => p.name),
      ['transactions', 'options'],
    );
  });

  it('goes to the definition in the earlier cell that declares a name', () => {
    service.update([markdown('# x'), code('const orders = 1;'), code('orders + 1')]);
    assert.deepEqual(
      service.definition(2, 1).map((d) => [d.cell, d.start, d.length]),
      [[1, 6, 6]],
    );
  });

  it("offers a quick fix for a misspelt option name, with the compiler's suggestion", () => {
    const source = "const tx = await load('o.csv');\ncrm.rfm(tx, { bin: 4 });";
    service.update([code(source)]);
    const [d] = service.diagnostics();
    assert.equal(d.code, 2561, d.message);
    const fixes = service.codeFixes(0, d.start, d.start + d.length, [d.code]);
    assert.deepEqual(fixes, [
      { title: "Change spelling to 'bins'", edits: [{ cell: 0, start: source.indexOf('bin:'), length: 3, newText: 'bins' }] },
    ]);
  });

  it("passes on the compiler's own quick fixes, e.g. for a misspelt function name", () => {
    service.update([code('crm.rfmm')]);
    const [d] = service.diagnostics();
    const fixes = service.codeFixes(0, d.start, d.start + d.length, [d.code]);
    assert.ok(
      fixes.some((f) => f.edits.some((e) => e.newText === 'rfm')),
      JSON.stringify(fixes),
    );
  });
});
