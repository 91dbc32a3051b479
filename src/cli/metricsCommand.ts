/**
 * `crm-workbench metrics <file> [--json]`: what a data file is and its key figures, in the
 * terminal, with how the file was read and what was excluded and why.
 */
import path from 'node:path';
import type { ColumnTable } from 'arquero';
import { describeReadInfo, quickMetrics, readInfo, type QuickMetrics, type ReadInfo } from '../analytics/index';
import { readDataFile, type ReadDataOptions } from '../io/index';
import { formatMoney, formatPercent } from '../protocol/index';
import { UsageError, type MetricsOptions } from './parseArgs';

const DELIMITER_NAMES: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };

/** The reading options of the flags (`--encoding`, `--delimiter`, `--decimal`, `--sheet`). */
export function readOptions(options: MetricsOptions): ReadDataOptions {
  const out: ReadDataOptions = {};
  if (options.encoding) out.encoding = options.encoding;
  if (options.delimiter) out.delimiter = DELIMITER_NAMES[options.delimiter] ?? options.delimiter;
  if (options.decimal) {
    if (!['auto', '.', ','].includes(options.decimal)) throw new UsageError(`--decimal must be auto, . or , (not ${options.decimal})`);
    out.decimal = options.decimal as ReadDataOptions['decimal'];
  }
  if (options.sheet) out.sheet = /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet;
  return out;
}

/** Reads a data file for the CLI; every failure becomes a one-line UsageError naming the file. */
export async function readForCli(file: string, options: ReadDataOptions = {}): Promise<ColumnTable> {
  if (/\.crmnb$/i.test(file))
    throw new UsageError(
      `${file} is a notebook; "metrics" reads a data file (CSV, TSV, .xlsx or JSON). Use "run" or "report" for notebooks`,
    );
  try {
    return await readDataFile(file, options);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

const money = formatMoney;
const pct = formatPercent;
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The figures as readable lines: the kind, the key figures, then how it was read, exclusions and warnings. */
export function formatMetrics(file: string, m: QuickMetrics, read?: ReadInfo): string {
  const lines = [`${path.basename(file)}: ${m.kind}`];
  if (m.kind === 'orders') {
    const currency = m.report.currency ? ` ${m.report.currency}` : '';
    lines.push(
      `  revenue ${money(m.revenue)}${currency} · orders ${m.orders.toLocaleString('en-US')} · customers ${m.customers.toLocaleString('en-US')} · AOV ${money(m.aov)} · repeat rate ${pct(m.repeatRate)}`,
      `  lapsing customers (last order 90–180 days ago; not the RFM segment At Risk): ${m.atRisk}`,
      '  segments: ' + m.segments.map((s) => `${s.segment} ${s.customers}`).join(', '),
      '  top customers: ' +
        m.topCustomers
          .slice(0, 5)
          .map((c) => `${c.customerId} ${money(c.revenue)}`)
          .join(', '),
      `  months: ${m.monthlyRevenue[0]?.month ?? '—'} … ${m.monthlyRevenue.at(-1)?.month ?? '—'} (${m.monthlyRevenue.length})`,
    );
  } else if (m.kind === 'survey') {
    const n = m.nps;
    lines.push(
      n.nps === null
        ? '  NPS: no valid answers'
        : `  NPS ${n.nps.toFixed(1)} ± ${n.moe!.toFixed(1)} (95% CI ${n.ci![0].toFixed(1)} to ${n.ci![1].toFixed(1)}), n = ${n.n}; promoters ${n.promoters}, passives ${n.passives}, detractors ${n.detractors}`,
      ...(m.csat && m.csat.csat !== null ? [`  CSAT ${m.csat.csat.toFixed(1)}% (top-2-box), n = ${m.csat.n}`] : []),
      '  scores: ' + m.distribution.map((d) => `${d.score}:${d.count}`).join(' '),
    );
  } else {
    lines.push(
      `  ${m.customers.toLocaleString('en-US')} rows`,
      ...m.columns.map((c) => `  ${c.name}: ${c.filled} filled, ${c.distinct} distinct`),
    );
  }
  if (read) lines.push(`  ${describeReadInfo(read)}`);
  if ('report' in m) {
    const r = m.report;
    lines.push(
      `  columns: ${Object.entries(r.mapping)
        .map(([field, col]) => `${field} ← "${col}"`)
        .join(', ')}`,
    );
    const dropped = Object.entries(r.droppedByReason);
    lines.push(
      `  kept ${r.rowsKept.toLocaleString('en-US')} of ${plural(r.rowsRead, 'row')}${dropped.length ? '; excluded: ' + dropped.map(([reason, k]) => `${reason} ${k}`).join(', ') : ''}`,
    );
  }
  // The report repeats the reader's warnings, except duplicated headers, which it names only for the columns it used.
  const reported = 'report' in m ? m.report.warnings : [];
  const readOnly = (read?.warnings ?? []).filter(
    (w) => !reported.includes(w) && !reported.some((r) => /appears more than once/.test(w) && r.includes(w.split('"')[1])),
  );
  const warnings = [...reported, ...readOnly];
  for (const w of warnings) lines.push(`  warning: ${w}`);
  if (m.kind === 'customers' && !('report' in m)) {
    lines.push(
      '  (read as a customer list; if it is an orders export, say which columns hold what: --kind orders --map \'{"customerId":"…","orderDate":"…","amount":"…"}\')',
    );
  }
  return lines.join('\n');
}

/** Each column with up to three distinct sample values, and whether it holds identifiers (for the column picker). */
export function columnSamples(table: ColumnTable): { name: string; samples: string[]; identifier: boolean }[] {
  const text = readInfo(table)?.textColumns ?? [];
  return table.columnNames().map((name) => {
    const samples: string[] = [];
    const values = table.array(name) as ArrayLike<unknown>;
    for (let i = 0; i < values.length && samples.length < 3 && i < 5000; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === '') continue;
      const s = v instanceof Date ? v.toISOString().replace('T00:00:00.000Z', '') : String(v);
      if (!samples.includes(s)) samples.push(s.length > 40 ? s.slice(0, 39) + '…' : s);
    }
    return { name, samples, identifier: text.includes(name) };
  });
}

export async function metrics(file: string, options: MetricsOptions): Promise<number> {
  const table = await readForCli(file, readOptions(options));
  if (options.columns) {
    console.log(JSON.stringify({ columns: columnSamples(table), read: readInfo(table) }, null, 2));
    return 0;
  }
  let choice: Parameters<typeof quickMetrics>[1];
  if (options.kind !== undefined || options.map !== undefined) {
    if (!['orders', 'survey', 'customers'].includes(options.kind ?? ''))
      throw new UsageError('--kind must be orders, survey or customers (and is needed with --map)');
    let columns: Record<string, string> = {};
    try {
      columns = options.map ? JSON.parse(options.map) : {};
    } catch {
      throw new UsageError(`--map must be JSON such as '{"customerId":"Client","orderDate":"Day","amount":"Paid"}'`);
    }
    choice = { kind: options.kind as 'orders' | 'survey' | 'customers', columns };
  }
  let m: QuickMetrics;
  try {
    m = quickMetrics(table, choice);
  } catch (e) {
    const hint = choice
      ? ''
      : ` If the columns were not recognised, name them: --kind orders --map '{"customerId":"…","orderDate":"…","amount":"…"}'`;
    throw new UsageError(`${path.basename(file)}: ${(e as Error).message}.${hint}`);
  }
  const read = readInfo(table);
  console.log(options.json ? JSON.stringify({ ...m, read }, null, 2) : formatMetrics(file, m, read));
  return 0;
}
