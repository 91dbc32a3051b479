import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import * as analytics from '../../../../src/analytics/index';
import { formatDisplay } from '../../../../src/kernel/formatDisplay';
import { withDisplays } from '../../../../src/kernel/displays/index';

const crm = withDisplays(analytics);

describe('NPS per group shows itself in a cell', () => {
  // Champions a–d answer 10, 10, 9, 5: 3 promoters, 1 detractor of 4 → NPS (3 − 1) / 4 = 50.
  // At Risk e–g answer 2, 3, 10: 1 promoter, 2 detractors of 3 → NPS (1 − 2) / 3 = −33.3, shown as −33.
  const responses = aq.table({ customerId: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], score: [10, 10, 9, 5, 2, 3, 10] });
  const customers = aq.table({
    customerId: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    segment: ['Champions', 'Champions', 'Champions', 'Champions', 'At Risk', 'At Risk', 'At Risk'],
  });

  it('says the first group against the last with their margins of error, then the table and an error-bar chart', () => {
    const outs = formatDisplay(crm.npsBy(responses, { by: 'segment', customers }), 100);
    assert.deepEqual(
      outs.map((o) => o.items[0].mime),
      ['text/markdown', 'application/vnd.crm-workbench.table+json', 'application/vnd.vegalite.v6+json'],
    );
    assert.match(outs[0].items[0].data, /^\*\*Champions NPS 50\*\* ± \d+ vs \*\*At Risk NPS -33\*\* ± \d+ \(2 groups/);
    const spec = JSON.parse(outs[2].items[0].data) as { data: { values: { group: string }[] } };
    assert.deepEqual(
      spec.data.values.map((v) => v.group),
      ['Champions', 'At Risk'],
    );
  });

  it('keeps a group name that looks like HTML as text', () => {
    const t = aq.table({ plan: ['<img src=x onerror=alert(1)>', 'Pro'], score: [10, 0] });
    const outs = formatDisplay(crm.npsBy(t, 'plan'), 100);
    assert.doesNotMatch(outs[0].items[0].data, /(^|[^\\])<img/); // every < comes backslash-escaped
    assert.match(outs[0].items[0].data, /\\<img src\\=x onerror\\=alert\\\(1\\\)\\>/);
  });
});
