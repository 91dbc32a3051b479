import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TableColumn } from '../../../src/protocol/index';
import { gridWords } from '../../../src/renderer/gridWords';
import { valueWithCode } from '../../../src/renderer/cellText';

const CJK = /[\u4e00-\u9fff]/;
const stage: TableColumn = { name: 'stage', type: 'string', format: 'label' };

describe('the grid’s tooltip words for a column’s kind (#15)', () => {
  it('has a word for every value format and type in both languages, the category codes included', () => {
    const en = gridWords('en').types;
    const zh = gridWords('zh-cn').types;
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [kind, word] of Object.entries(zh)) assert.match(word, CJK, kind);
    assert.equal(en.label, 'category');
    assert.equal(zh.label, '类别');
  });

  it('lists a category value in Chinese with the code a cell filters on beside it, English as it is', () => {
    assert.equal(valueWithCode('active', stage, { language: 'zh-cn' }), '活跃 (active)');
    assert.equal(valueWithCode('active', stage, { language: 'en' }), 'active');
    assert.equal(valueWithCode('冠军客户', stage, { language: 'zh-cn' }), '冠军客户');
    assert.equal(valueWithCode('active', { name: 'note', type: 'string' }, { language: 'zh-cn' }), 'active');
  });
});
