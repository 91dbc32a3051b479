import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runsInOrder } from '../../../../src/protocol/grid/runsInOrder';

// Rows 0..5 with values b, a, b, –, a, – (– missing): sorted ascending, ties in table order.
const sorted = Uint32Array.of(1, 4, 0, 2, 3, 5);
const same = Uint8Array.of(0, 1, 0, 1, 0, 0);
const present = 4;

describe('runsInOrder (protocol/grid/runsInOrder): a sort by one column from its sorted rows', () => {
  it('gives the rows as they are ascending, and runs of equal values in their own order descending', () => {
    assert.deepEqual(Array.from(runsInOrder(sorted, same, present, false)), [1, 4, 0, 2, 3, 5]);
    assert.deepEqual(Array.from(runsInOrder(sorted, same, present, true)), [0, 2, 1, 4, 3, 5]);
  });

  it('orders each run, and the missing rows, as the next columns sort them', () => {
    const then = Uint32Array.of(5, 4, 3, 2, 1, 0); // the rows sorted by the next column: table order reversed
    assert.deepEqual(Array.from(runsInOrder(sorted, same, present, false, then)), [4, 1, 2, 0, 5, 3]);
    assert.deepEqual(Array.from(runsInOrder(sorted, same, present, true, then)), [2, 0, 4, 1, 5, 3]);
  });

  it('takes many missing rows in the order of the next columns', () => {
    const n = 100;
    const rows = Uint32Array.from({ length: n }, (_, i) => i); // row 0 has a value, rows 1–99 are missing
    const then = Uint32Array.from({ length: n }, (_, i) => n - 1 - i);
    assert.deepEqual(Array.from(runsInOrder(rows, new Uint8Array(n), 1, false, then)), [0, ...Array.from(then).filter((r) => r !== 0)]);
  });
});
