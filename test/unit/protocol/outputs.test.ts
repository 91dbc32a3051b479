import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendStream, type CellOutput } from '../../../src/protocol/index';

describe('appendStream', () => {
  it('joins consecutive text of one stream into one output, as Jupyter does', () => {
    const outs: CellOutput[] = [];
    appendStream(outs, 'stdout', 'a\n');
    appendStream(outs, 'stdout', 'b\n');
    appendStream(outs, 'stderr', 'warn\n');
    appendStream(outs, 'stdout', 'c\n');
    assert.deepEqual(
      outs.map((o) => o.items.map((i) => [i.mime.split('.').pop(), i.data])),
      [[['stdout', 'a\nb\n']], [['stderr', 'warn\n']], [['stdout', 'c\n']]],
    );
  });
});
