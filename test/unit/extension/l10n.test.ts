import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const sources = readdirSync('src/extension', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(path.join('src/extension', f), 'utf8'));
const messages = new Set(
  sources.flatMap((s) => [...s.matchAll(/\b(?:l10n\.)?t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"))),
);

describe('translations', () => {
  it('translate every runtime message of the extension into Simplified Chinese (l10n/bundle.l10n.zh-cn.json)', () => {
    const zh = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
    assert.ok(messages.size > 40);
    const missing = [...messages].filter((m) => !zh[m]);
    assert.deepEqual(missing, []);
    for (const [en, cn] of Object.entries(zh))
      assert.deepEqual(cn.match(/\{\d\}/g)?.sort(), en.match(/\{\d\}/g)?.sort(), `placeholders of "${en}"`);
  });

  it('translate every contribution of package.json (package.nls.zh-cn.json has every key of package.nls.json)', () => {
    const en = JSON.parse(readFileSync('package.nls.json', 'utf8'));
    const zh = JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8'));
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const pkg = readFileSync('package.json', 'utf8');
    for (const key of pkg.match(/%[\w.]+%/g) ?? []) assert.ok(key.slice(1, -1) in en, `${key} is in package.nls.json`);
  });
});
