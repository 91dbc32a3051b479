/**
 * The table grid for the table MIME type: sticky header, numbers right-aligned and formatted,
 * click a header to sort, paging, "Showing 100 of 1,234,567 rows". Every value is set with
 * `textContent`, so data is never interpreted as HTML.
 */
import type { TablePayload } from '../protocol/index';

const PAGE_SIZE = 25;

/** The grid's words in the webview's language (English, or Simplified Chinese). */
const WORDS = /^zh/i.test(globalThis.navigator?.language ?? '')
  ? {
      prev: '‹ 上一页',
      next: '下一页 ›',
      sort: '点击排序',
      showing: (a: string, b: string) => `显示 ${b} 行中的 ${a} 行`,
      rows: (n: string) => `${n} 行`,
      range: (a: string, b: string) => `第 ${a}–${b} 行`,
      none: '无数据',
      columns: (n: string) => `${n} 列`,
    }
  : {
      prev: '‹ Prev',
      next: 'Next ›',
      sort: 'click to sort',
      showing: (a: string, b: string) => `Showing ${a} of ${b} rows`,
      rows: (n: string) => `${n} row${n === '1' ? '' : 's'}`,
      range: (a: string, b: string) => `rows ${a}–${b}`,
      none: 'no rows',
      columns: (n: string) => `${n} column${n === '1' ? '' : 's'}`,
    };
const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 });
const integer = new Intl.NumberFormat(undefined);

function formatValue(v: unknown, type: string): string {
  if (v === null || v === undefined) return '';
  if (type === 'number' && typeof v === 'number') return Number.isInteger(v) ? integer.format(v) : number.format(v);
  if (type === 'date' && typeof v === 'string')
    return v.endsWith('T00:00:00.000Z') ? v.slice(0, 10) : v.replace('T', ' ').replace(/:00\.000Z$|\.000Z$/, '');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // empty values last
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** An element with a class and text (set as text, never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderTable(payload: TablePayload, element: HTMLElement): void {
  const { columns, totalRows } = payload;
  let rows = payload.rows.map((r, i) => ({ r, i }));
  let sort: { col: number; dir: 1 | -1 } | undefined;
  let page = 0;

  const root = el('div', 'crm-table');
  const scroller = el('div', 'crm-table-scroll');
  const table = el('table');
  const thead = el('thead');
  const headRow = el('tr');
  const tbody = el('tbody');
  const footer = el('div', 'crm-table-footer');
  const status = el('span', 'crm-table-status');
  const prev = el('button', 'crm-table-prev', WORDS.prev);
  const next = el('button', 'crm-table-next', WORDS.next);

  columns.forEach((c, j) => {
    const th = el('th');
    th.dataset.type = c.type;
    th.title = `${c.name} (${c.type}) — ${WORDS.sort}`;
    const label = el('span', 'crm-th-label', c.name);
    const arrow = el('span', 'crm-th-sort', '');
    th.append(label, arrow);
    if (c.type === 'number') th.classList.add('num');
    th.addEventListener('click', () => {
      sort = sort?.col === j ? { col: j, dir: sort.dir === 1 ? -1 : 1 } : { col: j, dir: 1 };
      rows = [...rows].sort((a, b) => sort!.dir * compare(a.r[j], b.r[j]) || a.i - b.i);
      headRow.querySelectorAll('.crm-th-sort').forEach((s, k) => (s.textContent = k === j ? (sort!.dir === 1 ? ' ▲' : ' ▼') : ''));
      headRow
        .querySelectorAll('th')
        .forEach((h, k) => h.setAttribute('aria-sort', k === j ? (sort!.dir === 1 ? 'ascending' : 'descending') : 'none'));
      page = 0;
      draw();
    });
    headRow.append(th);
  });
  thead.append(headRow);
  table.append(thead, tbody);
  scroller.append(table);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  prev.addEventListener('click', () => {
    page = Math.max(0, page - 1);
    draw();
  });
  next.addEventListener('click', () => {
    page = Math.min(pages - 1, page + 1);
    draw();
  });

  function draw(): void {
    const start = page * PAGE_SIZE;
    const slice = rows.slice(start, start + PAGE_SIZE);
    tbody.replaceChildren(
      ...slice.map(({ r }) => {
        const tr = el('tr');
        r.forEach((v, j) => {
          const td = el('td', columns[j].type === 'number' ? 'num' : undefined, formatValue(v, columns[j].type));
          if (v === null || v === undefined) td.classList.add('empty');
          tr.append(td);
        });
        return tr;
      }),
    );
    const shown = rows.length;
    const range = shown ? WORDS.range(integer.format(start + 1), integer.format(start + slice.length)) : WORDS.none;
    const of = shown < totalRows ? WORDS.showing(integer.format(shown), integer.format(totalRows)) : WORDS.rows(integer.format(totalRows));
    const cols = WORDS.columns(integer.format(columns.length));
    status.textContent = pages > 1 ? `${of} · ${range} · ${cols}` : `${of} · ${cols}`;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    footer.classList.toggle('single-page', pages === 1);
  }

  footer.append(prev, status, next);
  root.append(scroller, footer);
  element.replaceChildren(root);
  draw();
}

export const TABLE_CSS = `
.crm-table { font-family: var(--vscode-editor-font-family, monospace); font-size: var(--vscode-editor-font-size, 12px); color: var(--vscode-editor-foreground); }
.crm-table-scroll { max-height: 420px; overflow: auto; border: 1px solid var(--vscode-editorWidget-border, #8884); }
.crm-table table { border-collapse: collapse; width: max-content; min-width: 100%; }
.crm-table th { position: sticky; top: 0; background: var(--vscode-editorWidget-background, #eee); cursor: pointer; text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #8886); white-space: nowrap; user-select: none; }
.crm-table td { text-align: left; padding: 2px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #8882); white-space: nowrap; max-width: 32em; overflow: hidden; text-overflow: ellipsis; }
.crm-table th.num, .crm-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
.crm-table td.empty::after { content: '∅'; opacity: .4; }
.crm-table tbody tr:hover { background: var(--vscode-list-hoverBackground, #8881); }
.crm-table-footer { display: flex; gap: 8px; align-items: center; padding: 4px 0; color: var(--vscode-descriptionForeground); }
.crm-table-footer.single-page button { display: none; }
.crm-table-footer button { background: var(--vscode-button-secondaryBackground, #ddd); color: var(--vscode-button-secondaryForeground, #000); border: none; padding: 2px 8px; cursor: pointer; }
.crm-table-footer button:disabled { opacity: .4; cursor: default; }
`;
