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
section.summary { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1.25rem 1rem; margin-bottom: 2rem; }
section.summary h2 { margin: .75rem 0 .25rem; font-size: 1.35rem; }
section.summary h3 { margin: 1rem 0 .35rem; font-size: 1.05rem; }
section.summary ul.figures { margin: .25rem 0; padding-left: 1.25rem; }
section.summary ul.figures li { margin: .2rem 0; }
section.summary .where { color: var(--muted); font-size: 12.5px; }
section.summary .where::before { content: "· "; }
th.num { text-align: right; }
details.chart-code > summary { color: var(--muted); cursor: pointer; font-size: 13px; }
/* Paper: A4 (210 × 297 mm) and US Letter (8.5 × 11 in) both fit these margins; the printer's size wins. */
@page { margin: 16mm 14mm 18mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10.5pt; }
  header { margin-bottom: 1rem; }
  section.summary { break-after: page; border: none; padding: 0; }
  nav.toc { break-inside: avoid; }
  main > section.chapter ~ section.chapter { break-before: page; }
  .cell.code, .output, .chart, table, figure, h2, h3 { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; width: 100%; }
  th, td { white-space: normal; padding: 2px 6px; }
  pre { white-space: pre-wrap; font-size: 8.5pt; }
  .chart svg { max-width: 100%; height: auto; }
  details.chart-code { display: none; }
  a { color: inherit; text-decoration: none; }
  footer { margin-top: 1.5rem; }
}
`;
