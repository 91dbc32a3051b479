import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CLI_TEXT } from '../../../src/cli/cliText';
import { cliLanguage } from '../../../src/cli/cliLanguage';

const CJK = /[\u4e00-\u9fff]/;
const cli = path.resolve('dist/cli.js');

/** Each entry of a catalogue as text: strings as they are, functions called with a marker per argument. */
function entries(node: unknown, at: string, out: Map<string, { text: string; args: string[] }>) {
  if (typeof node === 'string') out.set(at, { text: node, args: [] });
  else if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, (_, i) => `«${i}»`);
    out.set(at, { text: String((node as (...a: string[]) => unknown)(...args)), args });
  } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) entries(v, at ? `${at}.${k}` : k, out);
}

describe('the CLI speaks Simplified Chinese (issue 15 item 4)', () => {
  it('has a Chinese entry, written in Chinese, for every English one, keeping every value', () => {
    const en = new Map<string, { text: string; args: string[] }>();
    const zh = new Map<string, { text: string; args: string[] }>();
    entries(CLI_TEXT.en, '', en);
    entries(CLI_TEXT['zh-cn'], '', zh);
    assert.ok(en.size > 40, `${en.size} entries`);
    assert.deepEqual(
      [...en.keys()].filter((k) => !zh.get(k)?.text.trim() || !CJK.test(zh.get(k)!.text)),
      [],
    );
    const lost = [...en].flatMap(([k, { text, args }]) =>
      args.filter((a) => text.includes(a) && !zh.get(k)!.text.includes(a)).map((a) => `${k} ${a}`),
    );
    assert.deepEqual(lost, []);
  });

  it('takes the language from --lang, else CRM_WORKBENCH_LANGUAGE, LANGUAGE, LC_ALL, LC_MESSAGES, LANG', () => {
    assert.equal(cliLanguage('zh-cn', { LANG: 'en_US.UTF-8' }), 'zh-cn');
    assert.equal(cliLanguage('en', { LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(cliLanguage(undefined, { LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(cliLanguage(undefined, { LANGUAGE: 'zh_CN:en', LANG: 'en_US.UTF-8' }), 'zh-cn');
    assert.equal(cliLanguage(undefined, { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'zh-cn', 'C means no language');
    assert.equal(cliLanguage(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(cliLanguage(undefined, { CRM_WORKBENCH_LANGUAGE: 'zh-cn', LANG: 'en_US' }), 'zh-cn');
    assert.equal(cliLanguage(undefined, {}), 'en');
    assert.throws(() => cliLanguage('fr', {}), /--lang must be en or zh-cn \(not fr\)/);
  });

  it('prints metrics, exclusions and help in Chinese with --lang zh-cn or LANG=zh_CN.UTF-8', () => {
    const file = path.resolve('samples/data/orders.csv');
    const flag = spawnSync(process.execPath, [cli, 'metrics', file, '--lang', 'zh-cn'], { encoding: 'utf8' });
    assert.equal(flag.status, 0, flag.stderr);
    assert.match(flag.stdout, /orders\.csv: 订单\n {2}收入 /);
    assert.match(flag.stdout, /排除：缺少客户编号 2/);
    assert.match(flag.stdout, /冠军客户 \d+/);
    const env = { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '', CRM_WORKBENCH_LANGUAGE: '' };
    const help = spawnSync(process.execPath, [cli, 'help'], { encoding: 'utf8', env });
    assert.match(help.stdout, /^用法：/);
    const bad = spawnSync(process.execPath, [cli, 'frobnicate'], { encoding: 'utf8', env });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /未知命令 "frobnicate"/);
  });

  it('writes no user-facing English literal outside the catalogue (errors and console output of src/cli)', () => {
    const found: string[] = [];
    for (const file of readdirSync('src/cli').filter((f) => f.endsWith('.ts') && !f.startsWith('cliText'))) {
      readFileSync(`src/cli/${file}`, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/(UsageError\(|console\.(log|error)\(|stderr\.write\()\s*(['`])[^'`]*[A-Za-z]{2,} [a-z]{2,}/.test(line))
            found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(found, []);
  });
});
