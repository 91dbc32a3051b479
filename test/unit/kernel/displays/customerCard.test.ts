import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import * as analytics from '../../../../src/analytics/index';
import { formatDisplay } from '../../../../src/kernel/formatDisplay';
import { withDisplays } from '../../../../src/kernel/displays/index';
import { renderReport } from '../../../../src/report/index';
import type { NotebookFile } from '../../../../src/protocol/index';

const crm = withDisplays(analytics);
const HOSTILE = '<img src=x onerror=alert(1)>';
// B: one order of 40 on 2024-02-01; the data ends 2024-03-25 (C's last order) → 53 days since the last order.
const tx = analytics.prepareTransactions(
  aq.table({
    orderId: ['o1', 'o2', 'o3'],
    customerId: ['A', 'B', 'C'],
    orderDate: ['2024-01-10', '2024-02-01', '2024-03-25'],
    amount: [100, 40, 20],
    email: ['ann@example.com', 'bob@example.com', 'cy@example.com'],
    'Billing Name': ['Ann Lee', HOSTILE, 'Cy'],
  }),
);
const responses = aq.table({
  respondentId: ['B'],
  score: [3],
  date: [new Date('2024-02-05T00:00:00Z')],
  comment: ['<script>x</script> *late*'],
});

describe('a customer card shows itself in a cell and in the report', () => {
  const outs = formatDisplay(crm.customerCard(tx, 'B', { responses }), 100);
  const md = outs[0].items[0].data;

  it('shows the card as Markdown, then the order timeline', () => {
    assert.deepEqual(
      outs.map((o) => o.items[0].mime),
      ['text/markdown', 'application/vnd.vegalite.v6+json'],
    );
    assert.match(md, /^### Customer B — /);
    assert.match(
      md,
      /\*\*1 order\*\*, revenue \*\*40\.00\*\*, average order 40\.00 · first 2024-02-01 · last 2024-02-01 · \*\*53 days\*\*/,
    );
    assert.match(md, /- 2024-02-05, score 3: “/);
  });

  it('keeps names and comments that look like HTML as text, in the cell and in the HTML report', async () => {
    assert.doesNotMatch(md, /(^|[^\\])<(img|script)/); // every < comes backslash-escaped
    const nb: NotebookFile = {
      version: 1,
      metadata: { title: 'Card' },
      cells: [{ kind: 'code', language: 'typescript', source: "crm.customerCard(tx, 'B')", metadata: {}, outputs: [outs[0]] }],
    };
    const html = await renderReport(nb, { date: new Date('2024-04-01T00:00:00Z') });
    assert.ok(!html.includes('<img src=x'), 'no live <img> in the report');
    assert.ok(!html.includes('<script>x'), 'no live <script> in the report');
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /&lt;script&gt;x&lt;\/script&gt; \*late\*/);
  });
});
