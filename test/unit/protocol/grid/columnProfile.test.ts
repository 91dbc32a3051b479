import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { columnData, columnProfile } from '../../../../src/protocol/index';
import { TextColumn } from '../../../../src/protocol/grid/TextColumn';

// Reference: every distinct value counted in a Map, then sorted by count (largest first), ties
// in order of first appearance, the way the profile names them.
function referenceTop(values: (string | null)[], top: number) {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count], i) => ({ value, count, i }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .slice(0, top)
    .map(({ value, count }) => ({ value, count }));
}

describe('columnProfile (protocol/grid/columnProfile): text columns', () => {
  let s = 11;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  // 30,000 rows: a few frequent values with ties, many rare ones, some missing.
  const values = Array.from({ length: 30_000 }, () => {
    const x = rand();
    return x < 0.05 ? null : x < 0.5 ? `v${Math.floor(rand() * 8)}` : `id${Math.floor(rand() * 20_000)}`;
  });
  const column = columnData('v', 'string', values.length, (r) => values[r]);

  it('names the most frequent values, largest first, ties in order of first appearance', () => {
    for (const top of [1, 5, 12, 40]) assert.deepEqual(columnProfile(column, { top }).top, referenceTop(values, top), `top ${top}`);
  });

  it('counts the distinct and missing values over all rows', () => {
    const p = columnProfile(column);
    assert.equal(p.distinct, new Set(values.filter((v) => v !== null)).size);
    assert.equal(p.missing, values.filter((v) => v === null).length);
  });

  it('gives no top values when asked for none, and none for a column of missing values', () => {
    assert.deepEqual(columnProfile(column, { top: 0 }).top, []);
    const empty = columnProfile(columnData('e', 'string', 3, () => null));
    assert.deepEqual([empty.distinct, empty.missing, empty.top], [0, 3, []]);
  });

  it('profiles a column of ids (mostly distinct) from its rows sorted by text, as counting every value gives it', () => {
    const ids = Array.from({ length: 30_000 }, (_, i) => (i % 37 === 3 ? null : `u${(i * 7919) % 29_000}`)); // 1,000 ids twice
    ids[29_999] = 'u-late'; // a value first seen in the last row
    const sorting = columnData('id', 'string', ids.length, (r) => ids[r]);
    assert.ok(sorting instanceof TextColumn && sorting.byRows, 'this column is profiled by sorting');
    const p = columnProfile(sorting, { top: 12 });
    assert.deepEqual(p.top, referenceTop(ids, 12));
    assert.equal(p.distinct, new Set(ids.filter((v) => v !== null)).size);
    assert.equal(p.missing, ids.filter((v) => v === null).length);
    const coded = columnData('id', 'string', ids.length, (r) => ids[r]);
    assert.equal(coded.keys.length, ids.length); // codes built first: the profile counts them
    assert.deepEqual(columnProfile(coded, { top: 12 }), p);
  });
});
