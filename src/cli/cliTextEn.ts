/**
 * The CLI's words in English. The shape of this object is the catalogue's type: cliTextZhCn.ts
 * must have every entry, or the build fails.
 */
export const CLI_TEXT_EN = {
  usage: `Usage:
  crm-workbench run <notebook.crmnb> [--out <file.crmnb>] [--param name=value …] [--lang en|zh-cn]
      Run all code cells with a fresh kernel and save the outputs (in place without --out).
      --param overrides the parameters cell (cell metadata "parameters": true; papermill's convention).
  crm-workbench report <notebook.crmnb> --out <report.html> [--run] [--hide-code] [--title "…"] [--lang en|zh-cn]
                       [--pseudonymize email,name,phone] [--pseudonymize-key <secret>] [--param name=value …]
      Write a self-contained HTML report (charts as SVG, no script). --run executes the notebook first.
      --pseudonymize masks those columns in every table and chart with a keyed hash (HMAC-SHA-256);
      the key comes from --pseudonymize-key or $CRM_WORKBENCH_PSEUDONYM_KEY, else a random one per report.
  crm-workbench metrics <orders.csv | orders.xlsx | survey.csv | customers.csv> [--json] [--kind orders|survey|customers] [--map '{"customerId":"Client"}']
                        [--encoding auto|utf-8|gb18030|windows-1252|utf-16le] [--delimiter auto|,|;|tab|'|'] [--decimal auto|.|,] [--sheet NAME]
      What the file is and its key figures (revenue, customers, segments, NPS…), without a notebook.
      Prints what was excluded and why. --kind and --map override the detection (--map: which
      column holds each field, as JSON); the others override what is detected when reading.
      --columns lists the columns with sample values instead (JSON), for choosing a --map.
  crm-workbench check <notebook.crmnb>
      Type-check the code cells as the editor does (completions' types, the cell globals, earlier
      cells' declarations) without running them; prints "Cell N, line L, column C: message" for each
      problem and exits 1 when there is a type error.
  --lang en|zh-cn (every command): the language of messages, summaries and charts; else $LANGUAGE, $LC_ALL, $LANG.
  crm-workbench help

Exit codes: 0 success, 1 a cell failed (check: a type error), 2 bad arguments or an unreadable file.`,
  unknownCommand: (command: string) => `unknown command "${command}"; try "crm-workbench help"`,
  unknownOption: (flag: string, command: string, options: string) => `unknown option ${flag} for "${command}"; options: ${options}`,
  noValue: (flag: string) => `option ${flag} takes no value`,
  needsValue: (flag: string) => `option ${flag} needs a value`,
  needsFlag: (command: string, flag: string) => `"${command}" needs ${flag} <file>`,
  oneFile: (command: string, metrics: boolean, got: number) =>
    `"${command}" takes one ${metrics ? 'data file' : 'notebook file'}, got ${got}`,
  notNotebook: (file: string) => `"${file}" is not a .crmnb notebook`,
  badLang: (value: string) => `--lang must be en or zh-cn (not ${value})`,
  cannotRead: (file: string, why: string) => `cannot read ${file}: ${why}`,
  noSuchFile: 'no such file',
  parameters: (list: string) => `parameters: ${list}`,
  noParametersCell: 'note: the notebook has no parameters cell (cell metadata "parameters": true); the parameters were put first',
  defaultParameters: 'parameters: the defaults of the parameters cell',
  cell: (n: number) => `Cell ${n}`,
  cellFailed: (label: string, error: string) => `${label} failed: ${error}`,
  cellsRan: (ok: number, all: number) => `${ok} of ${all} code cells ran`,
  wrote: (file: string) => `wrote ${file}`,
  paramNeedsRun: '--param needs --run (the parameters apply to a run)',
  keyTooShort: '--pseudonymize-key needs at least 8 characters',
  masked: (columns: string) => `masked columns ${columns} in every table and chart`,
  paramName: (p: string) => `--param needs name=value with a JavaScript name, e.g. --param asOf=2024-12-31; got "${p}"`,
  decimal: (value: string) => `--decimal must be auto, . or , (not ${value})`,
  notebookNotData: (file: string) =>
    `${file} is a notebook; "metrics" reads a data file (CSV, TSV, .xlsx or JSON). Use "run" or "report" for notebooks`,
  kindNeeded: '--kind must be orders, survey or customers (and is needed with --map)',
  mapJson: `--map must be JSON such as '{"customerId":"Client","orderDate":"Day","amount":"Paid"}'`,
  mapHint: ` If the columns were not recognised, name them: --kind orders --map '{"customerId":"…","orderDate":"…","amount":"…"}'`,
  kind: { orders: 'orders', survey: 'survey', customers: 'customers' } as Record<string, string>,
  ordersLine: (revenue: string, orders: string, customers: string, aov: string, repeat: string) =>
    `revenue ${revenue} · orders ${orders} · customers ${customers} · AOV ${aov} · repeat rate ${repeat}`,
  atRisk: (n: string) => `lapsing customers (last order 90–180 days ago; not the RFM segment At Risk): ${n}`,
  segments: (list: string) => `segments: ${list}`,
  topCustomers: (list: string) => `top customers: ${list}`,
  months: (first: string, last: string, n: number) => `months: ${first} … ${last} (${n})`,
  npsNone: 'NPS: no valid answers',
  npsLine: (nps: string, moe: string, low: string, high: string, n: string, promoters: string, passives: string, detractors: string) =>
    `NPS ${nps} ± ${moe} (95% CI ${low} to ${high}), n = ${n}; promoters ${promoters}, passives ${passives}, detractors ${detractors}`,
  csatLine: (csat: string, n: string) => `CSAT ${csat}% (top-2-box), n = ${n}`,
  scores: (list: string) => `scores: ${list}`,
  rows: (n: string) => `${n} rows`,
  columnLine: (name: string, filled: string, distinct: string) => `${name}: ${filled} filled, ${distinct} distinct`,
  columns: (list: string) => `columns: ${list}`,
  kept: (kept: string, read: string, excluded: string) => `kept ${kept} of ${read}${excluded ? `; excluded: ${excluded}` : ''}`,
  rowCount: (n: string, one: boolean) => `${n} row${one ? '' : 's'}`,
  warning: (w: string) => `warning: ${w}`,
  customersHint: `(read as a customer list; if it is an orders export, say which columns hold what: --kind orders --map '{"customerId":"…","orderDate":"…","amount":"…"}')`,
};

/** The CLI's words: every entry of {@link CLI_TEXT_EN}, in one language. */
export type CliText = typeof CLI_TEXT_EN;
