import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGE_ENV } from '../../../../src/protocol/index';
import { savedLink } from '../../../../src/kernel/save/savedLink';

const before = process.env[LANGUAGE_ENV];

describe('the line a finished save() shows', () => {
  afterEach(() => {
    if (before === undefined) delete process.env[LANGUAGE_ENV];
    else process.env[LANGUAGE_ENV] = before;
  });

  it('links the saved file in English, as before', () => {
    process.env[LANGUAGE_ENV] = 'en';
    assert.deepEqual(savedLink({ path: '/nb/out/a.csv', rows: 2001 }, '/nb'), {
      'text/markdown': 'Saved 2,001 rows to [out/a.csv](file:///nb/out/a.csv)',
      'text/plain': 'Saved 2,001 rows to /nb/out/a.csv',
    });
    assert.equal(savedLink({ path: '/nb/one.csv', rows: 1 }, '/nb')['text/plain'], 'Saved 1 row to /nb/one.csv');
  });

  it('says it in Chinese in a Chinese VS Code (#15)', () => {
    process.env[LANGUAGE_ENV] = 'zh-cn';
    assert.deepEqual(savedLink({ path: '/nb/out/a.csv', rows: 2001 }, '/nb'), {
      'text/markdown': '已将 2,001 行保存到 [out/a.csv](file:///nb/out/a.csv)',
      'text/plain': '已将 2,001 行保存到 /nb/out/a.csv',
    });
  });
});
