import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as crm from '../../../src/analytics/index';
import type { ActionRule, LifecycleStage, SentimentScore } from '../../../src/analytics/index';
import { CATEGORY_LABELS_ZH_CN, categoryLabel, formatTableCell, formatValue } from '../../../src/protocol/index';
import { tx } from '../analytics/fixtures';

/** Every category value the analytics' result types allow (a new one without its Chinese fails the type check). */
type AnalyticsCategory =
  LifecycleStage | SentimentScore['label'] | ActionRule | 'promoter' | 'passive' | 'detractor' | 'gone' | '(not a customer)';
const everyCategory: Readonly<Record<AnalyticsCategory, string>> = CATEGORY_LABELS_ZH_CN;

const CJK = /[\u4e00-\u9fff]/;

describe('the analytics’ category values read in the display language, and stay codes in the data (#15)', () => {
  it('has Chinese words for every category the analytics write', () => {
    for (const [code, zh] of Object.entries(everyCategory)) assert.match(zh, CJK, code);
  });

  it('shows a code in Chinese through the label format, and in English as it is', () => {
    assert.equal(formatValue('at risk', 'label', { language: 'zh-cn' }), '有流失风险');
    assert.equal(formatValue('at risk', 'label', { language: 'en' }), 'at risk');
    assert.equal(categoryLabel('冠军客户', 'zh-cn'), '冠军客户');
    assert.equal(categoryLabel('constructor', 'zh-cn'), 'constructor');
    assert.equal(formatValue('(not a customer)', 'label', { language: 'zh-cn' }), '（非客户）');
    assert.equal(formatTableCell('positive', { name: 'label', type: 'string', format: 'label' }, { language: 'zh-cn' }), '正面');
  });

  it('keeps the English codes in the tables, so a notebook written in English filters the same in a Chinese VS Code', () => {
    const orders = tx([
      ['a', '2024-01-05', 10],
      ['a', '2024-06-05', 10],
      ['b', '2024-01-10', 20],
    ]);
    const stages = crm.lifecycle(orders, { asOf: '2024-12-31' }).array('stage') as string[];
    assert.ok(
      stages.every((s) => s in CATEGORY_LABELS_ZH_CN && !CJK.test(s)),
      stages.join(', '),
    );
    const labels = crm.sentiment(['great tea', 'terrible', '']).array('label');
    assert.deepEqual(labels, ['positive', 'negative', 'not scored']);
  });
});
