import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { DISPLAY_SYMBOL, formatDisplay } from '../../../src/kernel/formatDisplay';

const mimes = (v: unknown) => formatDisplay(v, 100).map((o) => o.items.map((i) => i.mime));

describe('formatDisplay', () => {
  it('shows an Arquero table as the table MIME type with schema, first rows and total, plus HTML and text', () => {
    const t = aq.table({
      id: Array.from({ length: 250 }, (_, i) => `c${i}`),
      amount: Array.from({ length: 250 }, (_, i) => i / 2),
      at: Array.from({ length: 250 }, () => new Date('2024-01-02T00:00:00Z')),
    });
    const [out] = formatDisplay(t, 100);
    assert.deepEqual(
      out.items.map((i) => i.mime),
      ['application/vnd.crm-workbench.table+json', 'text/html', 'text/plain'],
    );
    const payload = JSON.parse(out.items[0].data);
    assert.deepEqual(payload.columns, [
      { name: 'id', type: 'string' },
      { name: 'amount', type: 'number' },
      { name: 'at', type: 'date' },
    ]);
    assert.equal(payload.rows.length, 100);
    assert.equal(payload.totalRows, 250);
    assert.deepEqual(payload.rows[3], ['c3', 1.5, '2024-01-02T00:00:00.000Z']);
    assert.match(out.items[2].data, /\(250 rows × 3 columns\)/);
  });

  it('shows the rows of a filtered or sorted table, not the rows underneath it', () => {
    const t = aq.table({ id: ['a', 'b', 'c', 'd'], amount: [5, 50, 7, 70] });
    const rows = (v: unknown) => JSON.parse(formatDisplay(v, 10)[0].items[0].data).rows;
    assert.deepEqual(rows(t.filter((d: { amount: number }) => d.amount > 10)), [
      ['b', 50],
      ['d', 70],
    ]);
    assert.deepEqual(rows(t.orderby(aq.desc('amount'))), [
      ['d', 70],
      ['b', 50],
      ['c', 7],
      ['a', 5],
    ]);
  });

  it('escapes every value in the HTML fallback', () => {
    const t = aq.table({ name: ['<img src=x onerror=alert(1)>'], note: ['"quoted" & <b>'] });
    const html = formatDisplay(t, 100)[0].items[1].data;
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /&quot;quoted&quot; &amp; &lt;b&gt;/);
  });

  it('shows a Vega-Lite spec under the MIME type of its schema version', () => {
    const v5 = { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', data: { values: [] }, mark: 'bar' };
    const v6 = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', data: { values: [] }, mark: 'line', title: 'Revenue' };
    assert.deepEqual(mimes(v5), [['application/vnd.vegalite.v5+json', 'text/plain']]);
    assert.deepEqual(mimes(v6), [['application/vnd.vegalite.v6+json', 'text/plain']]);
    assert.equal(formatDisplay(v6, 100)[0].items[1].data, 'Vega-Lite chart "Revenue" (line)');
  });

  it('recognises a spec without $schema by its mark or composition and data', () => {
    assert.deepEqual(mimes({ data: { values: [] }, layer: [] }), [['application/vnd.vegalite.v6+json', 'text/plain']]);
    assert.deepEqual(mimes({ mark: 'bar' }), [['application/json', 'text/plain']]);
  });

  it('lets a result show itself through the crm.display hook', () => {
    const result = {
      [DISPLAY_SYMBOL]: () => [
        { 'text/markdown': '**NPS 30**', 'text/plain': 'NPS 30' },
        { data: { values: [] }, mark: 'bar' },
      ],
    };
    assert.deepEqual(mimes(result), [
      ['text/markdown', 'text/plain'],
      ['application/vnd.vegalite.v6+json', 'text/plain'],
    ]);
  });

  it('shows plain objects and arrays as JSON with a text fallback, other values as text', () => {
    assert.deepEqual(mimes({ a: 1 }), [['application/json', 'text/plain']]);
    assert.deepEqual(mimes([1, 2]), [['application/json', 'text/plain']]);
    assert.deepEqual(formatDisplay('hi', 100)[0].items, [{ mime: 'text/plain', data: 'hi' }]);
    assert.deepEqual(formatDisplay(new Map([[1, 2]]), 100)[0].items, [{ mime: 'text/plain', data: 'Map(1) { 1 => 2 }' }]);
  });

  it('shows a figure on its own rounded for reading, in the display language, and leaves small whole numbers and NaN as they are', () => {
    const shown = (v: unknown, language: 'en' | 'zh-cn' = 'en') =>
      formatDisplay(v, 100, { language, currency: undefined })[0].items[0].data;
    assert.equal(shown(3790.786769412), '3,790.79'); // crm.dcfClv in the Chinese sample; its narrative says 3,790.79
    assert.equal(shown(6.72509960159), '6.73');
    assert.equal(shown(0.000123456), '0.000123');
    assert.equal(shown(1234567, 'zh-cn'), '1,234,567');
    assert.equal(shown(2024), '2024');
    assert.equal(shown(NaN), 'NaN');
  });

  it('falls back to text for objects JSON cannot write', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    assert.deepEqual(mimes(cyclic), [['text/plain']]);
  });
});
