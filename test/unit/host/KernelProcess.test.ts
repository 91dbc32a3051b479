import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KernelProcess, type CellResult } from '../../../src/host/KernelProcess';
import type { CellOutput } from '../../../src/protocol/index';

const kernelPath = path.resolve('dist/kernel/main.mjs');

/** A notebook folder with a CSV, an ESM-only package in node_modules and relative TS modules. */
function makeWorkspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-kernel-test-'));
  writeFileSync(path.join(dir, 'orders.csv'), 'customer_id,date,amount\nc1,2024-01-05,10.5\nc2,2024-02-01,20\n');
  const pkg = path.join(dir, 'node_modules', 'esm-only-pkg');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(
    path.join(pkg, 'package.json'),
    JSON.stringify({ name: 'esm-only-pkg', type: 'module', exports: { '.': { import: './index.js' } } }),
  );
  writeFileSync(path.join(pkg, 'index.js'), 'export const shout = (s) => s.toUpperCase() + "!";\nexport default 7;\n');
  mkdirSync(path.join(dir, 'lib'));
  writeFileSync(
    path.join(dir, 'lib', 'money.ts'),
    "import { rate } from './rate';\nexport const withTax = (x: number): number => x * (1 + rate);\n",
  );
  writeFileSync(path.join(dir, 'lib', 'rate.ts'), 'export const rate: number = 0.2;\n');
  writeFileSync(path.join(dir, 'lib', 'plain.mjs'), 'export const plain = "js";\n');
  return dir;
}

interface Collected {
  result: CellResult;
  events: string[];
  outputs: CellOutput[];
}

async function exec(k: KernelProcess, code: string, label = 'Cell 1'): Promise<Collected> {
  const events: string[] = [];
  const outputs: CellOutput[] = [];
  const result = await k.execute(code, label, 'typescript', {
    onStream: (name, text) => events.push(`${name}:${text}`),
    onDisplay: (o) => {
      outputs.push(o);
      events.push(`display:${o.items[0].mime}:${o.items[0].data}`);
    },
  });
  return { result, events, outputs };
}

const plain = (c: Collected) => c.outputs.map((o) => o.items.find((i) => i.mime === 'text/plain')?.data);

