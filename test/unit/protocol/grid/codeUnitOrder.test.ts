import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeUnitOrder } from '../../../../src/protocol/grid/codeUnitOrder';

// Reference: Array#sort (stable) comparing with `<`, the code-unit order Arquero's orderby gives texts.
const referenceOrder = (texts: string[], order: number[]) =>
  [...order].sort((a, b) => (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));

function seededRandom(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const distinct = (texts: string[]) => [...new Set(texts)];
/** Sorted from table order and from a shuffled order, as the reference sorts them. */
function agrees(texts: string[]) {
  const rand = seededRandom(texts.length);
  const table = texts.map((_, i) => i);
  const shuffled = [...table];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  for (const order of [table, shuffled]) {
    const same = new Uint8Array(order.length);
    const expected = referenceOrder(texts, order);
    assert.deepEqual(Array.from(codeUnitOrder(Object.freeze(texts), Uint32Array.from(order), same)), expected);
    assert.deepEqual(
      Array.from(same),
      expected.map((t, i) => (i > 0 && texts[t] === texts[expected[i - 1]] ? 1 : 0)),
      'equal neighbours marked',
    );
  }
}

describe('codeUnitOrder (protocol/grid/codeUnitOrder): a stable sort of texts in code-unit order', () => {
  it('sorts 200,000 shuffled customer ids like C0012345 as a comparison sort does', () => {
    agrees(Array.from({ length: 200_000 }, (_, i) => 'C' + String((i * 7919) % 200_000).padStart(7, '0')));
  });

  it('sorts e-mail addresses that share a prefix longer than one pass reads, and texts that are prefixes of others', () => {
    const rand = seededRandom(3);
    const prefix = 'customer.number.of.the.shop.in.hangzhou.'; // 40 characters: more than one pass reads (32)
    const texts = Array.from({ length: 20_000 }, () => `${prefix}${Math.floor(rand() * 1e6)}@example.com`);
    texts.push(prefix, `${prefix}1`, `${prefix}12`, 'customer', '');
    agrees(distinct(texts));
  });

  it('sorts Chinese names, emoji (surrogate pairs) and accented letters by their UTF-16 code units', () => {
    const rand = seededRandom(7);
    const parts = ['王', '李', '张', '小', '明', '红', '😀', '😃', 'é', 'e', 'Z', 'a', '\uffff', '\u0000'];
    const texts = Array.from({ length: 30_000 }, () => {
      const n = 1 + Math.floor(rand() * 6);
      return Array.from({ length: n }, () => parts[Math.floor(rand() * parts.length)]).join('');
    });
    agrees(distinct(texts));
  });

  it('sorts texts over thousands of different characters, whose digits overflow 32 bits within a pass', () => {
    const rand = seededRandom(11);
    const texts = Array.from({ length: 20_000 }, () =>
      String.fromCharCode(...Array.from({ length: 5 + Math.floor(rand() * 20) }, () => 0x4e00 + Math.floor(rand() * 20_000))),
    );
    agrees(distinct(texts));
  });

  it('sorts product names that repeat on many rows and differ only at their ends', () => {
    const rand = seededRandom(19);
    const words = ['Organic', 'Green', 'Tea', 'Gift', 'Box', 'Ceramic', 'Cup', 'Jasmine', 'Pu-erh', 'Loose', 'Leaf'];
    const names = Array.from(
      { length: 300 },
      (_, i) => `${words[i % 11]} ${words[(i * 7) % 11]} ${words[(i * 3) % 11]} ${words[(i * 5) % 11]} ${i % 3}`,
    );
    agrees(Array.from({ length: 20_000 }, () => names[Math.floor(rand() * rand() * names.length)]));
  });

  it('sorts long texts that differ only after their first 40 characters, across several passes', () => {
    const rand = seededRandom(13);
    const texts = Array.from({ length: 5_000 }, () => 'x'.repeat(40) + Math.floor(rand() * 1e9).toString(36));
    agrees(distinct(texts));
  });

  it('keeps equal texts in the order it was given, also for long equal texts and runs longer than one counting pass', () => {
    const rand = seededRandom(17);
    const long = 'y'.repeat(30);
    agrees(Array.from({ length: 30_000 }, () => ['a', 'b', long, long + 'z', ''][Math.floor(rand() * 5)] + (rand() < 0.5 ? '' : 'q')));
  });

  it('sorts none, one and a few texts', () => {
    agrees([]);
    agrees(['only']);
    agrees(['b', 'C10', 'C2', 'C1', 'c', '']);
  });
});
