import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as aq from 'arquero';
import { pseudonymize } from '../../../../src/analytics/index';
import { hex, hmacSha256, sha256, utf8Bytes } from '../../../../src/analytics/actions/sha256';

const bytes = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));

describe('SHA-256 and HMAC-SHA-256 in plain TypeScript', () => {
  it('matches the FIPS 180-2 examples (appendix B: "abc", the 448-bit message, a million a’s)', () => {
    assert.equal(hex(sha256(utf8Bytes('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      hex(sha256(utf8Bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    assert.equal(hex(sha256(new Uint8Array(1_000_000).fill(0x61))), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('matches RFC 4231 test cases 1, 2 and 6 (the last with a key longer than a block)', () => {
    assert.equal(
      hex(hmacSha256(new Uint8Array(20).fill(0x0b), utf8Bytes('Hi There'))),
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    assert.equal(
      hex(hmacSha256(utf8Bytes('Jefe'), utf8Bytes('what do ya want for nothing?'))),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    assert.equal(
      hex(hmacSha256(new Uint8Array(131).fill(0xaa), utf8Bytes('Test Using Larger Than Block-Size Key - Hash Key First'))),
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
    assert.deepEqual(hmacSha256(bytes('0102030405'), utf8Bytes('x')).length, 32);
  });

  it('encodes UTF-8 as Node does (an independent check with Buffer)', () => {
    const s = '李雷 Ånström 😀';
    assert.deepEqual(Buffer.from(utf8Bytes(s)), Buffer.from(s, 'utf8'));
  });
});

describe('pseudonymize', () => {
  const key = 'shop secret 2024';
  const orders = aq.table({ email: ['ann@x.org', 'li@x.org', 'ann@x.org', null], amount: [10, 20, 30, 40] });
  const survey = aq.table({ email: ['li@x.org', 'ann@x.org'], score: [9, 3] });

  it('replaces values by the first 16 hex characters of HMAC-SHA-256(key, value), as Node’s crypto computes it', () => {
    const t = pseudonymize(orders, ['email'], { key });
    assert.equal(t.get('email', 0), createHmac('sha256', key).update('ann@x.org').digest('hex').slice(0, 16));
    assert.equal(t.get('email', 3), null);
    assert.deepEqual(t.array('amount'), orders.array('amount'));
    assert.equal(orders.get('email', 0), 'ann@x.org', 'the input is not changed');
  });

  it('gives the same code across tables for the same key, so joins still work', () => {
    const a = pseudonymize(orders, ['email'], { key });
    const b = pseudonymize(survey, ['email'], { key });
    assert.equal(a.get('email', 0), a.get('email', 2));
    assert.equal(b.get('email', 1), a.get('email', 0));
    assert.equal(b.get('email', 0), a.get('email', 1));
  });

  it('gives different codes for another key', () => {
    const a = pseudonymize(orders, ['email'], { key });
    const b = pseudonymize(orders, ['email'], { key: 'another secret' });
    assert.notEqual(a.get('email', 0), b.get('email', 0));
  });

  it('ignores case when asked, and names a missing key or column', () => {
    const t = pseudonymize(aq.table({ email: ['Ann@X.org', 'ann@x.org'] }), ['email'], { key, ignoreCase: true });
    assert.equal(t.get('email', 0), t.get('email', 1));
    assert.throws(
      () => pseudonymize(orders, ['email'], { key: 'short' }),
      /^AnalyticsError: pseudonymize: needs \{ key \} of at least 8 characters/,
    );
    assert.throws(() => pseudonymize(orders, ['phone'], { key }), /pseudonymize: missing column "phone"/);
  });
});
