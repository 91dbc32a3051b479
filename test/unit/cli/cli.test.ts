import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../../src/cli/parseArgs';

const cli = path.resolve('dist/cli.js');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'crm-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('crm-workbench run', () => {
  // Every sample runs clean and matches its saved outputs: samples.test.ts.
  it('writes outputs in place, prints each failing cell and exits 1 when a cell fails', () => {
    const dir = tmp();
    const file = path.join(dir, 'fails.crmnb');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        cells: [
          { kind: 'code', language: 'typescript', source: 'const a = 1;\na' },
          { kind: 'code', language: 'javascript', source: "throw new Error('bad data')" },
        ],
      }),
    );
    const r = run('run', file);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Cell 2 failed: Error: Cell 2, line 1, column 7: bad data/);
    const nb = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(nb.cells[0].outputs[0].items[0], { mime: 'text/plain', data: '1' });
    assert.equal(nb.cells[1].execution.success, false);
  });

  it('exits 2 with one line for bad arguments or an unreadable notebook, and leaves the file alone', () => {
    const dir = tmp();
    const broken = path.join(dir, 'broken.crmnb');
    writeFileSync(broken, '{"version": 1, "cells": [');
    for (const args of [['run'], ['frobnicate'], ['run', 'missing.crmnb'], ['run', broken], ['run', broken, '--bogus', 'x']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^crm-workbench: /);
    }
    assert.equal(readFileSync(broken, 'utf8'), '{"version": 1, "cells": [');
  });
});

describe('crm-workbench run --param', () => {
  it('overrides the parameters cell, prints the parameters and the report shows them', () => {
    const dir = tmp();
    const file = path.join(dir, 'monthly.crmnb');
    const cells = [
      { kind: 'code', language: 'typescript', source: "const asOf = '2024-11-30';\nconst top = 5;", metadata: { parameters: true } },
      { kind: 'code', language: 'typescript', source: '`${asOf} ${top + 1}`' },
    ];
    writeFileSync(file, JSON.stringify({ version: 1, cells }));
    const out = path.join(dir, 'ran.crmnb');
    const r = run('run', file, '--param', 'asOf=2024-12-31', '--param', 'top=20', '--out', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^parameters: asOf=2024-12-31, top=20$/m);
    const ran = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(ran.cells.at(-1).outputs[0].items[0], { mime: 'text/plain', data: '2024-12-31 21' });
    const html = path.join(dir, 'r.html');
    const rep = run('report', file, '--run', '--param', 'asOf=2025-01-31', '--out', html);
    assert.equal(rep.status, 0, rep.stderr);
    assert.match(readFileSync(html, 'utf8'), /<p class="parameters">Parameters: <code>asOf<\/code> = 2025-01-31<\/p>/);
  });
});

describe('crm-workbench report', () => {
  it('runs a notebook first with --run and writes a self-contained HTML report with SVG charts', () => {
    const dir = tmp();
    const out = path.join(dir, 'report.html');
    const r = run('report', 'samples/getting-started.crmnb', '--run', '--hide-code', '--title', 'Shop review', '--out', out);
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<title>Shop review<\/title>/);
    assert.ok((html.match(/<svg/g) ?? []).length >= 5, 'charts as SVG');
    assert.doesNotMatch(html, /<script|const raw = await load/);
    assert.doesNotMatch(html, /<img src=x/); // the sample data contains a hostile customer id
  });

  it('masks columns with --pseudonymize: no email address of the sample data is left in the report', () => {
    const dir = tmp();
    const out = path.join(dir, 'masked.html');
    const nb = path.join(dir, 'contacts.crmnb');
    const source = "aq.table({ email: ['ann@example.org', 'li@example.org'], name: ['Ann Lee', '李雷'], value: [5, 7] })";
    writeFileSync(nb, JSON.stringify({ version: 1, cells: [{ kind: 'code', language: 'typescript', source }] }));
    const r = run(
      'report',
      nb,
      '--run',
      '--hide-code',
      '--pseudonymize',
      'email,name',
      '--pseudonymize-key',
      'cli secret 42',
      '--out',
      out,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /masked columns email, name/);
    const html = readFileSync(out, 'utf8');
    assert.doesNotMatch(html, /example\.org|李雷/);
    assert.match(html, /[0-9a-f]{16}/);
  });

  it('needs --out', () => {
    const r = run('report', 'samples/getting-started.crmnb');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /"report" needs --out <file>/);
  });
});

describe('crm-workbench metrics', () => {
  it('prints the key figures of an orders file, or JSON with --json', () => {
    const r = run('metrics', 'samples/data/orders.csv');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /orders\.csv: orders\n {2}revenue 354,450\.42 · orders 5,275 · customers 2,001/);
    const j = JSON.parse(run('metrics', 'samples/data/survey.csv', '--json').stdout);
    assert.equal(j.kind, 'survey');
    assert.ok(j.nps.nps > 0);
  });

  it('refuses empty, binary and unrecognisable files with one line and exit 2', () => {
    const dir = tmp();
    const files = { 'empty.csv': '', 'binary.csv': Buffer.from([0x50, 0x4b, 0, 1, 2]), 'useless.csv': 'a,b\n1,2\n' };
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), content);
      const r = run('metrics', path.join(dir, name));
      assert.equal(r.status, 2, name);
      assert.match(r.stderr, /^crm-workbench: .*(empty|binary|cannot tell what this file is)/, name);
    }
  });
});

describe('parseArgs', () => {
  it('reads run with --out in either form', () => {
    assert.deepEqual(parseArgs(['run', 'a.crmnb', '--out', 'b.crmnb']), { command: 'run', file: 'a.crmnb', options: { out: 'b.crmnb' } });
    assert.deepEqual(parseArgs(['run', 'a.crmnb', '--out=b.crmnb']), { command: 'run', file: 'a.crmnb', options: { out: 'b.crmnb' } });
    assert.throws(() => parseArgs(['run', 'a.txt']), /"a\.txt" is not a \.crmnb notebook/);
    assert.throws(() => parseArgs(['run', 'a.crmnb', '--out']), /option --out needs a value/);
  });
});
