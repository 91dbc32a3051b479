/** Displays of the actions topic: campaign ROI with its funnel, lift tests, segment migration and the action list. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { customerCardMarkdown } from './customerCardMarkdown';
import { count, display, type DisplaysOf, fmt, money, pct, summary, sumOf } from './display';

export const actionsDisplays = {
  campaign: display(analytics.campaign, (r, [input]) => [
    summary([
      `**ROI ${fmt(r.roi)}%** on profit (gross profit ${money(r.grossProfit)}), **ROAS ${fmt(r.roas, 2)}**`,
      '',
      `response rate ${fmt(r.responseRate, 2)}% · conversion ${fmt(r.conversionRate, 2)}% of responders ` +
        `(${fmt(r.contactConversionRate, 2)}% of contacts)`,
    ]),
    charts.campaignFunnel(input, r),
  ]),
  liftTest: display(analytics.liftTest, (r) => [
    summary([
      `**Lift ${r.lift === null ? '—' : pct(r.lift)}** (${pct(r.treatmentRate, 2)} vs ${pct(r.controlRate, 2)}), ` +
        `${fmt(r.incrementalConversions)} incremental conversions; z = ${fmt(r.z, 3)}, p = ${fmt(r.p, 4)}` +
        ` — ${r.significant ? 'significant' : 'not significant'} at 5%`,
    ]),
  ]),
  segmentMigration: display(analytics.segmentMigration, (r) => {
    const c = r.counts;
    return [
      summary([
        `**${r.summary}**`,
        '',
        `${count(c.customers)} customers: ${c.stayed} stayed · ${c.moved} moved · ${c.new} new · ${c.gone} gone`,
      ]),
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
  if (!n) return [summary(['**No customer needs an action** under the current rules and thresholds'])];
  const value = sumOf(t.array('valueAtRisk'));
  const rules = new Map<string, number>();
  for (const r of Array.from(t.array('rule') as ArrayLike<string>)) rules.set(r, (rules.get(r) ?? 0) + 1);
  const due = Math.min(...Array.from(t.array('dueBy') as ArrayLike<Date>, (d) => d.getTime()));
  return [
    summary([
      `**${count(n)} customer${n === 1 ? '' : 's'} to contact**, ${money(value)} at stake (most valuable first)`,
      '',
      `${[...rules].map(([r, k]) => `${r} ${k}`).join(' · ')} · first due ${new Date(due).toISOString().slice(0, 10)} · ` +
        `save it with \`await save(list, 'actions.xlsx')\``,
    ]),
    t,
  ];
}
