import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderReport, reportLabels } from '../../../src/report/index';
import type { NotebookFile } from '../../../src/protocol/index';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const table = {
  columns: [
    { name: 'customer', type: 'string' },
    { name: 'revenue', type: 'number' },
    { name: 'since', type: 'date' },
  ],
  rows: [
    [HOSTILE, 1234.5, '2024-01-05T00:00:00.000Z'],
    ['C2', 10, '2024-01-05T19:25:00.000Z'],
  ],
  totalRows: 5000,
};
const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: HOSTILE,
  width: 'container',
  data: {
    values: [
      { k: 'a', v: 1 },
      { k: HOSTILE, v: 2 },
      { k: 'c', v: 3 },
    ],
  },
  mark: 'bar',
  encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
};

const nb: NotebookFile = {
  version: 1,
  metadata: { title: 'Q4 review' },
  cells: [
    {
      kind: 'markdown',
      language: 'markdown',
      source: `# Overview\n\nNotes with <b>html</b> and ${HOSTILE}\n\n## Customers`,
      metadata: {},
      outputs: [],
    },
    {
      kind: 'code',
      language: 'typescript',
      source: `const secretSauce = "${HOSTILE}";`,
      metadata: {},
      outputs: [
        { items: [{ mime: 'application/vnd.code.notebook.stdout', data: `hello ${HOSTILE}\n` }] },
        {
          items: [
            { mime: 'application/vnd.crm-workbench.table+json', data: JSON.stringify(table) },
            { mime: 'text/html', data: HOSTILE },
            { mime: 'text/plain', data: 'table' },
          ],
        },
        {
          items: [
            { mime: 'application/vnd.vegalite.v6+json', data: JSON.stringify(spec) },
            { mime: 'text/plain', data: 'chart' },
          ],
        },
        { items: [{ mime: 'text/html', data: HOSTILE }] },
        {
          items: [
            {
              mime: 'application/vnd.code.notebook.error',
              data: JSON.stringify({
                name: 'Error',
                message: `Cell 2, line 1, column 1: ${HOSTILE}`,
                stack: 'Error: x\n    at Cell 2, line 1, column 1',
              }),
            },
          ],
        },
      ],
    },
  ],
};

describe('renderReport', () => {
  it('draws Vega-Lite charts as inline SVG with their marks, and needs no script', async () => {
    const html = await renderReport(nb);
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
    const bars = svg.match(/<g class="mark-rect role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/)![1].match(/<path/g)!.length;
    assert.equal(bars, 3);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/);
  });

  it('escapes a hostile value everywhere: markdown, code, console, tables, charts, errors, raw HTML outputs', async () => {
    const html = await renderReport(nb);
    assert.doesNotMatch(html, /<img src=x/);
    assert.doesNotMatch(html, /<script>alert/);
    assert.ok((html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g) ?? []).length >= 5);
    assert.doesNotMatch(html, /<b>html<\/b>/);
  });

  it('has a title, the date, a table of contents from headings, row counts and readable dates', async () => {
    const html = await renderReport(nb, { date: new Date('2024-12-31T10:00:00Z') });
    assert.match(html, /<title>Q4 review<\/title>/);
    assert.match(html, /Generated 2024-12-31 10:00 UTC/);
    assert.match(html, /<a href="#overview">Overview<\/a>.*<a href="#customers">Customers<\/a>/s);
    assert.match(html, /<h2 id="customers">/);
    assert.match(html, /Showing 2 of 5,000 rows/);
    // A calendar date reads the same in every time zone; a time of day reads in the local one.
    assert.match(html, /<td>01\/05\/2024<\/td>/);
    const local = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    assert.ok(html.includes(`<td>${local.format(new Date('2024-01-05T19:25:00.000Z'))}</td>`));
    assert.match(html, /<td class="num">1,234\.5<\/td>/);
  });

  it('shows money, percentages, counts and days as the analytics declared them, in the table’s language (#12)', async () => {
    const payload = (language: 'en' | 'zh-cn', currency: string) => ({
      columns: [
        { name: 'customerId', type: 'string' },
        { name: 'recency', type: 'number', format: 'days' },
        { name: 'frequency', type: 'number', format: 'count' },
        { name: 'monetary', type: 'number', format: 'money' },
        { name: 'share', type: 'number', format: 'percent' },
      ],
      rows: [['C1619', 12, 1234, 2612.7300000000005, 0.09545227386306847]],
      totalRows: 1,
      currency,
      language,
    });
    const notebook = (p: object): NotebookFile => ({
      version: 1,
      metadata: {},
      cells: [
        {
          kind: 'code',
          language: 'typescript',
          source: 'x',
          metadata: {},
          outputs: [{ items: [{ mime: 'application/vnd.crm-workbench.table+json', data: JSON.stringify(p) }] }],
        },
      ],
    });
    const html = await renderReport(notebook(payload('en', 'USD')));
    assert.match(
      html,
      /<td class="num">12 days<\/td><td class="num">1,234<\/td><td class="num">\$2,612\.73<\/td><td class="num">9\.5%<\/td>/,
    );
    const zh = await renderReport(notebook(payload('zh-cn', 'CNY')));
    assert.match(zh, /<td class="num">12 天<\/td><td class="num">1,234<\/td><td class="num">¥2,612\.73<\/td>/);
  });

  it('speaks Simplified Chinese with the Chinese labels', async () => {
    const html = await renderReport(nb, { labels: reportLabels('zh-cn') });
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /显示 5,000 行中的 2 行/);
    assert.match(html, /<strong>目录<\/strong>/);
  });

  it('leaves the code out with hideCode and keeps the results', async () => {
    const html = await renderReport(nb, { hideCode: true, title: 'For the accountant' });
    assert.doesNotMatch(html, /secretSauce/);
    assert.match(html, /<svg/);
    assert.match(html, /<title>For the accountant<\/title>/);
  });
});
