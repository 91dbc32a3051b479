/**
 * The first page of a report, read from the outputs the notebook produced (nothing is
 * recomputed, so the page says exactly what the cells below it say):
 *
 * - **Key figures**: the first line of each analysis summary, i.e. each Markdown output whose
 *   first line starts with bold text (`**NPS 19.8** ± 6.4 …`, `**Repeat rate 52.9%** …`), in
 *   notebook order, with the heading of the section it sits in.
 * - **Top segments**: the last table with `segment` and `customers` columns (as
 *   `crm.segmentSummary` returns), its three largest segments by revenue (by customers when it
 *   has no `revenue` column).
 * - **Actions**: the last table with `customerId`, `reason` and `action` columns (as
 *   `crm.actionList` returns): how many customers, and the first five (the list is sorted most
 *   valuable first).
 *
 * Not read for figures: Markdown cells, cells marked `report: false`, and the cells that load
 * and clean data (`prepareTransactions`, `prepareResponses`: their rows kept and dropped are in
 * the body of the report, not news for its first page).
 */
import MarkdownIt from 'markdown-it';
import { escapeHtml, formatValue, TABLE_MIME, type DisplayLanguage, type NotebookFile, type TablePayload } from '../protocol/index';

/** Words of the summary page, for translation. */
export interface SummaryLabels {
  summary: string;
  keyFigures: string;
  topSegments: string;
  actions: string;
  segment: string;
  customers: string;
  revenue: string;
  customer: string;
  reason: string;
  dueBy: string;
  /** "379 customers to contact; the first 5:" */
  actionsIntro: (total: number, shown: number) => string;
}

export interface ReportSummary {
  figures: { section: string; markdown: string }[];
  segments: { segment: string; customers: number; revenue: number | null; share: number | null }[];
  actions: { total: number; rows: { customer: string; reason: string; dueBy: unknown }[] } | null;
  /** Currency and language of the tables read (for formatting), when they say. */
  currency?: string;
  language?: DisplayLanguage;
}

export interface SummaryOptions {
  maxFigures: number;
  maxSegments: number;
  maxActions: number;
}

const DEFAULTS: SummaryOptions = { maxFigures: 8, maxSegments: 3, maxActions: 5 };
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Whether a cell is left out of reports (cell metadata `"report": false`). */
export function leftOutOfReport(cell: { metadata?: Record<string, unknown> }): boolean {
  return cell.metadata?.report === false;
}

function tables(nb: NotebookFile): TablePayload[] {
  const out: TablePayload[] = [];
  for (const cell of nb.cells)
    if (cell.kind === 'code' && !leftOutOfReport(cell))
      for (const o of cell.outputs)
        for (const item of o.items)
          if (item.mime === TABLE_MIME)
            try {
              out.push(JSON.parse(item.data) as TablePayload);
            } catch {
              // An unreadable table is shown as such in the body; the summary skips it.
            }
  return out;
}

const columnIndex = (p: TablePayload, name: string) => p.columns.findIndex((c) => c.name === name);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * @param nb the notebook with its outputs
 * @param options `{ maxFigures = 8, maxSegments = 3, maxActions = 5 }`
 * @example reportSummary(nb).figures[0] // → { section: 'Who are the best customers?', markdown: '**Repeat rate 52.9%**: …' }
 */