describe('the kernel process', () => {
  let dir: string;
  let kernel: KernelProcess;
  before(async () => {
    dir = makeWorkspace();
    kernel = new KernelProcess({ kernelPath, notebookDir: dir, interruptGraceMs: 5000 });
    await kernel.start();
  });
  after(() => {
    kernel.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('streams console output while the cell runs, in order with display calls', async () => {
    const events: { at: number; what: string }[] = [];
    const t0 = Date.now();
    const result = await kernel.execute(
      "console.log('one');\nawait new Promise((r) => setTimeout(r, 400));\ndisplay({ two: 2 });\nconsole.error('three');\n'four'",
      'Cell 1',
      'typescript',
      {
        onStream: (name, text) => events.push({ at: Date.now() - t0, what: `${name}:${text.trim()}` }),
        onDisplay: (o) => events.push({ at: Date.now() - t0, what: `display:${o.items.at(-1)!.data.replace(/\s+/g, '')}` }),
      },
    );
    assert.equal(result.status, 'ok');
    assert.deepEqual(
      events.map((e) => e.what),
      ['stdout:one', 'display:{two:2}', 'stderr:three', 'display:four'],
    );
    assert.ok(events[0].at < events[1].at - 300, `stdout arrived at ${events[0].at} ms, before the 400 ms wait ended`);
  });

  it('keeps state across cells and lets a cell that declares const run again', async () => {
    await exec(kernel, 'const total = 10;');
    assert.deepEqual(plain(await exec(kernel, 'const total = 20; total + 1')), ['21']);
    assert.deepEqual(plain(await exec(kernel, 'total')), ['20']);
  });

  it('imports ESM-only packages: the bundled arquero and vega-lite, and one from node_modules', async () => {
    const r = await exec(
      kernel,
      "import * as A from 'arquero';\nimport { compile } from 'vega-lite';\nimport seven, { shout } from 'esm-only-pkg';\n[A.table({ a: [1, 2] }).numRows(), typeof compile, seven, shout('hi')]",
    );
    assert.equal(r.result.status, 'ok', JSON.stringify(r.result.error));
    assert.deepEqual(JSON.parse(r.outputs[0].items[0].data), [2, 'function', 7, 'HI!']);
  });

  it('imports relative TypeScript and JavaScript files from the notebook folder', async () => {
    const r = await exec(
      kernel,
      "import { withTax } from './lib/money.ts';\nconst { plain } = await import('./lib/plain.mjs');\n`${withTax(100)} ${plain}`",
    );
    assert.equal(r.result.status, 'ok', JSON.stringify(r.result.error));
    assert.deepEqual(plain(r), ['120 js']);
  });

  it('preloads aq, op, crm, charts, display and load (relative to the notebook, ISO dates parsed)', async () => {
    const r = await exec(
      kernel,
      "const t = await load('orders.csv');\n[typeof aq.table, typeof op.sum, typeof crm, typeof charts, t.numRows(), t.get('date', 0) instanceof Date]",
    );
    assert.deepEqual(JSON.parse(r.outputs[0].items[0].data), ['function', 'function', 'object', 'object', 2, true]);
  });

  it('loads TSV, JSON and Arrow files too', async () => {
    const r = await exec(
      kernel,
      "import { writeFileSync } from 'node:fs';\nwriteFileSync('t.tsv', 'a\\tb\\n1\\tx\\n');\nwriteFileSync('t.json', JSON.stringify([{ a: 1 }, { a: 2 }]));\nwriteFileSync('t.arrow', aq.table({ n: [1, 2, 3] }).toArrowIPC());\n[(await load('t.tsv')).get('b', 0), (await load('t.json')).numRows(), (await load('t.arrow')).numRows()]",
    );
    assert.equal(r.result.status, 'ok', JSON.stringify(r.result.error));
    assert.deepEqual(JSON.parse(r.outputs[0].items[0].data), ['x', 2, 3]);
  });

  it('says which file load() could not read', async () => {
    const r = await exec(kernel, "await load('missing.csv')", 'Cell 7');
    assert.equal(r.result.status, 'error');
    assert.match(r.result.error!.message, /Cell 7, line 1, column \d+: load: cannot read "missing\.csv".*no such file/);
  });

  it('points an error at the cell line and column and trims kernel frames', async () => {
    const r = await exec(kernel, 'const a: number = 1;\nfunction inner() {\n  return (null as any).boom;\n}\ninner();', 'Cell 5');
    assert.equal(r.result.status, 'error');
    assert.match(r.result.error!.message, /^Cell 5, line 3, column \d+: Cannot read properties of null/);
    assert.match(r.result.error!.stack!, /at inner \(Cell 5, line 3, column \d+\)\n {4}at Cell 5, line 5, column 1$/);
    assert.doesNotMatch(r.result.error!.stack!, /kernel|node:internal/);
  });

  it('reports a syntax error at its line and column without running anything', async () => {
    const r = await exec(kernel, 'const ok = 1;\nconst = 2;', 'Cell 2');
    assert.equal(r.result.status, 'error');
    assert.match(r.result.error!.message, /^Cell 2, line 2, column 7: /);
  });

  it('interrupts a synchronous busy loop within 2 seconds and keeps the variables', async () => {
    await exec(kernel, 'const keep = 41;');
    const running = exec(kernel, 'let spins = 0;\nwhile (true) { spins++; }');
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    await kernel.interrupt();
    const r = await running;
    const took = Date.now() - t0;
    assert.equal(r.result.status, 'interrupted');
    assert.ok(took < 2000, `took ${took} ms`);
    assert.deepEqual(plain(await exec(kernel, 'keep + 1')), ['42']);
  });

  it('interrupts a busy loop that started after an await', async () => {
    const running = exec(kernel, 'await null;\nwhile (true) {}');
    await new Promise((r) => setTimeout(r, 300));
    await kernel.interrupt();
    assert.equal((await running).result.status, 'interrupted');
    assert.deepEqual(plain(await exec(kernel, 'keep')), ['41']);
  });

  it('interrupts a cell stuck on a promise that never resolves', async () => {
    const running = exec(kernel, 'await new Promise(() => {});');
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    await kernel.interrupt();
    assert.equal((await running).result.status, 'interrupted');
    assert.ok(Date.now() - t0 < 1000);
    assert.deepEqual(plain(await exec(kernel, 'keep')), ['41']);
  });

  it('reports a kernel that exits as a failed cell, and the next cell starts a fresh kernel', async () => {
    const pid = kernel.pid;
    const r = await exec(kernel, 'process.exit(3)');
    assert.equal(r.result.status, 'died');
    assert.match(r.result.error!.message, /^Kernel exited \(code 3\)/);
    const next = await exec(kernel, 'typeof keep');
    assert.deepEqual(plain(next), ['undefined']);
    assert.notEqual(kernel.pid, pid);
  });

  it('reports a native crash by its signal', async () => {
    const r = await exec(kernel, "process.kill(process.pid, 'SIGSEGV')");
    assert.equal(r.result.status, 'died');
    assert.match(r.result.error!.message, /^Kernel exited \(signal SIGSEGV\)/);
    assert.deepEqual(plain(await exec(kernel, '1 + 1')), ['2']);
  });

  it('restart kills the process and starts a fresh one without the old variables', async () => {
    await exec(kernel, 'const before = 1;');
    const pid = kernel.pid;
    await kernel.restart();
    assert.notEqual(kernel.pid, pid);
    assert.deepEqual(plain(await exec(kernel, 'typeof before')), ['undefined']);
  });
});

describe('a kernel with a memory limit', () => {
  it('fails the cell with "out of memory" when the heap limit is reached', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-kernel-oom-'));
    const k = new KernelProcess({ kernelPath, notebookDir: dir, maxMemoryMB: 128 });
    try {
      const r = await exec(k, 'const hog: number[][] = [];\nwhile (true) hog.push(new Array(1e6).fill(1.5));');
      assert.equal(r.result.status, 'died');
      assert.match(r.result.error!.message, /Kernel exited .*out of memory/);
      assert.deepEqual(plain(await exec(k, '"alive"')), ['alive']);
    } finally {
      k.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a spare kernel given to a notebook (#15)', () => {
  it('runs the next cell in the new notebook folder, with its relative files and preview rows, on the same process', async () => {
    const spareDir = mkdtempSync(path.join(os.tmpdir(), 'crm-kernel-spare-'));
    const dir = makeWorkspace();
    const k = new KernelProcess({ kernelPath, notebookDir: spareDir, maxRows: 100 });
    try {
      await k.start();
      const pid = k.pid;
      const moving = k.moveTo({ notebookDir: dir, maxRows: 1 });
      // Asked before the move is answered: still runs after it, in the new folder.
      const cell = exec(k, "const t = await load('orders.csv');\nconsole.log(process.cwd());\nt");
      await moving;
      const r = await cell;
      assert.equal(r.result.status, 'ok');
      assert.equal(k.pid, pid, 'the same process');
      assert.deepEqual(r.events[0], `stdout:${dir}\n`);
      const table = r.outputs.at(-1)!.items.find((i) => i.mime === 'application/vnd.crm-workbench.table+json')!;
      assert.equal(JSON.parse(table.data).rows.length, 1, 'one preview row, as the new notebook asks');
    } finally {
      k.dispose();
      rmSync(spareDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
