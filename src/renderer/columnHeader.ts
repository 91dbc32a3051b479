/**
 * One column's header: its own name (as code refers to it), the sort mark, and its profile (a
 * small histogram or the share of its top values, the range or the distinct count, missing
 * values), with the full profile, the type and the unit in the tooltip. Below, in a second header
 * row, the column's filter: a value picker for few categories, a min–max pair for numbers and
 * dates, "contains" for text.
 */
import type { ColumnProfile, GridFilter, TableColumn, TablePayload } from '../protocol/index';
import { cellText, formatOf, valueWithCode } from './cellText';
import { el } from './dom';
import type { GridWords } from './gridWords';

const PICK_LIMIT = 12;
/** Above this many distinct values (ids, names) a bar of shares says nothing: the count alone is shown. */
const SHARE_LIMIT = 24;

/** A date key (ms) as the local calendar day, so a range reads as dates without times. */
const day = (ms: number) => {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).toISOString();
};
const count = (n: number, language?: string) => new Intl.NumberFormat(language === 'zh-cn' ? 'zh-CN' : 'en-US').format(n);

/** The profile as the tooltip's lines. */
function profileLines(c: TableColumn, p: ColumnProfile, payload: TablePayload, words: GridWords): string[] {
  const kind = words.types[c.format ?? c.type] ?? c.type;
  const unit = formatOf(c) === 'money' && payload.currency ? ` (${payload.currency})` : '';
  const n = (x: number) => count(x, payload.language);
  const lines = [`${c.name} — ${kind}${unit}`, `${words.missing(n(p.missing))} · ${words.distinct(n(p.distinct))}`];
  const show = (x: number | undefined) => (x === undefined ? '' : cellText(c.type === 'date' ? new Date(x).toISOString() : x, c, payload));
  if (p.min !== undefined) lines.push(`${words.min} ${show(p.min)} · ${words.mean} ${show(p.mean)} · ${words.max} ${show(p.max)}`);
  for (const t of p.top ?? []) lines.push(`${valueWithCode(t.value, c, payload)} — ${n(t.count)}`);
  return lines;
}

/** Fills the header cell's profile part (replacing what was there). */
export function showProfile(
  th: HTMLElement,
  c: TableColumn,
  p: ColumnProfile,
  payload: TablePayload,
  words: GridWords,
  note?: string,
): void {
  const box = el('div', 'crm-profile');
  const bars = el('div', 'crm-bars');
  if (p.histogram) {
    const most = Math.max(1, ...p.histogram.map((b) => b.count));
    for (const b of p.histogram) {
      const bar = el('span', 'crm-bar');
      bar.style.height = `${Math.max(b.count ? 8 : 0, Math.round((100 * b.count) / most))}%`;
      bars.append(bar);
    }
  } else if (p.top && p.distinct <= SHARE_LIMIT) {
    const total = Math.max(1, p.top.reduce((s, t) => s + t.count, 0) + p.missing);
    bars.classList.add('crm-shares');
    p.top.forEach((t, i) => {
      const share = el('span', `crm-share crm-share-${i % 5}`);
      share.style.width = `${(100 * t.count) / total}%`;
      bars.append(share);
    });
  }
  const n = (x: number) => count(x, payload.language);
  const show = (x: number) => cellText(c.type === 'date' ? day(x) : x, c, payload);
  const summary = p.min !== undefined && p.max !== undefined ? `${show(p.min)} – ${show(p.max)}` : words.distinct(n(p.distinct));
  const line = el('div', 'crm-profile-text', summary);
  box.append(bars, line);
  if (p.missing > 0) box.append(el('div', 'crm-profile-missing', words.missing(n(p.missing))));
  th.querySelector('.crm-profile')?.remove();
  th.append(box);
  th.title = [...profileLines(c, p, payload, words), ...(note ? [note] : []), words.sortHint].join('\n');
}

export interface FilterControl {
  cell: HTMLTableCellElement;
  /** Offers a value picker once the profile tells the categories. */
  useProfile(p: ColumnProfile): void;
}

/** The filter cell of a column; `onChange` gets the column's filter, or undefined for none. */
export function filterControl(
  c: TableColumn,
  words: GridWords,
  payload: Pick<TablePayload, 'language' | 'currency'>,
  onChange: (f: GridFilter | undefined) => void,
): FilterControl {
  const cell = el('th', 'crm-filter');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (f: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(f, 350);
  };
  if (c.type === 'number' || c.type === 'date') {
    const min = el('input', 'crm-filter-min');
    const max = el('input', 'crm-filter-max');
    min.placeholder = words.min;
    max.placeholder = words.max;
    const parse = (s: string) => {
      const t = s.trim().replace(/[,\s]/g, '');
      if (!t) return undefined;
      const x = c.type === 'date' ? Date.parse(s.trim()) : Number(t.replace(/^[^\d.+-]+/, '').replace(/%$/, ''));
      return Number.isFinite(x) ? x : undefined;
    };
    const send = () => {
      const lo = parse(min.value);
      const hi = parse(max.value);
      onChange(lo === undefined && hi === undefined ? undefined : { kind: 'range', column: c.name, min: lo, max: hi });
    };
    for (const input of [min, max]) {
      input.type = 'text';
      input.size = 5; // the column's width comes from its values, not from the filter
      input.addEventListener('input', () => later(send));
      input.addEventListener('change', send);
    }
    cell.append(min, max);
    return { cell, useProfile: () => undefined };
  }
  const text = el('input', 'crm-filter-text');
  text.type = 'search';
  text.placeholder = words.filterText;
  text.size = 8;
  const sendText = () => onChange(text.value ? { kind: 'contains', column: c.name, text: text.value } : undefined);
  text.addEventListener('input', () => later(sendText));
  text.addEventListener('change', sendText);
  cell.append(text);
  return {
    cell,
    useProfile(p) {
      if (!p.top || p.distinct > PICK_LIMIT || p.top.length < p.distinct || text.value) return;
      const pick = el('select', 'crm-filter-pick');
      pick.append(el('option', undefined, words.all));
      for (const t of p.top)
        pick.append(Object.assign(el('option', undefined, valueWithCode(t.value, c, payload)), { value: `v:${t.value}` }));
      if (p.missing > 0) pick.append(Object.assign(el('option', undefined, words.missingValue), { value: 'missing' }));
      pick.addEventListener('change', () => {
        const v = pick.value;
        if (!v.startsWith('v:') && v !== 'missing') return onChange(undefined);
        const value = v === 'missing' ? null : c.type === 'boolean' ? v === 'v:true' : v.slice(2);
        onChange({ kind: 'pick', column: c.name, values: [value] });
      });
      cell.replaceChildren(pick);
    },
  };
}
