import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideWrite, freeName } from '../../../src/extension/writeRule';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('no silent overwrite (issue 13)', () => {
  it('writes a missing file, opens an identical one, and asks before replacing a changed one', () => {
    assert.equal(decideWrite(undefined, bytes('nb')), 'write');
    assert.equal(decideWrite(bytes('nb'), bytes('nb')), 'same');
    assert.equal(decideWrite(bytes('nb edited'), bytes('nb')), 'ask');
    assert.equal(decideWrite(bytes('nX'), bytes('nb')), 'ask');
  });

  it('saves as new under the first free "name (n).ext"', () => {
    const taken = new Set(['/d/a.csv.analysis (2).crmnb']);
    assert.equal(
      freeName('/d/a.csv.analysis.crmnb', (p) => taken.has(p)),
      '/d/a.csv.analysis (3).crmnb',
    );
  });
});
