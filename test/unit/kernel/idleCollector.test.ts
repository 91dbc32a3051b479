import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IdleCollector } from '../../../src/kernel/idleCollector';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A collector with a heap the test sets, and a count of collections. */
function fake() {
  const state = { heap: 0, collections: 0 };
  const collector = new IdleCollector({
    idleMs: 20,
    growthBytes: 100,
    heapUsed: () => state.heap,
    collect: () => {
      state.collections++;
      state.heap = 10;
    },
  });
  return { state, collector };
}

describe('IdleCollector (kernel): garbage collected while the kernel is idle, not during a sort', () => {
  it('collects once the kernel stayed idle after a cell that grew the heap enough', async () => {
    const { state, collector } = fake();
    collector.busy();
    state.heap = 500;
    collector.idle();
    assert.equal(state.collections, 0, 'not at once');
    await wait(60);
    assert.equal(state.collections, 1);
  });

  it('waits while a cell or a grid question runs, and starts the quiet time again after it', async () => {
    const { state, collector } = fake();
    collector.busy();
    state.heap = 500;
    collector.idle();
    await wait(5);
    collector.busy(); // a grid question arrives before the quiet time is over
    await wait(60);
    assert.equal(state.collections, 0);
    collector.idle();
    await wait(60);
    assert.equal(state.collections, 1);
  });

  it('does not collect when the heap grew less than the threshold since the last collection', async () => {
    const { state, collector } = fake();
    collector.busy();
    state.heap = 50;
    collector.idle();
    await wait(60);
    assert.equal(state.collections, 0);
  });

  it('takes V8’s collector without giving cells a gc global', () => {
    assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined');
    new IdleCollector();
    assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined');
  });
});
