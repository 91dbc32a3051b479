/** Displays of the baskets topic: association rules and their chart. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { summaries } from '../text/index';
import { count, display, type DisplaysOf, summary } from './display';

export const basketsDisplays = {
  apriori: display(analytics.apriori, (r) => [
    summary([summaries().apriori(r.rules.numRows(), r.itemsets.numRows(), count(r.baskets))]),
    r.rules,
    ...(r.rules.numRows() ? [charts.rulesChart(r)] : []),
  ]),
} satisfies DisplaysOf<'apriori'>;
