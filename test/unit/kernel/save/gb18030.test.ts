import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { encodeGb18030 } from '../../../../src/kernel/save/gb18030';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('GB18030 encoder', () => {
  it('encodes 中文 as D6D0 CEC4 (GB 2312 codes, kept by GB18030)', () => {
    assert.equal(hex(encodeGb18030('中文 ok')), 'd6d0cec4206f6b');
  });

  it('encodes four-byte codes: ¥ U+00A5 is 81 30 84 36, 😀 U+1F600 is 94 39 FC 36 (WHATWG pointer arithmetic)', () => {
    // ¥: pointer 36 of the ranges (0x80 → 0, U+00A5 is 37 code points on, minus U+00A4 which has a two-byte code).
    assert.equal(hex(encodeGb18030('¥')), '81308436');
    // 😀: pointer 189000 + 0xF600 = 251976 → 0x81+19, 0x30+9, 0x81+123, 0x30+6.
    assert.equal(hex(encodeGb18030('😀')), '9439fc36');
  });

  it('round-trips through Node’s own GB18030 decoder for every kind of character', () => {
    const s = '客户 Ånström € ¥ 😀 ÿ \uFFFD 한국어 العربية';
    assert.equal(new TextDecoder('gb18030').decode(encodeGb18030(s)), s);
  });
});
