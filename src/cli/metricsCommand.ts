/**
 * `crm-workbench metrics <file> [--json]`: what a data file is and its key figures, in the
 * terminal, with how the file was read and what was excluded and why.
 */
import path from 'node:path';
import type { ColumnTable } from 'arquero';
import { describeReadInfo, quickMetrics, readInfo, type QuickMetrics, type ReadInfo } from '../analytics/index';
import { readDataFile, type ReadDataOptions } from '../io/index';
import { dataCurrency, formatValue, LANGUAGE_ENV, toDisplayLanguage, type FormatOptions } from '../protocol/index';
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

/**
 * The figures as readable lines: the kind, the key figures, then how it was read, exclusions and warnings.
 * Money is in the currency of the data's currency column (else `numbers.currency`, from $CRM_WORKBENCH_CURRENCY), numbers in the display language's style.
 */
export function formatMetrics(file: string, m: QuickMetrics, read?: ReadInfo, numbers: FormatOptions = {}): string {
  const style: FormatOptions = {
    ...numbers,
    currency: ('report' in m ? dataCurrency(m.report) : undefined) ?? (numbers.currency || undefined),
  };
  const money = (x: number | null | undefined) => formatValue(x, 'money', style);
  const pct = (x: number | null | undefined) => formatValue(x, 'percent', style);
  const int = (x: number | null | undefined) => formatValue(x, 'count', style);
  const one = (x: number | null | undefined) => formatValue(x, 'number', { ...style, digits: 1 });
  const plural = (n: number, word: string) => `${int(n)} ${word}${n === 1 ? '' : 's'}`;
  const lines = [`${path.basename(file)}: ${m.kind}`];
  if (m.kind === 'orders') {
    lines.push(
      `  revenue ${money(m.revenue)} · orders ${int(m.orders)} · customers ${int(m.customers)} · AOV ${money(m.aov)} · repeat rate ${pct(m.repeatRate)}`,
      `  lapsing customers (last order 90–180 days ago; not the RFM segment At Risk): ${int(m.atRisk)}`,
      '  segments: ' + m.segments.map((s) => `${s.segment} ${int(s.customers)}`).join(', '),
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
        : `  NPS ${one(n.nps)} ± ${one(n.moe)} (95% CI ${one(n.ci![0])} to ${one(n.ci![1])}), n = ${int(n.n)}; promoters ${int(n.promoters)}, passives ${int(n.passives)}, detractors ${int(n.detractors)}`,
      ...(m.csat && m.csat.csat !== null ? [`  CSAT ${one(m.csat.csat)}% (top-2-box), n = ${int(m.csat.n)}`] : []),
      '  scores: ' + m.distribution.map((d) => `${d.score}:${int(d.count)}`).join(' '),
    );
  } else {
    lines.push(`  ${int(m.customers)} rows`, ...m.columns.map((c) => `  ${c.name}: ${int(c.filled)} filled, ${int(c.distinct)} distinct`));
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
      `  kept ${int(r.rowsKept)} of ${plural(r.rowsRead, 'row')}${dropped.length ? '; excluded: ' + dropped.map(([reason, k]) => `${reason} ${int(k)}`).join(', ') : ''}`,
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
  const numbers = { language: toDisplayLanguage(process.env[LANGUAGE_ENV]), currency: process.env.CRM_WORKBENCH_CURRENCY };
  console.log(options.json ? JSON.stringify({ ...m, read }, null, 2) : formatMetrics(file, m, read, numbers));
  return 0;
}
