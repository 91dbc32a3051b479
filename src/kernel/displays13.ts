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

/** "12 customers to contact, 8,410 at stake", the count per rule, the earliest due date, then the list. */
export function describeActionList(t: ColumnTableLike): Parts {
  const n = t.numRows();
  if (!n) return [summary(['**No customer needs an action** under the current rules and thresholds'])];
  const value = Array.from(t.array('valueAtRisk') as ArrayLike<number>).reduce((a, b) => a + b, 0);
  const rules = new Map<string, number>();
  for (const r of Array.from(t.array('rule') as ArrayLike<string>)) rules.set(r, (rules.get(r) ?? 0) + 1);
  const due = Math.min(...Array.from(t.array('dueBy') as ArrayLike<Date>, (d) => d.getTime()));
  return [
    summary([
      `**${n.toLocaleString('en-US')} customer${n === 1 ? '' : 's'} to contact**, ${value.toLocaleString('en-US', { maximumFractionDigits: 0 })} at stake (most valuable first)`,
      '',
      `${[...rules].map(([r, k]) => `${r} ${k}`).join(' · ')} · first due ${new Date(due).toISOString().slice(0, 10)} · save it with \`await save(list, 'actions.xlsx')\``,
    ]),
    t,
  ];
}

interface ColumnTableLike {
  numRows(): number;
  array(name: string): ArrayLike<unknown>;
}
