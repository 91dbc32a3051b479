/**
 * The sample notebooks are documents (issue 15): each is what scripts/writeSampleNotebooks.mjs
 * writes, and its saved outputs are what running it gives (allowing for run times, the folder
 * it ran in and the live grid's table ids). Regenerate them with `npm run samples`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseNotebook, TABLE_MIME, type NotebookFile, type OutputItem } from '../../../src/protocol/index';

const SAMPLES = 'samples';
const names = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.crmnb'))
  .sort();
const committed = (name: string) => parseNotebook(readFileSync(path.join(SAMPLES, name), 'utf8'), name);
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'crm-samples-'));

/** The cells without their outputs and run: what the generator writes. */
const sources = (nb: NotebookFile) => ({
  metadata: nb.metadata,
  cells: nb.cells.map((c) => ({ kind: c.kind, language: c.language, source: c.source, metadata: c.metadata })),
});

/** The outputs of each cell, with the folder the notebook ran in and the run's times taken out. */
/** A table output's live-grid id names a table in the kernel that ran it: new on every run. */
const withoutTableId = (item: OutputItem): string => {
  if (item.mime !== TABLE_MIME) return item.data;
  const { id: _id, ...payload } = JSON.parse(item.data) as { id?: string };
  return JSON.stringify(payload);
};

function outputs(nb: NotebookFile, folder: string) {
  const relative = (text: string) => [pathToFileURL(folder).href + '/', folder + path.sep].reduce((t, f) => t.split(f).join(''), text);
  return nb.cells.map((c, i) => ({
    cell: i,
    success: c.execution?.success,
    outputs: c.outputs.map((o) => ({ ...o, items: o.items.map((item) => ({ ...item, data: relative(withoutTableId(item)) })) })),
  }));
}

function runCli(file: string, language: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('dist/cli.js'), 'run', file], {
      env: { ...process.env, CRM_WORKBENCH_LANGUAGE: language },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('the sample notebooks (samples/*.crmnb, issue 15)', () => {
  it('include an English and a Chinese sample, each ending with "What to do this week" and crm.actionList', () => {
    assert.ok(names.includes('getting-started.crmnb') && names.includes('tea-shop-zh.crmnb'), names.join(', '));
    for (const name of names) {
      const nb = committed(name);
      const headings = nb.cells.filter((c) => c.kind === 'markdown').map((c) => /^## (.+)$/m.exec(c.source)?.[1]);
      const last = nb.cells.filter((c) => c.kind === 'code').pop()!;
      assert.ok(headings.includes('What to do this week') || headings.includes('本周要做的事'), `${name}: ${headings.join(' | ')}`);
      assert.ok(
        nb.cells.some((c) => c.kind === 'code' && c.source.includes('crm.actionList(')),
        `${name} calls crm.actionList`,
      );
      assert.ok(last.outputs.length > 0, `${name} is committed with outputs`);
    }
  });

  it('never mention the scripts that make them', () => {
    for (const name of names)
      for (const c of committed(name).cells) assert.doesNotMatch(c.source, /scripts\/|generateSamples|writeSampleNotebooks/, name);
  });

  it('are what scripts/writeSampleNotebooks.mjs writes', () => {
    const dir = tmp();
    const r = spawnSync(process.execPath, ['scripts/writeSampleNotebooks.mjs', '--out', dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const written = readdirSync(dir)
      .filter((f) => f.endsWith('.crmnb'))
      .sort();
    assert.deepEqual(names, written);
    for (const name of names)
      assert.deepEqual(sources(committed(name)), sources(parseNotebook(readFileSync(path.join(dir, name), 'utf8'), name)), name);
  });

  it('are saved with the outputs a fresh run gives, in their own language (run: npm run samples)', async () => {
    const dir = tmp();
    cpSync(path.join(SAMPLES, 'data'), path.join(dir, 'data'), { recursive: true });
    for (const name of names) cpSync(path.join(SAMPLES, name), path.join(dir, name));
    // Two at a time: each notebook runs in its own kernel process.
    const queue = [...names];
    const failures: string[] = [];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const before = committed(name);
        const r = await runCli(path.join(dir, name), typeof before.metadata.language === 'string' ? before.metadata.language : 'en');
        if (r.status !== 0) failures.push(`${name}: ${r.stderr}`);
        const after = parseNotebook(readFileSync(path.join(dir, name), 'utf8'), name);
        assert.deepEqual(outputs(before, path.resolve(SAMPLES)), outputs(after, dir), `${name}: saved outputs differ from a fresh run`);
      }
    };
    await Promise.all([worker(), worker()]);
    assert.deepEqual(failures, []);
  });
});
