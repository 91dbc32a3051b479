import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { CellSyntaxError, transformCell } from '../../../src/kernel/cellTransform';
import { ModuleImporter } from '../../../src/kernel/moduleImporter';

const imported: string[] = [];
(globalThis as Record<string, unknown>).__crm = {
  import: async (spec: string) => {
    imported.push(spec);
    return { default: `default of ${spec}`, compile: `compile from ${spec}`, answer: 42 };
  },
  defaultOf: ModuleImporter.defaultOf,
  named: ModuleImporter.named,
};

let n = 0;
/** Runs cells the way the kernel does: prologue, then the async body, in one global scope. */
async function run(source: string, language: 'typescript' | 'javascript' = 'typescript'): Promise<unknown> {
  const t = await transformCell(source, language, `crm-cell-test-${++n}.ts`);
  if (t.prologue) vm.runInThisContext(t.prologue);
  return new vm.Script(t.script, { filename: `crm-cell-test-${n}.ts` }).runInThisContext();
}
const g = globalThis as Record<string, unknown>;

describe('cell transform', () => {
  it('makes top-level const, let, var, function and class visible to later cells', async () => {
    await run('const ctA = 1; let ctB = 2; var ctC = 3; function ctF() { return ctA + ctB + ctC } class CtK { v = 7 }');
    assert.equal(await run('ctF() + new CtK().v'), 13);
  });

  it('lets a cell that declares `const x` run again (no "already declared")', async () => {
    assert.equal(await run('const ctX = 1; ctX'), 1);
    assert.equal(await run('const ctX = 2; ctX'), 2);
    assert.equal(g.ctX, 2);
  });

  it('binds every name of a destructuring declaration', async () => {
    await run('const { ctP, q: [ctQ, ...ctRest] } = { ctP: 1, q: [2, 3, 4] };');
    assert.deepEqual([g.ctP, g.ctQ, g.ctRest], [1, 2, [3, 4]]);
  });

  it('supports top-level await', async () => {
    assert.equal(await run('const ctW = await new Promise<number>((r) => setTimeout(() => r(5), 5)); ctW * 2'), 10);
  });

  it('returns the value of a final expression and nothing after a declaration', async () => {
    assert.equal(await run('1 + 1'), 2);
    assert.equal(await run('const ctNone = 3;'), undefined);
    assert.equal(await run("'use strict'"), undefined);
    assert.equal(await run('"a string"'), 'a string');
    assert.deepEqual(await run('const ctO = 1;\n({ a: ctO, b: [2] })'), { a: 1, b: [2] });
    assert.equal(await run('((1 + 2)) * 3'), 9);
  });

  it('turns static and dynamic imports into the kernel importer, never into require', async () => {
    const t = await transformCell(
      "import * as aq from 'arquero';\nimport vl, { compile as c } from 'vega-lite';\nconst m = await import('./local.js');",
      'typescript',
      'c.ts',
    );
    assert.doesNotMatch(t.script, /require\(/);
    assert.doesNotMatch(t.script, /(^|[^.\w])import\s*\(/);
    assert.match(t.script, /__crm\.import\("arquero"\)/);
    imported.length = 0;
    await run(
      "import * as ctAq from 'arquero';\nimport ctVl, { compile as ctC } from 'vega-lite';\nconst ctM = await import('./local.js');",
    );
    assert.deepEqual(imported, ['arquero', 'vega-lite', './local.js']);
    assert.equal(g.ctVl, 'default of vega-lite');
    assert.equal(g.ctC, 'compile from vega-lite');
  });

  it('keeps TypeScript value imports that are only used in later cells', async () => {
    const t = await transformCell("import { answer } from 'm';", 'typescript', 'c.ts');
    assert.deepEqual(t.declared, ['answer']);
  });

  it('drops type-only imports', async () => {
    const t = await transformCell("import type { Table } from 'arquero';\nconst ctT: Table | null = null;", 'typescript', 'c.ts');
    assert.deepEqual(t.declared, ['ctT']);
  });

  it('names a missing export the way Node does', async () => {
    await assert.rejects(run("import { nope } from 'pkg';"), /does not provide an export named 'nope'/);
  });

  it('reports a syntax error with its line and column in the cell', async () => {
    await assert.rejects(transformCell('const a = 1;\nconst b = ;', 'typescript', 'c.ts'), (e: unknown) => {
      assert.ok(e instanceof CellSyntaxError);
      assert.equal(e.line, 2);
      assert.equal(e.column, 11);
      return true;
    });
  });

  it('maps generated positions back to the TypeScript source', async () => {
    const t = await transformCell('type A = number;\nconst ctY: A = 1;\nthrow new Error("x");', 'typescript', 'm.ts');
    const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
    const line = t.script.split('\n').findIndex((l) => l.includes('throw')) + 1;
    const col = t.script.split('\n')[line - 1].indexOf('throw');
    const p = originalPositionFor(new TraceMap(t.map()), { line, column: col });
    assert.deepEqual([p.line, p.column], [3, 0]);
  });

  it('gives TypeScript meaning to syntax that JavaScript reads differently', async () => {
    assert.equal(await run('const ctId = (a: unknown) => a;\nctId<number>(1)'), 1);
    assert.equal(await run('const ctMaybe = 5 as number | undefined;\nctMaybe!\n+1'), 6);
  });

  it('maps errors in cells that need no transpiling to their own lines', async () => {
    const t = await transformCell('const ctZ = 1;\n\nthrow new Error("here");', 'typescript', 'z.ts');
    const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
    const lines = t.script.split('\n');
    const line = lines.findIndex((l) => l.includes('throw')) + 1;
    const p = originalPositionFor(new TraceMap(t.map()), { line, column: lines[line - 1].indexOf('throw') });
    assert.deepEqual([p.line, p.column], [3, 0]);
  });

  it('runs JavaScript cells too', async () => {
    assert.equal(await run('const ctJs = [1, 2, 3].map((v) => v * 2); ctJs.length', 'javascript'), 3);
  });
});
