import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { KERNEL_TEXT } from '../../../../src/kernel/text/index';

const CJK = /[\u4e00-\u9fff]/;
/** Entries whose Chinese is rightly the same as the English (a metric's own name). */
const SAME_IN_BOTH = new Set(['summaries.auc', 'summaries.card.clv', 'summaries.npsByGroup']);

/** Each entry of a catalogue as text: strings as they are, functions called with a marker per argument. */
function entries(node: unknown, at: string, out: Map<string, { text: string; args: string[] }>) {
  if (typeof node === 'string') out.set(at, { text: node, args: [] });
  else if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, (_, i) => `«${i}»`);
    out.set(at, { text: String((node as (...a: string[]) => unknown)(...args)), args });
  } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) entries(v, at ? `${at}.${k}` : k, out);
}

describe('the kernel’s message catalogue (src/kernel/text)', () => {
  const en = new Map<string, { text: string; args: string[] }>();
  const zh = new Map<string, { text: string; args: string[] }>();
  entries(KERNEL_TEXT.en, '', en);
  entries(KERNEL_TEXT['zh-cn'], '', zh);

  it('has a non-empty Simplified Chinese entry for every English one, written in Chinese', () => {
    assert.ok(en.size > 100, `${en.size} entries`);
    assert.deepEqual(
      [...en.keys()].filter((k) => !zh.has(k)),
      [],
    );
    assert.deepEqual(
      [...zh.keys()].filter((k) => !en.has(k)),
      [],
    );
    const notChinese = [...zh].filter(([k, v]) => !v.text.trim() || (!CJK.test(v.text) && !SAME_IN_BOTH.has(k))).map(([k]) => k);
    assert.deepEqual(notChinese, []);
  });

  it('keeps every value the English shows in the Chinese (nothing lost in translation)', () => {
    const lost: string[] = [];
    for (const [key, { text, args }] of en) {
      const cn = zh.get(key)!.text;
      for (const a of args) if (text.includes(a) && !cn.includes(a)) lost.push(`${key} ${a}`);
    }
    assert.deepEqual(lost, []);
  });
});

/** Lines of src/kernel that hold user-facing English outside the catalogue. */
function englishLiterals(dir: string): string[] {
  const found: string[] = [];
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!file.endsWith('.ts') || file.startsWith('text')) continue;
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\*|\/\/|\/\*\*|import )/.test(line)) return;
      // A message of the error helper, a summary line, or an error's message given as a literal of English words.
      const literal = /(?:kernelError\([^,]+,\s*|summary\(\[\s*|super\(|new \w*Error\()(['`])[^'`]*[A-Za-z]{2,} [a-z]{2,}/;
      // A Markdown summary written inline: bold English words.
      const bold = /['`]\*\*[A-Za-z][a-z]+ [a-z]/;
      if (literal.test(line) || bold.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('user-facing words of the kernel go through the catalogue', () => {
  it('has no error message or summary written as an English literal in src/kernel (outside src/kernel/text)', () => {
    assert.deepEqual(englishLiterals('src/kernel'), []);
  });
});
