import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const cli = path.resolve('dist/cli.js');
const check = (file: string) => spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8', timeout: 120_000 });

describe('crm-workbench check', () => {
  it('prints exactly the two type errors of the fixture, at their cell (markdown counted), line and column, and exits 1', () => {
    const r = check('test/fixtures/check/two-errors.crmnb');
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), [
      "Cell 4, line 1, column 29: Object literal may only specify known properties, but 'bin' does not exist in type 'Partial<RfmOptions>'. Did you mean to write 'bins'?",
      "Cell 5, line 3, column 7: Type 'string' is not assignable to type 'number'.",
    ]);
    assert.match(r.stderr, /two-errors\.crmnb: 2 errors/);
  });

  it('finds no problem in any sample notebook (samples/*.crmnb) and exits 0', () => {
    const samples = readdirSync('samples').filter((f) => f.endsWith('.crmnb'));
    assert.ok(samples.length >= 4);
    for (const s of samples) {
      const r = check(path.join('samples', s));
      assert.equal(r.stdout.trim(), '', `${s}:\n${r.stdout}`);
      assert.equal(r.status, 0, `${s}: ${r.stderr}`);
    }
  });

  it('refuses a file that is not a notebook with exit code 2', () => {
    const r = check('samples/data/does-not-exist.csv');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is not a \.crmnb notebook/);
  });
});
