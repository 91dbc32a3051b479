import { describe, it } from 'node:test';
import { readFileSync, readdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import {
  DROP_REASON_TEXT,
  SEGMENTS,
  SEGMENT_NAMES_ZH,
  dropReasonText,
  prepareTransactions,
  segmentActions,
} from '../../../../src/analytics/index';

const CJK = /[\u4e00-\u9fff]/;

describe('the analytics’ words in Simplified Chinese (issue 15 item 4)', () => {
  it('gives every drop reason of the data-quality report a Chinese text ("丢弃 2 行：缺少客户编号", not "missing id")', () => {
    for (const [reason, text] of Object.entries(DROP_REASON_TEXT)) {
      assert.equal(text.en, reason);
      assert.match(text['zh-cn'], CJK, reason);
    }
    assert.equal(dropReasonText('missing id', 'zh-cn'), '缺少客户编号');
    assert.equal(dropReasonText('missing id'), 'missing id');
    assert.equal(dropReasonText('something new', 'zh-cn'), 'something new');
  });

  it('lists every reason the row checks write (the reasons in the source are the catalogue’s keys)', () => {
    const written = new Set<string>();
    for (const f of readdirSync('src/analytics/data').filter((f) => f.endsWith('.ts'))) {
      const s = readFileSync(`src/analytics/data/${f}`, 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '');
      for (const m of s.matchAll(/reason: '([^']+)'/g)) written.add(m[1]);
    }
    assert.ok(written.size >= 8);
    assert.deepEqual(
      [...written].filter((r) => !(r in DROP_REASON_TEXT)),
      [],
    );
  });

  it('names every RFM segment and its action in Chinese', () => {
    for (const s of SEGMENTS) assert.match(SEGMENT_NAMES_ZH[s], CJK, s);
    for (const row of segmentActions('zh-cn').objects() as Record<string, string>[])
      for (const [k, v] of Object.entries(row)) assert.match(v, CJK, `${row.segment} ${k}`);
  });
});

describe('data-quality warnings in Simplified Chinese (prepareTransactions and quickMetrics { language: "zh-cn" })', () => {
  const rows = [
    { customer: 'a', date: '2024-01-01', amount: '5', status: '交易成功' },
    { customer: 'b', date: '2024-01-02', amount: '7', status: '交易关闭' },
    { customer: 'c', date: '2024-01-03', amount: '9', status: '等待买家付款' },
  ];
  const mapping = { customerId: 'customer', orderDate: 'date', amount: 'amount', status: 'status' };

  it('writes the status exclusions in Chinese, with the same counts as in English', () => {
    const en = prepareTransactions(rows, mapping).report.warnings;
    const zh = prepareTransactions(rows, mapping, { language: 'zh-cn' }).report.warnings;
    assert.equal(zh.length, en.length);
    assert.ok(en.length > 0, 'the statuses give a warning');
    for (const w of zh) assert.match(w, CJK);
    assert.doesNotMatch(zh.join(' '), /not counted|awaiting payment|closed \d/);
    assert.match(zh.join(' '), /未计入已付款收入/);
  });
});
