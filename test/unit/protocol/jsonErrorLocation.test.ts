import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonErrorLocation } from '../../../src/protocol/jsonErrorLocation';

describe('jsonErrorLocation', () => {
  it('returns nothing for valid JSON', () => {
    for (const ok of ['{}', '[]', '{"a": [1, -2.5e3, "x\\"y", true, false, null]}', ' 3 ']) assert.equal(jsonErrorLocation(ok), undefined);
  });
  it('points at the first offending character', () => {
    assert.deepEqual(jsonErrorLocation('{\n  "a": ,\n}'), { line: 2, column: 8 });
    assert.deepEqual(jsonErrorLocation('{"a": 1,}'), { line: 1, column: 9 });
    assert.deepEqual(jsonErrorLocation('[1 2]'), { line: 1, column: 4 });
    assert.deepEqual(jsonErrorLocation('{"a": tru}'), { line: 1, column: 7 });
    assert.deepEqual(jsonErrorLocation('{"a": 1} x'), { line: 1, column: 10 });
    assert.deepEqual(jsonErrorLocation('{"a": "unterminated'), { line: 1, column: 20 });
  });
  it('agrees with JSON.parse on what is valid', () => {
    for (const t of ['{', '"\\u00e9"', '01', '[,]', '{"a":1}', 'nul']) {
      let valid = true;
      try {
        JSON.parse(t);
      } catch {
        valid = false;
      }
      assert.equal(jsonErrorLocation(t) === undefined, valid, t);
    }
  });
});
