import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import * as analytics from '../../../../src/analytics/index';
import { formatDisplay } from '../../../../src/kernel/formatDisplay';
import { withDisplays } from '../../../../src/kernel/displays/index';

const crm = withDisplays(analytics);
const seg = (pairs: [string, string][]) => aq.table({ customerId: pairs.map((p) => p[0]), segment: pairs.map((p) => p[1]) });

describe('results of issue 13 that show themselves in a cell', () => {
  it('shows a segment migration as its sentence, a heatmap and the movers', () => {
    const m = crm.segmentMigration(
      seg([
        ['a', 'Champions'],
        ['b', 'Champions'],
      ]),
      seg([
        ['a', 'At Risk'],
        ['b', 'Champions'],
      ]),
    );
    const outs = formatDisplay(m, 100);
    assert.deepEqual(
      outs.map((o) => o.items[0].mime),
      ['text/markdown', 'application/vnd.vegalite.v6+json', 'application/vnd.crm-workbench.table+json'],
    );
    assert.match(outs[0].items[0].data, /^\*\*1 customer left Champions; they are now At Risk\*\*/);
  });

  it('shows an action list as a count with the value at stake, then the list itself', () => {
    const orders = aq.table({ customerId: ['a'], orderDate: [new Date('2024-01-01T00:00:00Z')], amount: [40] });
    const outs = formatDisplay(crm.actionList(orders, { asOf: '2024-02-05' }), 100);
    assert.deepEqual(
      outs.map((o) => o.items[0].mime),
      ['text/markdown', 'application/vnd.crm-workbench.table+json'],
    );
    assert.match(outs[0].items[0].data, /^\*\*1 customer to contact\*\*, 40\.00 at stake/);
  });
});