export function reportSummary(nb: NotebookFile, options: Partial<SummaryOptions> = {}): ReportSummary {
  const o = { ...DEFAULTS, ...options };
  const figures: ReportSummary['figures'] = [];
  let section = '';
  for (const cell of nb.cells) {
    if (leftOutOfReport(cell)) continue;
    if (cell.kind === 'markdown') {
      const heading = /^#{1,3}\s+(.+)$/m.exec(cell.source);
      if (heading) section = heading[1].trim();
      continue;
    }
    if (/\bprepare(Transactions|Responses)\(/.test(cell.source)) continue;
    for (const out of cell.outputs) {
      const text = out.items.find((i) => i.mime === 'text/markdown')?.data;
      const first = text?.split('\n')[0].trim();
      if (first?.startsWith('**') && figures.length < o.maxFigures) figures.push({ section, markdown: first });
    }
  }
  const all = tables(nb);
  const result: ReportSummary = { figures, segments: [], actions: null };
  const seg = all.filter((p) => columnIndex(p, 'segment') >= 0 && columnIndex(p, 'customers') >= 0).pop();
  if (seg) {
    const [s, c, r, sh] = ['segment', 'customers', 'revenue', 'revenueShare'].map((n) => columnIndex(seg, n));
    result.segments = seg.rows
      .map((row) => ({
        segment: String(row[s] ?? ''),
        customers: num(row[c]) ?? 0,
        revenue: r >= 0 ? num(row[r]) : null,
        share: sh >= 0 ? num(row[sh]) : null,
      }))
      .sort((a, b) => (r >= 0 ? (b.revenue ?? 0) - (a.revenue ?? 0) : b.customers - a.customers))
      .slice(0, o.maxSegments);
    result.currency = seg.currency;
    result.language = seg.language;
  }
  const act = all.filter((p) => ['customerId', 'reason', 'action'].every((n) => columnIndex(p, n) >= 0)).pop();
  if (act) {
    const [id, reason, due] = ['customerId', 'reason', 'dueBy'].map((n) => columnIndex(act, n));
    result.actions = {
      total: act.totalRows,
      rows: act.rows.slice(0, o.maxActions).map((row) => ({
        customer: String(row[id] ?? ''),
        reason: String(row[reason] ?? ''),
        dueBy: due >= 0 ? row[due] : null,
      })),
    };
    result.currency ??= act.currency;
    result.language ??= act.language;
  }
  return result;
}

/**
 * The summary page as HTML ('' when the notebook produced none of the three). All text from the
 * notebook is escaped; figures are rendered as inline Markdown without HTML.
 */
export function renderSummary(s: ReportSummary, labels: SummaryLabels, language: DisplayLanguage): string {
  if (!s.figures.length && !s.segments.length && !s.actions) return '';
  const f = { language: s.language ?? language, currency: s.currency };
  const parts: string[] = [`<h2>${escapeHtml(labels.summary)}</h2>`];
  if (s.figures.length) {
    const items = s.figures.map(
      (x) => `<li>${md.renderInline(x.markdown)}${x.section ? ` <span class="where">${escapeHtml(x.section)}</span>` : ''}</li>`,
    );
    parts.push(`<h3>${escapeHtml(labels.keyFigures)}</h3><ul class="figures">${items.join('')}</ul>`);
  }
  if (s.segments.length) {
    const withRevenue = s.segments.some((x) => x.revenue !== null);
    const head = `<tr><th>${escapeHtml(labels.segment)}</th><th class="num">${escapeHtml(labels.customers)}</th>${withRevenue ? `<th class="num">${escapeHtml(labels.revenue)}</th>` : ''}</tr>`;
    const rows = s.segments.map(
      (x) =>
        `<tr><td>${escapeHtml(x.segment)}</td><td class="num">${escapeHtml(formatValue(x.customers, 'count', f))}</td>` +
        (withRevenue
          ? `<td class="num">${escapeHtml(formatValue(x.revenue, 'money', f))}${x.share === null ? '' : ` (${escapeHtml(formatValue(x.share, 'percent', f))})`}</td>`
          : '') +
        '</tr>',
    );
    parts.push(`<h3>${escapeHtml(labels.topSegments)}</h3><table>${head}${rows.join('')}</table>`);
  }
  if (s.actions) {
    const a = s.actions;
    const rows = a.rows.map(
      (x) =>
        `<tr><td>${escapeHtml(x.customer)}</td><td>${escapeHtml(x.reason)}</td><td>${escapeHtml(formatValue(x.dueBy, 'date', { ...f, timeZone: 'UTC' }))}</td></tr>`,
    );
    parts.push(
      `<h3>${escapeHtml(labels.actions)}</h3><p>${escapeHtml(labels.actionsIntro(a.total, a.rows.length))}</p>` +
        (rows.length
          ? `<table><tr><th>${escapeHtml(labels.customer)}</th><th>${escapeHtml(labels.reason)}</th><th>${escapeHtml(labels.dueBy)}</th></tr>${rows.join('')}</table>`
          : ''),
    );
  }
  return `<section class="summary">${parts.join('\n')}</section>`;
}

export const ENGLISH_SUMMARY_LABELS: SummaryLabels = {
  summary: 'Summary',
  keyFigures: 'Key figures',
  topSegments: 'Top segments',
  actions: 'Actions',
  segment: 'Segment',
  customers: 'Customers',
  revenue: 'Revenue (share)',
  customer: 'Customer',
  reason: 'Why',
  dueBy: 'Due by',
  actionsIntro: (total, shown) =>
    total === 0
      ? 'No customer needs an action.'
      : `${total.toLocaleString('en-US')} customer${total === 1 ? '' : 's'} to contact${shown < total ? `; the first ${shown}:` : ':'}`,
};

export const CHINESE_SUMMARY_LABELS: SummaryLabels = {
  summary: '摘要',
  keyFigures: '关键数字',
  topSegments: '主要客户分群',
  actions: '行动',
  segment: '分群',
  customers: '客户',
  revenue: '收入（占比）',
  customer: '客户',
  reason: '原因',
  dueBy: '截止日期',
  actionsIntro: (total, shown) =>
    total === 0 ? '没有需要跟进的客户。' : `需要联系 ${total.toLocaleString('zh-CN')} 位客户${shown < total ? `；前 ${shown} 位：` : '：'}`,
};
