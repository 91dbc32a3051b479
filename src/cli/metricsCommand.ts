/**
 * `crm-workbench metrics <file> [--json]`: what a data file is and its key figures, in the
 * terminal, with how the file was read and what was excluded and why.
 */
import path from 'node:path';
import type { ColumnTable } from 'arquero';
import {
  describeReadInfo,
  readWarnings,
  dropReasonText,
  quickMetrics,
  readInfo,
  SEGMENTS,
  segmentName,
  type QuickMetrics,
  type ReadInfo,
} from '../analytics/index';
import { readDataFile, type ReadDataOptions } from '../io/index';
import { dataCurrency, formatValue, LANGUAGE_ENV, toDisplayLanguage, type FormatOptions } from '../protocol/index';
import { cliText } from './cliText';
import { UsageError, type MetricsOptions } from './parseArgs';

const DELIMITER_NAMES: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };

/** The reading options of the flags (`--encoding`, `--delimiter`, `--decimal`, `--sheet`). */
export function readOptions(options: MetricsOptions): ReadDataOptions {
  const out: ReadDataOptions = {};
  if (options.encoding) out.encoding = options.encoding;
  if (options.delimiter) out.delimiter = DELIMITER_NAMES[options.delimiter] ?? options.delimiter;
  if (options.decimal) {
    if (!['auto', '.', ','].includes(options.decimal)) throw new UsageError(cliText().decimal(options.decimal));
    out.decimal = options.decimal as ReadDataOptions['decimal'];
  }
  if (options.sheet) out.sheet = /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet;
  return out;
}

/** Reads a data file for the CLI; every failure becomes a one-line UsageError naming the file. */
export async function readForCli(file: string, options: ReadDataOptions = {}): Promise<ColumnTable> {
  if (/\.crmnb$/i.test(file)) throw new UsageError(cliText().notebookNotData(file));
  try {
    return await readDataFile(file, options);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * The figures as readable lines: the kind, the key figures, then how it was read, exclusions and warnings.
 * Money is in the currency of the data's currency column (else `numbers.currency`, from $CRM_WORKBENCH_CURRENCY),
 * words and numbers in the display language (`numbers.language`, else the kernel's $CRM_WORKBENCH_LANGUAGE).
 */
export function formatMetrics(file: string, m: QuickMetrics, read?: ReadInfo, numbers: FormatOptions = {}): string {
  const say = cliText();
  const language = numbers.language ?? toDisplayLanguage(process.env[LANGUAGE_ENV]);
  const style: FormatOptions = {
    ...numbers,
    language,
    currency: ('report' in m ? dataCurrency(m.report) : undefined) ?? (numbers.currency || undefined),
  };
  const money = (x: number | null | undefined) => formatValue(x, 'money', style);
  const pct = (x: number | null | undefined) => formatValue(x, 'percent', style);
  const int = (x: number | null | undefined) => formatValue(x, 'count', style);
  const one = (x: number | null | undefined) => formatValue(x, 'number', { ...style, digits: 1 });
  const segment = (s: string) => ((SEGMENTS as readonly string[]).includes(s) ? segmentName(s as (typeof SEGMENTS)[number], language) : s);
  const lines = [`${path.basename(file)}: ${say.kind[m.kind]}`];
  if (m.kind === 'orders') {
    lines.push(
      '  ' + say.ordersLine(money(m.revenue), int(m.orders), int(m.customers), money(m.aov), pct(m.repeatRate)),
      '  ' + say.atRisk(int(m.atRisk)),
      '  ' + say.segments(m.segments.map((s) => `${segment(s.segment)} ${int(s.customers)}`).join(', ')),
      '  ' +
        say.topCustomers(
          m.topCustomers
            .slice(0, 5)
            .map((c) => `${c.customerId} ${money(c.revenue)}`)
            .join(', '),
        ),
      '  ' + say.months(m.monthlyRevenue[0]?.month ?? '—', m.monthlyRevenue.at(-1)?.month ?? '—', m.monthlyRevenue.length),
    );
  } else if (m.kind === 'survey') {
    const n = m.nps;
    lines.push(
      n.nps === null
        ? '  ' + say.npsNone
        : '  ' +
            say.npsLine(
              one(n.nps),
              one(n.moe),
              one(n.ci![0]),
              one(n.ci![1]),
              int(n.n),
              int(n.promoters),
              int(n.passives),
              int(n.detractors),
            ),
      ...(m.csat && m.csat.csat !== null ? ['  ' + say.csatLine(one(m.csat.csat), int(m.csat.n))] : []),
      '  ' + say.scores(m.distribution.map((d) => `${d.score}:${int(d.count)}`).join(' ')),
    );
  } else {
    lines.push('  ' + say.rows(int(m.customers)), ...m.columns.map((c) => '  ' + say.columnLine(c.name, int(c.filled), int(c.distinct))));
  }
  if (read) lines.push(`  ${describeReadInfo(read, language)}`);
  if ('report' in m) {
    const r = m.report;
    lines.push(
      '  ' +
        say.columns(
          Object.entries(r.mapping)
            .map(([field, col]) => `${field} ← "${col}"`)
            .join(', '),
        ),
    );
    const dropped = Object.entries(r.droppedByReason);
    lines.push(
      '  ' +
        say.kept(
          int(r.rowsKept),
          say.rowCount(int(r.rowsRead), r.rowsRead === 1),
          dropped.map(([reason, k]) => `${dropReasonText(reason, language)} ${int(k)}`).join(', '),
        ),
    );
  }
  // The report repeats the reader's warnings, except duplicated headers, which it names only for the columns it used.
  const reported = 'report' in m ? m.report.warnings : [];
  const unreported = read && { ...read, repeatedHeaders: read.repeatedHeaders.filter((h) => !reported.some((r) => r.includes(h.name))) };
  const readOnly = unreported ? readWarnings(unreported, language).filter((w) => !reported.includes(w)) : [];
  const warnings = [...reported, ...readOnly];
  for (const w of warnings) lines.push('  ' + say.warning(w));
  if (m.kind === 'customers' && !('report' in m)) {
    lines.push('  ' + say.customersHint);
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
    if (!['orders', 'survey', 'customers'].includes(options.kind ?? '')) throw new UsageError(cliText().kindNeeded);
    let columns: Record<string, string> = {};
    try {
      columns = options.map ? JSON.parse(options.map) : {};
    } catch {
      throw new UsageError(cliText().mapJson);
    }
    choice = { kind: options.kind as 'orders' | 'survey' | 'customers', columns };
  }
  let m: QuickMetrics;
  try {
    m = quickMetrics(table, choice, { language: toDisplayLanguage(process.env[LANGUAGE_ENV]) });
  } catch (e) {
    const hint = choice ? '' : cliText().mapHint;
    throw new UsageError(`${path.basename(file)}: ${(e as Error).message}.${hint}`);
  }
  const read = readInfo(table);
  const numbers = { language: toDisplayLanguage(process.env[LANGUAGE_ENV]), currency: process.env.CRM_WORKBENCH_CURRENCY };
  console.log(options.json ? JSON.stringify({ ...m, read }, null, 2) : formatMetrics(file, m, read, numbers));
  return 0;
}
