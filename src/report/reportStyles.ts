/** The report's stylesheet: readable on screen, clean when printed. */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --code: #f6f8fa; --accent: #0969da; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans SC", "PingFang SC", sans-serif; color: var(--fg); max-width: 960px; margin: 2rem auto; padding: 0 1.25rem; }
header { border-bottom: 1px solid var(--line); margin-bottom: 1.5rem; }
header h1 { margin: 0 0 .25rem; font-size: 1.8rem; }
header p { margin: 0 0 1rem; color: var(--muted); }
nav.toc { background: var(--code); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1.25rem; margin-bottom: 2rem; }
nav.toc ol { margin: .25rem 0; padding-left: 1.25rem; }
nav.toc a { color: var(--accent); text-decoration: none; }
.cell { margin: 1.25rem 0; }
pre { background: var(--code); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; overflow-x: auto; font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
pre.code { border-left: 3px solid var(--accent); }
pre.stderr { border-left: 3px solid #bf8700; }
pre.error { border-left: 3px solid #cf222e; color: #82071e; background: #ffebe9; }
.output { margin: .5rem 0 1rem; }
.chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 13px; margin: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 10px; text-align: left; white-space: nowrap; }
th { background: var(--code); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
.rowcount { color: var(--muted); font-size: 12.5px; margin: .25rem 0; }
footer { margin-top: 3rem; color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  nav.toc { break-after: page; }
  .cell, .chart, table { break-inside: avoid; }
  pre { white-space: pre-wrap; }
  a { color: inherit; }
}
`;
