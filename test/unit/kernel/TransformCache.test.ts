import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TransformCache } from '../../../src/kernel/TransformCache';

describe('TransformCache', () => {
  it('returns the same transform for the same source and language', async () => {
    const c = new TransformCache(2);
    const a = await c.get('1 + 1', 'typescript', 'a.ts');
    assert.equal(await c.get('1 + 1', 'typescript', 'b.ts'), a);
    assert.notEqual(await c.get('1 + 1', 'javascript', 'c.js'), a);
  });

  it('forgets the least recently used entry beyond its capacity', async () => {
    const c = new TransformCache(2);
    const one = await c.get('1', 'typescript', 'a.ts');
    await c.get('2', 'typescript', 'a.ts');
    await c.get('1', 'typescript', 'a.ts'); // touch 1
    await c.get('3', 'typescript', 'a.ts'); // evicts 2
    assert.equal(await c.get('1', 'typescript', 'a.ts'), one);
  });

  it('does not keep failed transforms', async () => {
    const c = new TransformCache(2);
    await assert.rejects(c.get('const = ;', 'typescript', 'a.ts'));
    await assert.rejects(c.get('const = ;', 'typescript', 'a.ts'));
  });
});
