import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TopList } from '../../../../src/protocol/grid/TopList';

// Reference: a stable Array#sort of everything offered, cut to the size.
const reference = (xs: number[], size: number) => [...xs].sort((a, b) => Math.floor(b) - Math.floor(a)).slice(0, size);

describe('TopList (protocol/grid/TopList): the best few of items offered one at a time', () => {
  it('keeps the largest, best first, an equal one after the one kept before it (as a stable sort does)', () => {
    let s = 3;
    const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
    // Ties on the whole part; the fraction tells offers apart.
    const xs = Array.from({ length: 5_000 }, (_, i) => Math.floor(rand() * 40) + i / 10_000);
    for (const size of [0, 1, 5, 12, 60]) {
      const t = new TopList<number>(size, (a, b) => Math.floor(a) > Math.floor(b));
      xs.forEach((x) => t.offer(x));
      assert.deepEqual(t.items, reference(xs, size), `size ${size}`);
    }
  });
});
