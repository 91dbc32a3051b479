/** Displays of the baskets topic: association rules and their chart. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { count, display, type DisplaysOf, summary } from './display';

export const basketsDisplays = {
  apriori: display(analytics.apriori, (r) => [
    summary([`**${r.rules.numRows()} rules** from ${r.itemsets.numRows()} frequent itemsets in ${count(r.baskets)} baskets`]),
    r.rules,
    ...(r.rules.numRows() ? [charts.rulesChart(r)] : []),
  ]),
} satisfies DisplaysOf<'apriori'>;
