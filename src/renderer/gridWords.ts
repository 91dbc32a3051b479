/**
 * The grid's words in English or Simplified Chinese, chosen by the language the kernel ran in
 * (`payload.language`), else the webview's. All the grid's text is here.
 */
import type { DisplayLanguage, TableColumn, ValueFormat } from '../protocol/index';

export interface GridWords {
  prev: string;
  next: string;
  first: string;
  last: string;
  page: string;
  pageOf: (page: string, pages: string) => string;
  goTo: string;
  rows: (n: string) => string;
  matching: (shown: string, total: string) => string;
  sortHint: string;
  sortedBy: string;
  then: string;
  unsorted: string;
  clearFilters: string;
  filterText: string;
  min: string;
  max: string;
  all: string;
  missingValue: string;
  copy: string;
  copied: (n: string) => string;
  exportAll: string;
  loading: string;
  busy: string;
  /** The saved rows only: `what` is sorted / filtered / shown. */
  stale: (what: 'sorted' | 'filtered' | 'shown', saved: string, total: string) => string;
  staleProfile: (saved: string) => string;
  exportNeedsKernel: string;
  exported: (n: string, file: string) => string;
  failed: (message: string) => string;
  missing: (n: string) => string;
  distinct: (n: string) => string;
  mean: string;
  none: string;
  /** A column's kind in the tooltip, by its value format, else its type (every one has its word). */
  types: Record<ValueFormat | TableColumn['type'], string>;
}

const EN: GridWords = {
  prev: '‹ Prev',
  next: 'Next ›',
  first: '«',
  last: '»',
  page: 'Page',
  pageOf: (p, n) => `page ${p} of ${n}`,
  goTo: 'Go to page',
  rows: (n) => `${n} row${n === '1' ? '' : 's'}`,
  matching: (s, t) => `${s} of ${t} rows match`,
  sortHint: 'Click to sort; Shift+click to add a sort key',
  sortedBy: 'sorted by',
  then: 'then',
  unsorted: 'in table order',
  clearFilters: 'Clear filters',
  filterText: 'contains…',
  min: 'min',
  max: 'max',
  all: '(all)',
  missingValue: '(missing)',
  copy: 'Copy rows',
  copied: (n) => `Copied ${n} rows as TSV`,
  exportAll: 'Export all rows…',
  loading: 'Asking the kernel…',
  busy: 'Waiting for the kernel (it may be running a cell)…',
  stale: (what, saved, total) =>
    what === 'shown'
      ? `Only the ${saved} saved rows of ${total} are here — run the cell to page, sort and filter all ${total}.`
      : `${what === 'sorted' ? 'Sorted' : 'Filtered'} within the ${saved} saved rows — run the cell to ${what === 'sorted' ? 'sort' : 'filter'} all ${total}.`,
  staleProfile: (saved) => `Profile of the ${saved} saved rows`,
  exportNeedsKernel: 'Run the cell to export all rows.',
  exported: (n, file) => `Exported ${n} rows to ${file}`,
  failed: (m) => `The kernel could not answer: ${m}`,
  missing: (n) => `${n} missing`,
  distinct: (n) => `${n} distinct`,
  mean: 'mean',
  none: 'no rows',
  types: {
    number: 'number',
    string: 'text',
    date: 'date',
    boolean: 'yes/no',
    object: 'object',
    unknown: 'empty',
    money: 'money',
    percent: 'percent',
    count: 'count',
    days: 'days',
    text: 'text',
    label: 'category',
  },
};

const ZH: GridWords = {
  prev: '‹ 上一页',
  next: '下一页 ›',
  first: '«',
  last: '»',
  page: '页',
  pageOf: (p, n) => `第 ${p} / ${n} 页`,
  goTo: '跳到页',
  rows: (n) => `${n} 行`,
  matching: (s, t) => `${t} 行中有 ${s} 行符合`,
  sortHint: '点击排序；按住 Shift 点击可再加一个排序列',
  sortedBy: '排序：',
  then: '然后',
  unsorted: '按原表顺序',
  clearFilters: '清除筛选',
  filterText: '包含…',
  min: '最小',
  max: '最大',
  all: '（全部）',
  missingValue: '（缺失）',
  copy: '复制行',
  copied: (n) => `已复制 ${n} 行（TSV）`,
  exportAll: '导出全部行…',
  loading: '正在询问内核…',
  busy: '正在等待内核（它可能正在运行单元格）…',
  stale: (what, saved, total) =>
    what === 'shown'
      ? `这里只有保存的 ${saved} 行（共 ${total} 行）——运行该单元格即可对全部 ${total} 行翻页、排序和筛选。`
      : `仅在保存的 ${saved} 行内${what === 'sorted' ? '排序' : '筛选'}——运行该单元格即可${what === 'sorted' ? '排序' : '筛选'}全部 ${total} 行。`,
  staleProfile: (saved) => `保存的 ${saved} 行的概况`,
  exportNeedsKernel: '运行该单元格后才能导出全部行。',
  exported: (n, file) => `已导出 ${n} 行到 ${file}`,
  failed: (m) => `内核无法回答：${m}`,
  missing: (n) => `缺失 ${n}`,
  distinct: (n) => `${n} 个不同值`,
  mean: '平均',
  none: '无数据',
  types: {
    number: '数字',
    string: '文本',
    date: '日期',
    boolean: '是/否',
    object: '对象',
    unknown: '空',
    money: '金额',
    percent: '百分比',
    count: '计数',
    days: '天数',
    text: '文本',
    label: '类别',
  },
};

/** @example gridWords('zh-cn').next // → '下一页 ›' */
export function gridWords(language: DisplayLanguage | undefined): GridWords {
  const lang = language ?? (/^zh/i.test(globalThis.navigator?.language ?? '') ? 'zh-cn' : 'en');
  return lang === 'zh-cn' ? ZH : EN;
}
