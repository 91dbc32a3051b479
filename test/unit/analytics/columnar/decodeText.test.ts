import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectEncoding, isUtf8, toUtf8 } from '../../../../src/analytics/columnar/decodeText';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import { encodeGb18030 } from '../../io/gb18030';

const PIECES = ['C1001,2024-03-05,12.50\n', '客户', 'Müller', '€', '😀', 'é', ',', 'a', '订单编号'];

/** Seeded text of mixed ASCII runs and multi-byte characters, at every alignment. */
function mixedText(seed: number, parts: number): string {
  const rnd = seededRandom(seed);
  let s = '';
  for (let i = 0; i < parts; i++) s += PIECES[Math.floor(rnd() * PIECES.length)];
  return s;
}

describe('decodeText', () => {
  it('tells valid UTF-8 as the runtime’s strict decoder does, on long mixed text at every byte offset (#11)', () => {
    // Independent check: TextDecoder with fatal: true throws exactly on malformed UTF-8.
    const strict = (b: Uint8Array) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(b);
        return true;
      } catch {
        return false;
      }
    };
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = new TextEncoder().encode(mixedText(seed, 3000));
      for (const offset of [0, 1, 2, 3]) {
        const view = bytes.subarray(offset);
        // A cut multi-byte character at the start is malformed for both.
        assert.equal(isUtf8(view), strict(view), `seed ${seed}, offset ${offset}`);
      }
      const broken = bytes.slice();
      broken[Math.floor(broken.length / 2)] = 0xff;
      assert.equal(isUtf8(broken), false, `seed ${seed} with a 0xFF byte`);
    }
  });

  it('detects UTF-8, GB18030 and Windows-1252, and turns each into UTF-8', () => {
    const text = '订单编号,买家会员名\n1,张三\n'.repeat(200);
    assert.equal(detectEncoding('t', new TextEncoder().encode(text)), 'utf-8');
    const gb = encodeGb18030(text);
    assert.equal(detectEncoding('t', gb), 'gb18030');
    assert.equal(new TextDecoder().decode(toUtf8('t', gb).bytes), text);
    const latin = Uint8Array.from([...'Müller;Köln;12,50 €\n'].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
    assert.equal(detectEncoding('t', latin), 'windows-1252');
    assert.equal(new TextDecoder().decode(toUtf8('t', latin).bytes), 'Müller;Köln;12,50 €\n');
  });
});
