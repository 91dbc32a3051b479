/**
 * Cell displays of the results of issue 13 (segment migration, action list, NPS by segment): each
 * function returns the parts list of a DESCRIBE entry in resultDisplays.ts (a summary, tables,
 * charts), which lists them in one line each.
 */
import type * as analytics from '../analytics/index';
import * as charts from '../charts/index';

type Parts = unknown[];

/** A Markdown summary with the same text as plain text (as resultDisplays' `summary`). */
function summary(lines: string[]): Record<string, string> {
  const md = lines.join('\n');
  return { 'text/markdown': md, 'text/plain': md.replace(/\*\*|`|^#+ /gm, '') };
}

/** "14 customers left Champions; 9 of them are now At Risk", the counts, the heatmap and the movers. */
export function describeSegmentMigration(r: analytics.SegmentMigration): Parts {
  const c = r.counts;
  return [
    summary([`**${r.summary}**`, '', `${c.customers.toLocaleString('en-US')} customers: ${c.stayed} stayed · ${c.moved} moved · ${c.new} new · ${c.gone} gone`]),
    charts.migrationHeatmap(r),
    r.movers,
  ];
}
