/**
 * `crm-workbench metrics <file> [--json]`: what a data file is and its key figures, in the terminal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as aq from 'arquero';
import { quickMetrics, readCsv, type QuickMetrics } from '../analytics/index';
import { formatMoney, formatPercent } from '../protocol/index';
import { UsageError } from './parseArgs';

/** Reads CSV / TSV / JSON into a table; refuses empty and binary files with a clear message. */
export function readDataFile(file: string): aq.ColumnTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new UsageError(`${file} is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${file} is a binary file, not CSV, TSV or JSON text`);
  const ext = path.extname(file).toLowerCase();
  try {
    if (ext === '.json') {
      const data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      return Array.isArray(data) ? aq.from(data) : aq.table(data);
    }
    return readCsv(bytes, { delimiter: ext === '.tsv' || ext === '.tab' ? '\t' : ',' });
  } catch (e) {
    throw new UsageError(`cannot parse ${file}: ${(e as Error).message}`);
  }
}

const money = formatMoney;
const pct = formatPercent;

/** The figures as readable lines. */
export function formatMetrics(file: string, m: QuickMetrics): string {
  const lines = [`${path.basename(file)}: ${m.kind}`];
  if (m.kind === 'orders') {
    lines.push(
      `  revenue ${money(m.revenue)} · orders ${m.orders.toLocaleString('en-US')} · customers ${m.customers.toLocaleString('en-US')} · AOV ${money(m.aov)} · repeat rate ${pct(m.repeatRate)}`,
      `  customers at risk (last order 90–180 days ago): ${m.atRisk}`,
      '  segments: ' + m.segments.map((s) => `${s.segment} ${s.customers}`).join(', '),
      '  top customers: ' + m.topCustomers.slice(0, 5).map((c) => `${c.customerId} ${money(c.revenue)}`).join(', '),
      `  months: ${m.monthlyRevenue[0]?.month ?? '—'} … ${m.monthlyRevenue.at(-1)?.month ?? '—'} (${m.monthlyRevenue.length})`,
    );
  } else if (m.kind === 'survey') {
    const n = m.nps;
    lines.push(
      n.nps === null ? '  NPS: no valid answers' : `  NPS ${n.nps.toFixed(1)} ± ${n.moe!.toFixed(1)} (95% CI ${n.ci![0].toFixed(1)} to ${n.ci![1].toFixed(1)}), n = ${n.n}; promoters ${n.promoters}, passives ${n.passives}, detractors ${n.detractors}`,
      ...(m.csat && m.csat.csat !== null ? [`  CSAT ${m.csat.csat.toFixed(1)}% (top-2-box), n = ${m.csat.n}`] : []),
      '  scores: ' + m.distribution.map((d) => `${d.score}:${d.count}`).join(' '),
    );
  } else {
    lines.push(`  ${m.customers.toLocaleString('en-US')} rows`, ...m.columns.map((c) => `  ${c.name}: ${c.filled} filled, ${c.distinct} distinct`));
  }
  if ('report' in m) {
    const dropped = Object.entries(m.report.droppedByReason);
    lines.push(`  data quality: kept ${m.report.rowsKept} of ${m.report.rowsRead} rows${dropped.length ? `; dropped ${dropped.map(([r, k]) => `${k} ${r}`).join(', ')}` : ''}`);
  }
  return lines.join('\n');
}

export function metrics(file: string, options: { json?: boolean; kind?: string; map?: string }): number {
  const table = readDataFile(file);
  let choice: Parameters<typeof quickMetrics>[1];
  if (options.kind !== undefined || options.map !== undefined) {
    if (!['orders', 'survey', 'customers'].includes(options.kind ?? '')) throw new UsageError('--kind must be orders, survey or customers (and is needed with --map)');
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
    throw new UsageError(`${path.basename(file)}: ${(e as Error).message}`);
  }
  console.log(options.json ? JSON.stringify(m, null, 2) : formatMetrics(file, m));
  return 0;
}
