import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { tableSource } from '../../../../src/kernel/grid/tableSource';
import { GridData, type TableColumn } from '../../../../src/protocol/index';

const columns: TableColumn[] = [
  { name: 'id', type: 'string' },
  { name: 'amount', type: 'number' },
];
const base = aq.table({ id: ['a', 'b', 'c', 'd', 'e'], amount: Float64Array.of(5, NaN, 3, 9, 1) });

describe('an Arquero table as the grid reads it (kernel/grid/tableSource)', () => {
  it('reads a plain table in its order, and number keys from its Float64Array', () => {
    const s = tableSource(base, columns);
    assert.deepEqual(
      Array.from({ length: 5 }, (_, r) => s.read(0, r)),
      ['a', 'b', 'c', 'd', 'e'],
    );
    assert.deepEqual(Array.from(s.numberKeys!(1)!), [5, NaN, 3, 9, 1]);
    assert.deepEqual(s.values!(0), ['a', 'b', 'c', 'd', 'e'], 'the text column as the array it is');
  });

  it('reads a filtered, ordered table as it stands (reference: Arquero objects())', () => {
    const t = base.filter((d: { amount: number }) => d.amount > 1).orderby(aq.desc('amount'));
    const s = tableSource(t, columns);
    const expected = t.objects() as { id: string; amount: number }[];
    assert.deepEqual(
      Array.from({ length: t.numRows() }, (_, r) => [s.read(0, r), s.read(1, r)]),
      expected.map((o) => [o.id, o.amount]),
    );
    assert.deepEqual(Array.from(s.numberKeys!(1)!), [9, 5, 3]);
    assert.equal(s.values!(0), undefined, 'no array in the order of a filtered, ordered table');
    const grid = new GridData(s);
    assert.deepEqual(grid.page({ sort: [{ column: 'amount', descending: false }], filters: [] }, 0, 10).rowNumbers, [2, 1, 0]);
  });
});
