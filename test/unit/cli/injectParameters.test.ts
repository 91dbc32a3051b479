import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { injectParameters, literal, parseParams } from '../../../src/cli/injectParameters';
import { parseArgs } from '../../../src/cli/parseArgs';
import type { NotebookFile } from '../../../src/protocol/index';

const code = (source: string, metadata: Record<string, unknown> = {}) => ({
  kind: 'code' as const,
  language: 'typescript' as const,
  source,
  metadata,
  outputs: [],
});
const nb: NotebookFile = {
  version: 1,
  metadata: {},
  cells: [code('// setup'), code("const asOf = '2024-11-30';", { parameters: true }), code('asOf')],
};

describe('parameters (papermill convention)', () => {
  it('reads repeated --param flags as name=value pairs', () => {
    const args = parseArgs(['run', 'a.crmnb', '--param', 'asOf=2024-12-31', '--param=file=data/dec.csv']);
    assert.deepEqual(args, { command: 'run', file: 'a.crmnb', options: { param: ['asOf=2024-12-31', 'file=data/dec.csv'] } });
    assert.deepEqual(parseParams(['asOf=2024-12-31', 'file=data/dec.csv']), { asOf: '2024-12-31', file: 'data/dec.csv' });
    assert.throws(() => parseParams(['2x=1']), /--param needs name=value with a JavaScript name/);
  });

  it('keeps numbers and booleans, quotes everything else', () => {
    assert.deepEqual(['20', '-1.5', 'true', 'null', '2024-12-31', "O'Brien"].map(literal), [
      '20',
      '-1.5',
      'true',
      'null',
      '"2024-12-31"',
      '"O\'Brien"',
    ]);
  });

  it('injects a cell right after the parameters cell, records the parameters, and replaces an earlier injection', () => {
    const once = injectParameters(nb, { asOf: '2024-12-31', top: '20' });
    assert.equal(once.found, true);
    assert.deepEqual(
      once.notebook.cells.map((c) => c.source.split('\n').pop()),
      ['// setup', "const asOf = '2024-11-30';", 'const top = 20;', 'asOf'],
    );
    assert.equal(
      once.notebook.cells[2].source,
      '// Parameters given on the command line (crm-workbench run --param)\nconst asOf = "2024-12-31";\nconst top = 20;',
    );
    assert.deepEqual(once.notebook.metadata.parameters, { asOf: '2024-12-31', top: '20' });
    const twice = injectParameters(once.notebook, { asOf: '2025-01-31' });
    assert.equal(twice.notebook.cells.filter((c) => c.metadata.injectedParameters).length, 1);
    assert.equal(nb.cells.length, 3, 'the input notebook is not changed');
  });

  it('puts the cell first when there is no parameters cell', () => {
    const r = injectParameters({ ...nb, cells: [code('x')] }, { x: '1' });
    assert.equal(r.found, false);
    assert.equal(r.notebook.cells[0].metadata.injectedParameters, true);
  });
});
