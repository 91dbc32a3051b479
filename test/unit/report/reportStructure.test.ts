/**
 * Partner-ready reports (issue 15): "with code" or "results only", cells left out with
 * `report: false`, chart-building code folded, a first-page summary read from the outputs, print
 * pages, and charts whose marks carry links.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderReport, reportLabels } from '../../../src/report/index';
import { reportSummary } from '../../../src/report/reportSummary';
import { safeHref, vegaLiteToSvg } from '../../../src/report/vegaToSvg';
import type { CellOutput, NotebookFile } from '../../../src/protocol/index';

const HOSTILE = '<img src=x onerror=alert(1)>';
const table = (columns: string[], rows: unknown[][], totalRows = rows.length): CellOutput => ({
  items: [
    {
      mime: 'application/vnd.crm-workbench.table+json',
      data: JSON.stringify({ columns: columns.map((name) => ({ name, type: 'string' })), rows, totalRows }),
    },
  ],
});
const markdown = (text: string): CellOutput => ({
  items: [
    { mime: 'text/markdown', data: text },
    { mime: 'text/plain', data: text },
  ],
});
const chartSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: { values: [{ k: 'a', v: 1 }] },
  mark: 'bar',
  encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
};
const chart: CellOutput = { items: [{ mime: 'application/vnd.vegalite.v6+json', data: JSON.stringify(chartSpec) }] };
const code = (source: string, outputs: CellOutput[], metadata = {}) => ({
  kind: 'code' as const,
  language: 'typescript' as const,
  source,
  metadata,
  outputs,
});
const text = (source: string, metadata = {}) => ({
  kind: 'markdown' as const,
  language: 'markdown' as const,
  source,
  metadata,
  outputs: [],
});

const nb: NotebookFile = {
  version: 1,
  metadata: { title: 'Shop review' },
  cells: [
    text('# Shop review\n\nWhat happened this quarter.'),
    text('Run it with **Run All** (housekeeping).', { report: false }),
    code("const tx = crm.prepareTransactions(await load('orders.csv')).table", [
      markdown('**Transactions: kept 9 of 10 rows**\n\n- dropped 1'),
    ]),
    text('## Segments'),
    code('crm.segmentSummary(scores)', [
      markdown('**RFM scores for 1,234 customers** — segments'),
      table(
        ['segment', 'customers', 'revenue', 'revenueShare'],
        [
          ['Champions', 10, 500, 0.5],
          [HOSTILE, 300, 100, 0.1],
          ['Loyal Customers', 20, 400, 0.4],
          ['Lost', 900, 2, 0.0002],
        ],
      ),
    ]),
    code("({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', mark: 'bar' })", [chart]),
    text('## What to do this week'),
    code('crm.actionList(tx)', [
      markdown('**12 customers to contact**, 8,410 at stake'),
      table(
        ['customerId', 'reason', 'action', 'dueBy'],
        [
          ['C1', 'Detractor (score 3) with an order 2 days ago', 'Call', '2025-01-02T00:00:00.000Z'],
          ['C2', HOSTILE, 'Write', '2025-01-07T00:00:00.000Z'],
        ],
        12,
      ),
    ]),
  ],
};

describe('reportSummary: the first page, read from the outputs', () => {
  it('takes the bold first line of each analysis summary with its section, skipping the data-loading cells', () => {
    const s = reportSummary(nb);
    assert.deepEqual(s.figures, [
      { section: 'Segments', markdown: '**RFM scores for 1,234 customers** — segments' },
      { section: 'What to do this week', markdown: '**12 customers to contact**, 8,410 at stake' },
    ]);
  });

  it('lists the three segments with the most revenue, and how many customers the action list holds', () => {
    const s = reportSummary(nb);
    assert.deepEqual(
      s.segments.map((x) => [x.segment, x.revenue]),
      [
        ['Champions', 500],
        ['Loyal Customers', 400],
        [HOSTILE, 100],
      ],
    );
    assert.equal(s.actions?.total, 12);
    assert.deepEqual(
      s.actions?.rows.map((r) => r.customer),
      ['C1', 'C2'],
    );
  });

  it('is empty for a notebook without summaries, segments or actions, and the report then has no summary page', async () => {
    const plain: NotebookFile = { version: 1, metadata: {}, cells: [code('1 + 1', [{ items: [{ mime: 'text/plain', data: '2' }] }])] };
    assert.deepEqual(reportSummary(plain), { figures: [], segments: [], actions: null });
    assert.doesNotMatch(await renderReport(plain), /class="summary"/);
  });
});

describe('renderReport for a partner', () => {
  it('puts the summary first, escaped, with formatted figures', async () => {
    const html = await renderReport(nb, { date: new Date('2025-01-01T00:00:00Z') });
    const summary = html.slice(html.indexOf('<section class="summary">'), html.indexOf('</section>', html.indexOf('class="summary"')));
    assert.ok(html.indexOf('class="summary"') < html.indexOf('<main>'), 'before the body');
    assert.match(summary, /<strong>RFM scores for 1,234 customers<\/strong>/);
    assert.match(summary, /12 customers to contact; the first 2:/);
    assert.match(summary, /<td class="num">500\.00 \(50\.0%\)<\/td>/);
    assert.doesNotMatch(summary, /<img src=x/);
    assert.match(summary, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('speaks Chinese on the summary page with Chinese labels', async () => {
    const html = await renderReport(nb, { labels: reportLabels('zh-cn') });
    assert.match(html, /<h2>摘要<\/h2>/);
    assert.match(html, /需要联系 12 位客户；前 2 位：/);
  });

  it('leaves out the cells marked report: false, with code and results only', async () => {
    for (const hideCode of [false, true]) {
      const html = await renderReport(nb, { hideCode });
      assert.doesNotMatch(html, /housekeeping/);
      assert.match(html, /What happened this quarter/);
    }
  });

  it('results only: no code, every chart kept; with code: the code of a chart-only cell is folded away', async () => {
    const results = await renderReport(nb, { hideCode: true });
    assert.doesNotMatch(results, /<pre class="code">|crm\.segmentSummary|\$schema/);
    assert.equal((results.match(/<figure class="chart">/g) ?? []).length, 1);
    const withCode = await renderReport(nb, { hideCode: false });
    assert.match(withCode, /<details class="chart-code"><summary>Chart code<\/summary><pre class="code"><code>\(\{ \$schema/);
    assert.match(withCode, /<pre class="code"><code>crm\.segmentSummary\(scores\)<\/code><\/pre>/);
    assert.equal((withCode.match(/<figure class="chart">/g) ?? []).length, 1);
  });

  it('prints on A4 and Letter with a page break after the summary and before each chapter (h1/h2)', async () => {
    const html = await renderReport(nb);
    assert.match(html, /@page \{ margin: 16mm 14mm 18mm; \}/);
    assert.match(html, /section\.summary \{ break-after: page;/);
    assert.match(html, /main > section\.chapter ~ section\.chapter \{ break-before: page; \}/);
    assert.equal((html.match(/<section class="cell markdown chapter">/g) ?? []).length, 3);
  });
});

describe('charts with links (href encodings), issue 15', () => {
  const linked = (links: string[]) => ({
    ...chartSpec,
    data: { values: links.map((u, i) => ({ k: `k${i}`, v: i + 1, u })) },
    encoding: { ...chartSpec.encoding, href: { field: 'u' } },
  });

  it('keeps http(s) links and draws the marks of any other link without one', async () => {
    const svg = await vegaLiteToSvg(
      linked([
        'https://example.com/a?q=1&x=<b>',
        'javascript:alert(1)',
        ' JAVASCRIPT:alert(2)',
        'data:text/html,<script>alert(3)</script>',
        '/relative',
      ]),
    );
    assert.match(svg, /<a xlink:href="https:\/\/example\.com\/a\?q=1&amp;x=%3Cb%3E">/);
    // Only the http(s) link is a link; the others stay as text in the bars' labels (escaped).
    assert.deepEqual(svg.match(/href="[^"]*"/g), ['href="https://example.com/a?q=1&amp;x=%3Cb%3E"']);
    assert.equal((svg.match(/<a>/g) ?? []).length, 4);
    assert.doesNotMatch(svg, /<script/i);
    assert.equal((svg.match(/<path/g) ?? []).length >= 5, true, 'all five bars are drawn');
  });

  it('renders a report of a notebook whose chart has a hostile link instead of crashing', async () => {
    const hostile: NotebookFile = {
      version: 1,
      metadata: {},
      cells: [
        code('chart', [
          { items: [{ mime: 'application/vnd.vegalite.v6+json', data: JSON.stringify(linked(['javascript:alert(document.cookie)'])) }] },
        ]),
      ],
    };
    const html = await renderReport(hostile);
    assert.match(html, /<figure class="chart"><svg/);
    assert.doesNotMatch(html, /href="javascript:/i);
    assert.doesNotMatch(html, /<a xlink:href/);
  });

  it('safeHref accepts only absolute http and https URLs', () => {
    assert.equal(safeHref('https://shop.example/p/1'), 'https://shop.example/p/1');
    assert.equal(safeHref('HTTP://shop.example'), 'http://shop.example/');
    for (const bad of ['javascript:alert(1)', 'vbscript:x', 'data:text/html,x', '//evil.example', 'file:///etc/passwd', '', null, 42])
      assert.equal(safeHref(bad), null, String(bad));
  });
});
