import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeUnitRanks, collatedRanks, rowsByRank } from '../../../../src/protocol/grid/textRanks';

describe('textRanks (protocol/grid/textRanks): ranks of distinct texts and rows sorted by them', () => {
  it('ranks by collation with numbers compared as numbers ("C2" before "C10"), or by code units ("C10" before "C2" before "b")', () => {
    const texts = ['C10', 'C2', 'b'];
    assert.deepEqual(Array.from(collatedRanks(texts)), [2, 1, 0]);
    assert.deepEqual(Array.from(codeUnitRanks(texts)), [0, 1, 2]);
  });

  it('sorts rows by rank with ties in table order and missing rows last, marking equal neighbours', () => {
    const sorted = rowsByRank(Float64Array.of(1, NaN, 0, 1, -1, 1), Uint32Array.of(0, 1));
    assert.deepEqual(Array.from(sorted.order), [2, 0, 3, 5, 1, 4]);
    assert.deepEqual(Array.from(sorted.same), [0, 0, 1, 1, 0, 0]);
    assert.equal(sorted.present, 4);
  });
});
