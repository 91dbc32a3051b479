import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import * as crm from '../../../src/analytics/index';
import * as charts from '../../../src/charts/index';
import { countMarks, renderSvg } from './renderSvg';

describe('charts of issue 13 items 5 and 7', () => {
  it('npsByChart draws one point and one error bar per group with answers, without warnings', async () => {
    const responses = aq.table({ customerId: ['a', 'b', 'c', 'd'], score: [10, 9, 2, 10] });
    const customers = aq.table({ customerId: ['a', 'b', 'c', 'd'], segment: ['Champions', 'Champions', 'At Risk', 'At Risk'] });
    const { svg, warnings } = await renderSvg(charts.npsByChart(crm.npsBy(responses, { by: 'segment', customers })));
    assert.deepEqual(warnings, []);
    assert.equal(countMarks(svg, 'mark-symbol'), 2); // Champions, At Risk
  });

  it('customerTimeline draws one point per order of the card, without warnings', async () => {
    const tx = aq.table({
      customerId: ['a', 'a', 'a', 'b'],
      orderDate: ['2024-01-01', '2024-02-01', '2024-03-01', '2024-03-05'].map((d) => new Date(`${d}T00:00:00Z`)),
      amount: [10, 30, 20, 5],
    });
    const { svg, warnings } = await renderSvg(charts.customerTimeline(crm.customerCard(tx, 'a')));
    assert.deepEqual(warnings, []);
    assert.equal(countMarks(svg, 'mark-symbol'), 3);
  });
});
