/** Displays of the data topic: a prepared export shows its data-quality report, then its table. */
import * as analytics from '../../analytics/index';
import { kernelLanguage } from '../displayLanguage';
import { summaries } from '../text/index';
import { count, display, type DisplaysOf, money, notes, summary } from './display';

function reportSummary(
  r: analytics.PreparedTransactions | analytics.PreparedResponses,
  what: 'transactions' | 'responses',
): Record<string, string> {
  const rep = r.report;
  const say = summaries();
  const lines = [say.kept(say[what], count(rep.rowsKept), count(rep.rowsRead)), ''];
  lines.push(
    say.columns(
      Object.entries(rep.mapping)
        .map(([k, v]) => `\`${k}\` ← "${v}"`)
        .join(', '),
    ),
  );
  for (const [reason, n] of Object.entries(rep.droppedByReason)) {
    const example = rep.dropped.find((d) => d.reason === reason);
    lines.push(say.dropped(n, analytics.dropReasonText(reason, kernelLanguage()), String(example?.row)));
  }
  if ('refunds' in rep && rep.refunds && rep.refunds.count) {
    const { refunds } = rep;
    lines.push(say.refunds(refunds.count, money(refunds.total), refunds.kept));
  }
  lines.push(...notes(rep.warnings));
  return summary(lines);
}

export const dataDisplays = {
  prepareTransactions: display(analytics.prepareTransactions, (r) => [reportSummary(r, 'transactions'), r.table]),
  prepareResponses: display(analytics.prepareResponses, (r) => [reportSummary(r, 'responses'), r.table]),
} satisfies DisplaysOf<'prepareTransactions' | 'prepareResponses'>;
