import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cellFileName, cellFiles, cellPosition, type CellText } from '../../../src/language/cellFiles';
import { topLevelNames } from '../../../src/language/topLevelNames';

const code = (source: string, language = 'typescript'): CellText => ({ kind: 'code', language, source });
const markdown = (source: string): CellText => ({ kind: 'markdown', language: 'markdown', source });

describe('the names a cell declares at its top level', () => {
  it('lists variables (destructured too), functions, classes, types and imports, but not inner names', () => {
    const names = topLevelNames(
      [
        "import aqDefault, { op as o } from 'arquero';",
        "import * as fs from 'node:fs';",
        'const { a, b: [c, ...d] } = x;',
        'let e = 1, f;',
        'function g() { const inner = 1; }',
        'class H {}',
        'interface I {}',
        'type J = number;',
        'enum K { A }',
        'namespace L {}',
        'for (const notTopLevel of []) {}',
      ].join('\n'),
    );
    assert.deepEqual(names.declared, ['aqDefault', 'o', 'fs', 'a', 'c', 'd', 'e', 'f', 'g', 'H', 'I', 'J', 'K', 'L']);
    assert.deepEqual(names.exported, []);
  });

  it('knows the names a cell exports itself, and leaves out `declare global`', () => {
    const names = topLevelNames('export const x = 1;\nconst y = 2;\ndeclare global { var z: number }');
    assert.deepEqual(names.declared, ['x', 'y']);
    assert.deepEqual(names.exported, ['x']);
  });
});

describe('the notebook as a virtual program of cell files', () => {
  it('names each code cell after its place in the notebook, markdown counted, as the kernel\'s "Cell N"', () => {
    const files = cellFiles('/shop/sales.crmnb', [markdown('# Sales'), code('1'), code('2', 'javascript')]);
    assert.deepEqual(
      files.map((f) => [f.index, f.fileName]),
      [
        [1, '/shop/sales.crmnb.cell-2.ts'],
        [2, '/shop/sales.crmnb.cell-3.js'],
      ],
    );
    assert.equal(cellFileName('/shop/sales.crmnb', 0, 'typescript'), '/shop/sales.crmnb.cell-1.ts');
  });

  it("keeps each cell's text at the start of its file, so offsets in the file are offsets in the cell", () => {
    const source = 'const tx = await load("orders.csv")';
    const [file] = cellFiles('/shop/a.crmnb', [code(source)]);
    assert.equal(file.text.slice(0, file.sourceLength), source);
    assert.equal(file.sourceLength, source.length);
    assert.match(file.text.slice(source.length), /^\n;export \{ tx \};$/);
  });

  it('imports into a later cell the names earlier cells declared, from the cell that declared each', () => {
    const files = cellFiles('/shop/a.crmnb', [code('const tx = 1;'), markdown('text'), code('const r = tx + 1;'), code('r + tx')]);
    const last = files[2].text.slice(files[2].sourceLength);
    assert.match(last, /import \{ tx \} from "\.\/a\.crmnb\.cell-1";/);
    assert.match(last, /import \{ r \} from "\.\/a\.crmnb\.cell-3";/);
    assert.deepEqual(files[2].imported.sort(), ['r', 'tx']);
  });

  it('lets a later cell declare a name again (a re-run `const`): it imports only the names it does not declare, and later cells see the newest', () => {
    const files = cellFiles('/shop/a.crmnb', [code('const tx = 1;'), code('const tx = "again";'), code('tx')]);
    assert.doesNotMatch(files[1].text.slice(files[1].sourceLength), /import/);
    assert.match(files[2].text.slice(files[2].sourceLength), /import \{ tx \} from "\.\/a\.crmnb\.cell-2";/);
  });

  it('imports only the names a cell mentions, except into the cell being completed, which gets every visible name', () => {
    const cells = [code('const a = 1; const b = 2;'), code('a + 1')];
    const [, plain] = cellFiles('/shop/a.crmnb', cells);
    assert.match(plain.text.slice(plain.sourceLength), /import \{ a \} from/);
    const [, completing] = cellFiles('/shop/a.crmnb', cells, { completing: 1 });
    assert.match(completing.text.slice(completing.sourceLength), /import \{ a, b \} from/);
  });

  it('makes every cell a module (so top-level await is allowed), even one that declares nothing', () => {
    const [file] = cellFiles('/shop/a.crmnb', [code('await Promise.resolve(1)')]);
    assert.match(file.text, /export \{\};$/);
  });

  it('does not export again what a cell exports itself', () => {
    const [file] = cellFiles('/shop/a.crmnb', [code('export const x = 1; const y = 2;')]);
    assert.match(file.text.slice(file.sourceLength), /export \{ y \};$/);
  });
});

describe('positions in a cell', () => {
  it('turns an offset into a 1-based line and column', () => {
    assert.deepEqual(cellPosition('a\nbc', 0), { line: 1, column: 1 });
    assert.deepEqual(cellPosition('a\nbc', 3), { line: 2, column: 2 });
    assert.deepEqual(cellPosition('a\r\nbc', 4), { line: 2, column: 2 });
  });

  it('maps an offset past the cell (in the suffix) to the end of the cell', () => {
    assert.deepEqual(cellPosition('ab\ncd', 99), { line: 2, column: 3 });
  });
});
