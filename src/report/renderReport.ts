/**
 * A notebook (cells and outputs) as one self-contained HTML file: title, date, a table of
 * contents from the Markdown headings, Markdown rendered, code (unless hidden), tables, charts as
 * inline SVG, console output and errors, and a print stylesheet. No script and nothing fetched:
 * it reads offline, in any browser, and prints. Every piece of user data is escaped.
 */
import MarkdownIt from 'markdown-it';
import {
  ERROR_MIME,
  escapeHtml,
  formatTableCell,
  STDERR_MIME,
  STDOUT_MIME,
  TABLE_MIME,
  VEGALITE_V5_MIME,
  VEGALITE_V6_MIME,
  type CellOutput,
  type NotebookFile,
  type OutputItem,
  type TablePayload,
} from '../protocol/index';
import { REPORT_CSS } from './reportStyles';
import {
  CHINESE_SUMMARY_LABELS,
  ENGLISH_SUMMARY_LABELS,
  leftOutOfReport,
  renderSummary,
  reportSummary,
  type SummaryLabels,
} from './reportSummary';
import { vegaLiteToSvg } from './vegaToSvg';

export interface ReportOptions {
  /** Title (default: the notebook's metadata title, else its first heading, else "Analysis report"). */
  title: string | undefined;
  /**
   * "Results only": leave the code out, keep the results. With code, a cell that only builds a
   * chart shows its chart, and its code folded away ("Chart code").
   */
  hideCode: boolean;
  /** A first page with the key figures, top segments and actions read from the outputs (default true). */
  summary: boolean;
  /** Rows of each table shown (default 20). */
  maxTableRows: number;
  /** The date printed under the title (default: now). */
  date: Date;
  /** Words of the page, for translation. */
  labels: ReportLabels;
}

export interface ReportLabels {
  contents: string;
  generated: string;
  showingRows: (shown: number, total: number) => string;
  rows: (total: number) => string;
  chartFailed: string;
  footer: string;
  /** Heading of the parameters a run used (notebook metadata `parameters`, set by `run --param`). */
  parameters?: string;
  /** The fold around the code of a cell that only builds a chart. */
  chartCode?: string;
  /** Words of the first-page summary. */
  summary?: SummaryLabels;
}

export const ENGLISH_LABELS: ReportLabels = {
  contents: 'Contents',
  generated: 'Generated',
  showingRows: (shown, total) => `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows`,
  rows: (total) => `${total.toLocaleString('en-US')} ${total === 1 ? 'row' : 'rows'}`,
  chartFailed: 'This chart could not be drawn',
  footer: 'Made with CRM Workbench. Everything in this file was computed on the author’s machine.',
  parameters: 'Parameters',
  chartCode: 'Chart code',
  summary: ENGLISH_SUMMARY_LABELS,
};

export const CHINESE_LABELS: ReportLabels = {
  contents: '目录',
  generated: '生成于',
  showingRows: (shown, total) => `显示 ${total.toLocaleString('zh-CN')} 行中的 ${shown.toLocaleString('zh-CN')} 行`,
  rows: (total) => `${total.toLocaleString('zh-CN')} 行`,
  chartFailed: '此图表无法绘制',
  footer: '由 CRM Workbench 生成。本文件中的所有内容均在作者本机上计算。',
  parameters: '参数',
  chartCode: '图表代码',
  summary: CHINESE_SUMMARY_LABELS,
};

