/**
 * The table grid for the table MIME type (issue 12). While the cell's kernel runs, it pages,
 * sorts (Shift+click adds a key) and filters all rows by asking the kernel, which keeps the
 * table; otherwise it works on the rows saved in the notebook and says so. Headers carry each
 * column's profile; rows can be copied as TSV and exported through the kernel. Row count, page
 * and sort are always in view. Every value is set with `textContent`, never parsed as HTML.
 */
import type { ColumnProfile, GridFilter, GridQuery, GridSort, TablePayload } from '../protocol/index';
import { cellText, tsvText } from './cellText';
import { filterControl, showProfile, type FilterControl } from './columnHeader';
import { el } from './dom';
import type { GridChannel } from './gridChannel';
import { GridState, type PageResult } from './gridState';
import { gridWords } from './gridWords';

export { el } from './dom';
export { TABLE_CSS } from './gridCss';

const PAGE_SIZE = 25;

export function renderTable(payload: TablePayload, element: HTMLElement, channel: GridChannel): void {
  const { columns } = payload;
  const words = gridWords(payload.language);
  const state = new GridState(payload, channel);
  const nf = new Intl.NumberFormat(payload.language === 'zh-cn' ? 'zh-CN' : 'en-US');
  const n = (x: number) => nf.format(x);
  const query: GridQuery = { sort: [], filters: [] };
  let page = 0;
  let current: PageResult = { rows: [], rowNumbers: [], page: 0, pageCount: 1, matchingRows: 0 };
  const selected = new Set<number>();
  let anchor = -1;
  let ticket = 0;

  const root = el('div', 'crm-table');
  const bar = el('div', 'crm-table-bar');
  const status = el('span', 'crm-table-status');
  const sortLine = el('span', 'crm-table-sort');
  const notice = el('div', 'crm-table-notice');
  const scroller = el('div', 'crm-table-scroll');
  const table = el('table');
  const thead = el('thead');
  const headRow = el('tr');
  const filterRow = el('tr', 'crm-filter-row');
  const tbody = el('tbody');
  const pager = el('div', 'crm-table-pager');
  const first = el('button', 'crm-table-first', words.first);
  const prev = el('button', 'crm-table-prev', words.prev);
  const pageInput = el('input', 'crm-table-page');
  const pageCount = el('span', 'crm-table-pages');
  const next = el('button', 'crm-table-next', words.next);
  const last = el('button', 'crm-table-last', words.last);
  const copy = el('button', 'crm-table-copy', words.copy);
  const exporter = el('select', 'crm-table-export');
  exporter.append(el('option', undefined, words.exportAll), Object.assign(el('option', undefined, 'CSV'), { value: 'csv' }));
  exporter.append(Object.assign(el('option', undefined, 'Excel (XLSX)'), { value: 'xlsx' }));
  pageInput.type = 'number';
  pageInput.min = '1';
  pageInput.title = words.goTo;
  pageInput.setAttribute('aria-label', words.goTo);

  headRow.append(el('th', 'crm-rownum', '#'));
  filterRow.append(el('th', 'crm-rownum'));
  const filters = new Map<string, GridFilter>();
  const controls: FilterControl[] = [];
  const heads = columns.map((c) => {
    const th = el('th');
    th.dataset.column = c.name;
    th.dataset.type = c.type;
    if (c.type === 'number') th.classList.add('num');
    if (c.type === 'string' || c.type === 'object') th.classList.add('wrap');
    th.title = `${c.name} — ${words.types[c.format ?? c.type] ?? c.type}\n${words.sortHint}`;
    const label = el('div', 'crm-th-name');
    label.append(el('span', 'crm-th-label', c.name), el('span', 'crm-th-sort', ''));
    th.append(label);
    th.addEventListener('click', (e) => toggleSort(c.name, e.shiftKey));
    headRow.append(th);
    const control = filterControl(c, words, payload, (f) => {
      if (f) filters.set(c.name, f);
      else filters.delete(c.name);
      query.filters = [...filters.values()];
      page = 0;
      void refresh();
    });
    controls.push(control);
    filterRow.append(control.cell);
    return th;
  });
  thead.append(headRow, filterRow);
  table.append(thead, tbody);
  scroller.append(table);
  pager.append(first, prev, el('span', 'crm-table-pagelabel', words.page), pageInput, pageCount, next, last, copy, exporter);
  bar.append(status, sortLine);
  root.append(bar, notice, scroller, pager);
  element.replaceChildren(root);

  function toggleSort(name: string, add: boolean): void {
    const at = query.sort.findIndex((s) => s.column === name);
    const was = query.sort[at];
    let sort: GridSort[] = add ? [...query.sort] : was ? [was] : [];
    const i = sort.findIndex((s) => s.column === name);
    // none → ascending → descending → none
    if (i < 0) sort.push({ column: name, descending: false });
    else if (!sort[i].descending) sort[i] = { column: name, descending: true };
    else sort = sort.filter((s) => s.column !== name);
    query.sort = sort;
    page = 0;
    void refresh();
  }

  function drawHeader(): void {
    heads.forEach((th, j) => {
      const k = query.sort.findIndex((s) => s.column === columns[j].name);
      const mark = k < 0 ? '' : `${query.sort[k].descending ? ' ▼' : ' ▲'}${query.sort.length > 1 ? k + 1 : ''}`;
      th.querySelector('.crm-th-sort')!.textContent = mark;
      th.setAttribute('aria-sort', k < 0 ? 'none' : query.sort[k].descending ? 'descending' : 'ascending');
    });
    const keys = query.sort.map((s) => `${s.column} ${s.descending ? '↓' : '↑'}`);
    sortLine.textContent = keys.length ? `${words.sortedBy} ${keys.join(`, ${words.then} `)}` : words.unsorted;
  }

  function drawRows(): void {
    tbody.replaceChildren(
      ...current.rows.map((r, i) => {
        const rowNumber = current.rowNumbers[i];
        const tr = el('tr');
        tr.dataset.row = String(rowNumber);
        if (selected.has(rowNumber)) tr.classList.add('selected');
        tr.append(el('td', 'crm-rownum', n(rowNumber + 1)));
        r.forEach((v, j) => {
          const c = columns[j];
          const td = el(
            'td',
            c.type === 'number' ? 'num' : c.type === 'string' || c.type === 'object' ? 'wrap' : undefined,
            cellText(v, c, payload),
          );
          if (v === null || v === undefined) td.classList.add('empty');
          tr.append(td);
        });
        tr.addEventListener('click', (e) => select(i, e));
        return tr;
      }),
    );
  }

  function select(i: number, e: MouseEvent): void {
    const r = current.rowNumbers[i];
    if (e.shiftKey && anchor >= 0) {
      const a = current.rowNumbers.indexOf(anchor);
      const [lo, hi] = a < 0 ? [i, i] : [Math.min(a, i), Math.max(a, i)];
      for (let k = lo; k <= hi; k++) selected.add(current.rowNumbers[k]);
    } else if (e.ctrlKey || e.metaKey) {
      if (!selected.delete(r)) selected.add(r);
      anchor = r;
    } else {
      const only = selected.size === 1 && selected.has(r);
      selected.clear();
      if (!only) selected.add(r);
      anchor = r;
    }
    drawRows();
  }

  function drawStatus(): void {
    const total = payload.totalRows;
    const filtered = query.filters.length > 0;
    const base = state.partial ? payload.rows.length : total;
    const count = filtered ? words.matching(n(current.matchingRows), n(base)) : words.rows(n(base));
    status.textContent = `${count} · ${words.pageOf(n(current.page + 1), n(current.pageCount))}`;
    pageInput.value = String(current.page + 1);
    pageInput.max = String(current.pageCount);
    pageCount.textContent = `/ ${n(current.pageCount)}`;
    first.disabled = prev.disabled = current.page === 0;
    next.disabled = last.disabled = current.page >= current.pageCount - 1;
    const what = filtered ? 'filtered' : query.sort.length ? 'sorted' : 'shown';
    notice.textContent = state.partial ? words.stale(what, n(payload.rows.length), n(total)) : '';
    notice.hidden = !state.partial;
    exporter.disabled = !payload.id || (state.mode === 'saved' && state.partial);
    exporter.title = exporter.disabled ? words.exportNeedsKernel : '';
  }

  async function refresh(): Promise<void> {
    const mine = ++ticket;
    drawHeader();
    const slow = setTimeout(() => mine === ticket && (status.textContent = state.mode === 'live' ? words.busy : words.loading), 400);
    const result = await state.page(query, page, PAGE_SIZE);
    clearTimeout(slow);
    if (mine !== ticket) return; // a newer request is on its way
    if (!result.ok) {
      status.textContent = words.failed(result.message);
      return;
    }
    current = result.value;
    page = current.page;
    drawRows();
    drawStatus();
  }

  const go = (p: number) => {
    page = Math.max(0, Math.min(current.pageCount - 1, p));
    void refresh();
  };
  first.addEventListener('click', () => go(0));
  prev.addEventListener('click', () => go(page - 1));
  next.addEventListener('click', () => go(page + 1));
  last.addEventListener('click', () => go(current.pageCount - 1));
  pageInput.addEventListener('change', () => go(Math.round(Number(pageInput.value) || 1) - 1));

  function tsv(): { text: string; rows: number } {
    const rows = current.rows.filter((_, i) => selected.size === 0 || selected.has(current.rowNumbers[i]));
    const lines = [columns.map((c) => tsvText(c.name)).join('\t'), ...rows.map((r) => r.map(tsvText).join('\t'))];
    return { text: lines.join('\n') + '\n', rows: rows.length };
  }
  async function copyRows(): Promise<void> {
    const { text, rows } = tsv();
    const reply = await state.copy(text);
    if (reply.type !== 'copied') await navigator.clipboard?.writeText(text).catch(() => undefined);
    status.textContent = words.copied(n(rows));
    setTimeout(drawStatus, 3000);
  }
  copy.addEventListener('click', () => void copyRows());
  // Ctrl/Cmd+C with rows selected (and no text selected) copies those rows as TSV.
  root.tabIndex = 0;
  root.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'c' || selected.size === 0) return;
    if (e.target instanceof HTMLInputElement || String(globalThis.getSelection?.() ?? '') !== '') return;
    e.preventDefault();
    void copyRows();
  });
  exporter.addEventListener('change', async () => {
    const format = exporter.value === 'xlsx' ? 'xlsx' : exporter.value === 'csv' ? 'csv' : undefined;
    exporter.selectedIndex = 0;
    if (!format) return;
    const reply = await state.export(query, format, 'table');
    if (reply.type === 'exported') status.textContent = words.exported(n(reply.rows), reply.path.split(/[\\/]/).pop() ?? reply.path);
    else if (reply.type === 'error' && reply.code !== 'cancelled') status.textContent = words.failed(reply.message);
    setTimeout(drawStatus, 4000);
  });

  async function loadProfiles(): Promise<void> {
    const result = await state.profiles();
    if (!result.ok) return;
    const note = state.partial ? words.staleProfile(n(payload.rows.length)) : undefined;
    result.value.forEach((p: ColumnProfile, j) => {
      showProfile(heads[j], columns[j], p, payload, words, note);
      controls[j].useProfile(p);
    });
    drawStatus();
  }

  // The saved rows are the table's first rows: show them at once, then ask the kernel.
  current = {
    rows: payload.rows.slice(0, PAGE_SIZE),
    rowNumbers: payload.rows.slice(0, PAGE_SIZE).map((_, i) => i),
    page: 0,
    pageCount: Math.max(1, Math.ceil((state.mode === 'saved' ? payload.rows.length : payload.totalRows) / PAGE_SIZE)),
    matchingRows: payload.totalRows,
  };
  drawHeader();
  drawRows();
  drawStatus();
  void loadProfiles().then(() => refresh());
}
