/** Displays of the data topic: a prepared export shows its data-quality report, then its table. */
import * as analytics from '../../analytics/index';
import { count, display, type DisplaysOf, money, summary } from './display';

function reportSummary(r: analytics.PreparedTransactions | analytics.PreparedResponses, what: string): Record<string, string> {
  const rep = r.report;
  const lines = [`**${what}: kept ${count(rep.rowsKept)} of ${count(rep.rowsRead)} rows**`, ''];
  lines.push(
    `Columns: ${Object.entries(rep.mapping)
      .map(([k, v]) => `\`${k}\` ← "${v}"`)
      .join(', ')}`,
  );
  for (const [reason, n] of Object.entries(rep.droppedByReason)) {
    const example = rep.dropped.find((d) => d.reason === reason);
    lines.push(`- dropped ${n} row${n === 1 ? '' : 's'}: ${reason} (e.g. row ${example?.row})`);
  }
  if ('refunds' in rep && rep.refunds && rep.refunds.count) {
    const { refunds } = rep;
    const plural = refunds.count === 1 ? '' : 's';
    lines.push(`- ${refunds.count} refund${plural} (total ${money(refunds.total)}) ${refunds.kept ? 'kept' : 'dropped'}`);
  }
  for (const w of rep.warnings) lines.push(`- note: ${w}`);
  return summary(lines);
}

export const dataDisplays = {
  prepareTransactions: display(analytics.prepareTransactions, (r) => [reportSummary(r, 'Transactions'), r.table]),
  prepareResponses: display(analytics.prepareResponses, (r) => [reportSummary(r, 'Responses'), r.table]),
} satisfies DisplaysOf<'prepareTransactions' | 'prepareResponses'>;
