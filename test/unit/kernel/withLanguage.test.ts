import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as analytics from '../../../src/analytics/index';
import { LANGUAGE_ARGUMENTS, withLanguage, withLanguageArgument } from '../../../src/kernel/withLanguage';
import { tx } from '../analytics/fixtures';

const orders = tx([
  ['a', '2024-01-05', 100],
  ['a', '2024-02-05', 50],
  ['b', '2024-01-10', 20],
  ['c', '2024-03-01', 5],
]);
const CJK = /[\u4e00-\u9fff]/;

/**
 * Exported analytics functions that take a `language` (as a parameter or in their options type,
 * its own or one it extends or aliases), read from the source.
 */
function functionsWithLanguage(): string[] {
  const sources = readdirSync('src/analytics', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join('src/analytics', f), 'utf8'));
  const interfaces = sources.flatMap((s) => [...s.matchAll(/interface (\w+)(?: extends (\w+))? \{([\s\S]*?)\n\}/g)]);
  const aliases = sources.flatMap((s) => [...s.matchAll(/type (\w+) = (\w+);/g)]);
  const optionTypes = interfaces.filter((m) => /^\s*language\??:/m.test(m[3])).map((m) => m[1]);
  for (let grown = true; grown;) {
    const more = [...interfaces.map((m) => [m[1], m[2]]), ...aliases.map((m) => [m[1], m[2]])]
      .filter(([name, base]) => base && optionTypes.includes(base) && !optionTypes.includes(name))
      .map(([name]) => name);
    optionTypes.push(...more);
    grown = more.length > 0;
  }
  return sources
    .flatMap((s) => [...s.matchAll(/export function (\w+)(?:<[^>]*>)?\(([\s\S]*?)\)(?::[^{]*)?\{/g)])
    .filter(([, , params]) => /\blanguage\b/.test(params) || optionTypes.some((t) => new RegExp(`\\b${t}\\b`).test(params)))
    .map(([, name]) => name)
    .filter((name) => name in analytics)
    .sort();
}

describe('the kernel’s crm speaks the display language by default', () => {
  it('lists every analytics function that takes a language (LANGUAGE_ARGUMENTS)', () => {
    assert.deepEqual(Object.keys(LANGUAGE_ARGUMENTS).sort(), functionsWithLanguage());
  });

  it('fills in the language a cell left out, and keeps one it gave', () => {
    const at1 = { index: 1, as: 'option' } as const;
    assert.deepEqual(withLanguageArgument([orders], at1, 'zh-cn')[1], { language: 'zh-cn' });
    assert.deepEqual(withLanguageArgument([orders, { bins: 3 }], at1, 'zh-cn')[1], { bins: 3, language: 'zh-cn' });
    assert.deepEqual(withLanguageArgument([orders, { language: 'en' }], at1, 'zh-cn')[1], { language: 'en' });
    assert.deepEqual(withLanguageArgument([], { index: 0, as: 'argument' }, 'zh-cn'), ['zh-cn']);
    assert.deepEqual(withLanguageArgument(['en'], { index: 0, as: 'argument' }, 'zh-cn'), ['en']);
  });

  it('names RFM segments and actions in Chinese in a Chinese kernel, in English when the cell asks', () => {
    const zh = withLanguage({ ...analytics }, 'zh-cn');
    const names = new Set(zh.rfm(orders).array('segment') as string[]);
    assert.ok(
      [...names].every((n) => CJK.test(n)),
      [...names].join(', '),
    );
    assert.ok((zh.rfm(orders, { language: 'en' }).array('segment') as string[]).every((n) => !CJK.test(n)));
    assert.ok((zh.segmentActions().array('action') as string[]).every((a) => CJK.test(a)));
    assert.equal(zh.segmentName('Champions'), '冠军客户');
    assert.equal(withLanguage({ ...analytics }, 'en').segmentName('Champions'), 'Champions');
  });
});
