import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextCodes } from '../../../../src/protocol/grid/TextCodes';

// Reference: a Map from each text to the count of distinct texts before it.
function referenceCodes(texts: string[]) {
  const map = new Map<string, number>();
  return texts.map((t) => {
    if (!map.has(t)) map.set(t, map.size);
    return map.get(t)!;
  });
}

describe('TextCodes (protocol/grid/TextCodes): a code for each distinct text, in order of first appearance', () => {
  it('codes 50,000 texts with repeats as a Map would, growing its table as it goes', () => {
    let s = 5;
    const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const texts = Array.from({ length: 50_000 }, () => `C${Math.floor(rand() * 30_000)}`);
    const codes = new TextCodes();
    assert.deepEqual(
      texts.map((t) => codes.code(t)),
      referenceCodes(texts),
    );
    assert.deepEqual(codes.values, [...new Set(texts)]);
  });

  it('tells apart long texts that differ only in the middle (the hash reads only their ends)', () => {
    const long = (middle: string) => `${'a'.repeat(40)}${middle}${'z'.repeat(40)}`;
    const texts = ['x', 'y', 'z', 'x', 'y'].map(long).concat(long('x'));
    const codes = new TextCodes();
    assert.deepEqual(
      texts.map((t) => codes.code(t)),
      [0, 1, 2, 0, 1, 0],
    );
  });

  it('codes the empty text, Chinese text and texts with surrogate pairs like any other', () => {
    const texts = ['', '冠军客户', '😀', '', '冠军客户', '😁', '\u0000'];
    const codes = new TextCodes();
    assert.deepEqual(
      texts.map((t) => codes.code(t)),
      referenceCodes(texts),
    );
  });
});