/** Labels for a language code ('zh…' → Simplified Chinese, else English). */
export function reportLabels(language: string | undefined): ReportLabels {
  return language?.toLowerCase().startsWith('zh') ? CHINESE_LABELS : ENGLISH_LABELS;
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Output items in the order we prefer to show them; the first one present wins. */
const PREFERENCE = [
  VEGALITE_V6_MIME,
  VEGALITE_V5_MIME,
  TABLE_MIME,
  'text/markdown',
  ERROR_MIME,
  STDOUT_MIME,
  STDERR_MIME,
  'image/png',
  'image/jpeg',
  'application/json',
  'text/plain',
];

function slug(text: string, used: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'section';
  let s = base;
  for (let i = 2; used.has(s); i++) s = `${base}-${i}`;
  used.add(s);
  return s;
}

function renderTable(p: TablePayload, maxRows: number, labels: ReportLabels): string {
  const rows = p.rows.slice(0, maxRows);
  // Money, percentages, counts and days as the analytics declared them (the payload's formats).
  const cell = (v: unknown, j: number) =>
    `<td${p.columns[j]?.type === 'number' ? ' class="num"' : ''}>${escapeHtml(formatTableCell(v, p.columns[j], p))}</td>`;
  const head = p.columns.map((c) => `<th>${escapeHtml(c.name)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  const count = rows.length < p.totalRows ? labels.showingRows(rows.length, p.totalRows) : labels.rows(p.totalRows);
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div><p class="rowcount">${escapeHtml(count)}</p>`;
}

async function renderItem(item: OutputItem, opts: ReportOptions): Promise<string> {
  switch (item.mime) {
    case VEGALITE_V5_MIME:
    case VEGALITE_V6_MIME:
      try {
        return `<figure class="chart">${await vegaLiteToSvg(JSON.parse(item.data))}</figure>`;
      } catch (e) {
        return `<pre class="error">${escapeHtml(`${opts.labels.chartFailed}: ${(e as Error).message}`)}</pre>`;
      }
    case TABLE_MIME:
      return renderTable(JSON.parse(item.data) as TablePayload, opts.maxTableRows, opts.labels);
    case 'text/markdown':
      return `<div class="markdown">${md.render(item.data)}</div>`;
    case ERROR_MIME: {
      const e = JSON.parse(item.data) as { name?: string; message?: string; stack?: string };
      return `<pre class="error">${escapeHtml(e.stack && e.stack.includes(e.message ?? '') ? `${e.name}: ${e.message}\n${e.stack.split('\n').slice(1).join('\n')}` : `${e.name}: ${e.message}`)}</pre>`;
    }
    case STDOUT_MIME:
      return `<pre class="stdout">${escapeHtml(item.data)}</pre>`;
    case STDERR_MIME:
      return `<pre class="stderr">${escapeHtml(item.data)}</pre>`;
    case 'image/png':
    case 'image/jpeg':
      return item.encoding === 'base64' && /^[A-Za-z0-9+/=\s]*$/.test(item.data)
        ? `<img alt="" src="data:${item.mime};base64,${item.data.replace(/\s/g, '')}">`
        : '';
    case 'application/json':
      try {
        return `<pre class="json">${escapeHtml(JSON.stringify(JSON.parse(item.data), null, 2))}</pre>`;
      } catch {
        return `<pre>${escapeHtml(item.data)}</pre>`;
      }
    default:
      // text/plain, and any other type shown as text (raw HTML from a cell is never trusted).
      return `<pre class="text">${escapeHtml(item.data)}</pre>`;
  }
}

const bestItem = (o: CellOutput): OutputItem | undefined => [...o.items].sort((a, b) => rank(a.mime) - rank(b.mime))[0];

async function renderOutput(o: CellOutput, opts: ReportOptions): Promise<string> {
  const best = bestItem(o);
  return best ? `<div class="output">${await renderItem(best, opts)}</div>` : '';
}

/** A cell whose every output is a chart: it only builds a chart spec. */
function onlyBuildsChart(cell: NotebookFile['cells'][number]): boolean {
  return cell.outputs.length > 0 && cell.outputs.every((o) => [VEGALITE_V5_MIME, VEGALITE_V6_MIME].includes(bestItem(o)?.mime ?? ''));
}

function rank(mime: string): number {
  const i = PREFERENCE.indexOf(mime);
  return i < 0 ? PREFERENCE.length : i;
}

/** "Parameters: asOf = 2024-12-31 · file = data/dec.csv" when the run was given parameters. */
function parametersLine(nb: NotebookFile, labels: ReportLabels): string {
  const p = nb.metadata?.parameters;
  if (!p || typeof p !== 'object' || Array.isArray(p) || !Object.keys(p).length) return '';
  const items = Object.entries(p as Record<string, unknown>).map(([k, v]) => `<code>${escapeHtml(k)}</code> = ${escapeHtml(String(v))}`);
  return `<p class="parameters">${escapeHtml(labels.parameters ?? 'Parameters')}: ${items.join(' · ')}</p>`;
}

/**
 * @param nb the notebook, with outputs (run it first for fresh ones)
 * @param options `{ title, hideCode = false, maxTableRows = 20, date = now, labels = English }`
 * @returns the HTML document
 * @example const html = await renderReport(parseNotebook(text, 'a.crmnb'), { hideCode: true })
 */
export async function renderReport(nb: NotebookFile, options: Partial<ReportOptions> = {}): Promise<string> {
  const opts: ReportOptions = {
    title: undefined,
    hideCode: false,
    summary: true,
    maxTableRows: 20,
    date: new Date(),
    labels: ENGLISH_LABELS,
    ...options,
  };
  const language = opts.labels === CHINESE_LABELS ? 'zh-cn' : 'en';
  const used = new Set<string>();
  const toc: { level: number; text: string; id: string }[] = [];
  const parts: string[] = [];
  for (const cell of nb.cells) {
    if (leftOutOfReport(cell)) continue;
    if (cell.kind === 'markdown') {
      const tokens = md.parse(cell.source, {});
      tokens.forEach((t, i) => {
        if (t.type === 'heading_open') {
          const text = tokens[i + 1]?.content ?? '';
          const id = slug(text, used);
          t.attrSet('id', id);
          if (Number(t.tag.slice(1)) <= 3) toc.push({ level: Number(t.tag.slice(1)), text, id });
        }
      });
      // A level-1 or level-2 heading opens a chapter: printed pages break before it.
      const chapter = tokens.some((t) => t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2'));
      parts.push(`<section class="cell markdown${chapter ? ' chapter' : ''}">${md.renderer.render(tokens, md.options, {})}</section>`);
      continue;
    }
    const outputs = (await Promise.all(cell.outputs.map((o) => renderOutput(o, opts)))).join('\n');
    const pre = `<pre class="code"><code>${escapeHtml(cell.source)}</code></pre>`;
    const code =
      opts.hideCode || !cell.source.trim()
        ? ''
        : onlyBuildsChart(cell)
          ? `<details class="chart-code"><summary>${escapeHtml(opts.labels.chartCode ?? 'Chart code')}</summary>${pre}</details>`
          : pre;
    if (code || outputs) parts.push(`<section class="cell code">${code}${outputs}</section>`);
  }
  const meta = typeof nb.metadata?.title === 'string' ? nb.metadata.title : undefined;
  const title = opts.title ?? meta ?? toc.find((h) => h.level === 1)?.text ?? 'Analysis report';
  const tocHtml =
    toc.length > 1
      ? `<nav class="toc"><strong>${escapeHtml(opts.labels.contents)}</strong><ol>${toc.map((h) => `<li style="margin-left:${(h.level - 1) * 1}rem"><a href="#${h.id}">${escapeHtml(h.text)}</a></li>`).join('')}</ol></nav>`
      : '';
  return `<!doctype html>
<html lang="${language === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="CRM Workbench">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(opts.labels.generated)} ${escapeHtml(opts.date.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>${parametersLine(nb, opts.labels)}</header>
${opts.summary ? renderSummary(reportSummary(nb), opts.labels.summary ?? ENGLISH_SUMMARY_LABELS, language) : ''}
${tocHtml}
<main>
${parts.join('\n')}
</main>
<footer>${escapeHtml(opts.labels.footer)}</footer>
</body>
</html>
`;
}
