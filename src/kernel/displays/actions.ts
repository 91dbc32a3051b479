/** Displays of the actions topic: campaign ROI with its funnel, lift tests, segment migration and the action list. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { categoryLabel } from '../../protocol/index';
import { kernelLanguage } from '../displayLanguage';
import { summaries } from '../text/index';
import { customerCardMarkdown } from './customerCardMarkdown';
import { count, display, type DisplaysOf, fmt, money, pct, summary, sumOf } from './display';

export const actionsDisplays = {
  campaign: display(analytics.campaign, (r, [input]) => [
    summary([
      summaries().campaign(fmt(r.roi), money(r.grossProfit), fmt(r.roas, 2)),
      '',
      summaries().campaignRates(fmt(r.responseRate, 2), fmt(r.conversionRate, 2), fmt(r.contactConversionRate, 2)),
    ]),
    charts.campaignFunnel(input, r),
  ]),
  liftTest: display(analytics.liftTest, (r) => [
    summary([
      summaries().lift(
        r.lift === null ? '—' : pct(r.lift),
        pct(r.treatmentRate, 2),
        pct(r.controlRate, 2),
        fmt(r.incrementalConversions),
        fmt(r.z, 3),
        fmt(r.p, 4),
        r.significant,
      ),
    ]),
  ]),
  segmentMigration: display(analytics.segmentMigration, (r) => {
    const c = r.counts;
    return [
      summary([`**${r.summary}**`, '', summaries().migration(count(c.customers), c.stayed, c.moved, c.new, c.gone)]),
      charts.migrationHeatmap(r),
      r.movers,
    ];
  }),
  actionList: display(analytics.actionList, (t) => actionListParts(t)),
  customerCard: display(analytics.customerCard, (card) => [summary(customerCardMarkdown(card)), charts.customerTimeline(card)]),
} satisfies DisplaysOf<'campaign' | 'liftTest' | 'segmentMigration' | 'actionList' | 'customerCard'>;

/** "12 customers to contact, 8,410 at stake", the count per rule, the earliest due date, then the list. */
function actionListParts(t: ReturnType<typeof analytics.actionList>) {
  const n = t.numRows();
  const say = summaries();
  if (!n) return [summary([say.noActions])];
  const value = sumOf(t.array('valueAtRisk'));
  const rules = new Map<string, number>();
  for (const r of Array.from(t.array('rule') as ArrayLike<string>)) rules.set(r, (rules.get(r) ?? 0) + 1);
  const due = Math.min(...Array.from(t.array('dueBy') as ArrayLike<Date>, (d) => d.getTime()));
  return [
    summary([
      say.actions(n, count(n), money(value)),
      '',
      say.actionsDetail(
        [...rules].map(([r, k]) => `${categoryLabel(r, kernelLanguage())} ${k}`).join(' · '),
        new Date(due).toISOString().slice(0, 10),
      ),
    ]),
    t,
  ];
}
