/**
 * What the Quick Metrics panel shows for a file: the figures of `crm.quickMetrics` as labelled
 * values, small tables and Vega-Lite charts (built here, with the chart builders).
 */
import type { CustomersMetrics, OrdersMetrics, QuickMetrics, SurveyMetrics } from '../../analytics/index';
import * as charts from '../../charts/index';
import type { PanelContent } from '../../protocol/index';
import type { DataQualityReport } from '../../analytics/index';

const money = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const int = (x: number) => x.toLocaleString('en-US');
const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);

function quality(report: DataQualityReport): string[] {
  const lines = [`Kept ${int(report.rowsKept)} of ${int(report.rowsRead)} rows.`];
  for (const [reason, n] of Object.entries(report.droppedByReason)) {
    const examples = report.dropped.filter((d) => d.reason === reason).slice(0, 3).map((d) => `row ${d.row}${d.value ? ` (${d.value})` : ''}`);
    lines.push(`Dropped ${n} × ${reason}: ${examples.join(', ')}${n > 3 ? ', …' : ''}`);
  }
  if (report.refunds?.count) lines.push(`${report.refunds.count} refunds (total ${money(report.refunds.total)}) ${report.refunds.kept ? 'kept' : 'dropped'}.`);
  for (const w of report.warnings) lines.push(`Note: ${w}`);
  lines.push(`Columns: ${Object.entries(report.mapping).map(([k, v]) => `${k} ← "${v}"`).join(', ')}`);
  return lines;
}

function orders(fileName: string, m: OrdersMetrics): PanelContent {
  return {
    fileName,
    kind: 'orders',
    headline: `Revenue ${money(m.revenue)}`,
    figures: [
      { label: 'Revenue', value: money(m.revenue) },
      { label: 'Orders', value: int(m.orders) },
      { label: 'Customers', value: int(m.customers) },
      { label: 'Average order', value: money(m.aov) },
      { label: 'Repeat rate', value: pct(m.repeatRate), hint: 'customers who bought on two or more days' },
      { label: 'At risk', value: int(m.atRisk), hint: 'last purchase 90–180 days before the latest order' },
    ],
    charts: [
      {
        id: 'monthly',
        spec: {
          $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
          title: 'Revenue by month',
          width: 'container',
          height: 180,
          data: { values: m.monthlyRevenue },
          mark: { type: 'bar', tooltip: true },
          encoding: { x: { field: 'month', type: 'ordinal', title: null }, y: { field: 'revenue', type: 'quantitative', title: 'Revenue' } },
        },
      },
      { id: 'segments', spec: { ...(charts.segmentChart(m.segments) as unknown as Record<string, unknown>), height: 260 } },
      { id: 'cohorts', spec: charts.cohortHeatmap(m.cohorts) as unknown as Record<string, unknown> },
    ],
    tables: [
      { title: 'Top customers', columns: ['Customer', 'Revenue', 'Orders'], rows: m.topCustomers.map((c) => [c.customerId, money(c.revenue), int(c.orders)]) },
      { title: 'Segments', columns: ['Segment', 'Customers', 'Revenue share'], rows: m.segments.map((s) => [s.segment, int(s.customers), pct(s.revenueShare)]) },
    ],
    quality: quality(m.report),
    canOpenNotebook: true,
  };
}

function survey(fileName: string, m: SurveyMetrics): PanelContent {
  const n = m.nps;
  const figures = [
    { label: 'NPS', value: n.nps === null ? '—' : `${n.nps.toFixed(1)} ± ${n.moe!.toFixed(1)}`, hint: n.ci ? `95% CI ${n.ci[0].toFixed(1)} to ${n.ci[1].toFixed(1)}` : undefined },
    { label: 'Answers', value: int(n.n) },
    { label: 'Promoters', value: int(n.promoters) },
    { label: 'Passives', value: int(n.passives) },
    { label: 'Detractors', value: int(n.detractors) },
  ];
  if (m.csat?.csat !== null && m.csat) figures.push({ label: 'CSAT', value: `${m.csat.csat!.toFixed(1)}%`, hint: 'top-2-box' });
  const chartsOut = [
    { id: 'nps', spec: charts.npsChart(n) as unknown as Record<string, unknown> },
    {
      id: 'distribution',
      spec: {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: 'Score distribution',
        width: 'container',
        height: 160,
        data: { values: m.distribution },
        mark: { type: 'bar', tooltip: true },
        encoding: { x: { field: 'score', type: 'ordinal', axis: { labelAngle: 0 } }, y: { field: 'count', type: 'quantitative' } },
      },
    },
  ];
  if (m.trend.length > 1) {
    chartsOut.push({
      id: 'trend',
      spec: { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title: 'NPS by month', width: 'container', height: 160, data: { values: m.trend }, mark: { type: 'line', point: true, tooltip: true }, encoding: { x: { field: 'period', type: 'ordinal', title: null }, y: { field: 'nps', type: 'quantitative', scale: { domain: [-100, 100] } } } },
    });
  }
  return { fileName, kind: 'survey', headline: n.nps === null ? 'NPS —' : `NPS ${n.nps.toFixed(1)}`, figures, charts: chartsOut, tables: [], quality: quality(m.report), canOpenNotebook: true };
}

function customers(fileName: string, m: CustomersMetrics): PanelContent {
  return {
    fileName,
    kind: 'customers',
    headline: `${int(m.customers)} customers`,
    figures: [{ label: 'Rows', value: int(m.customers) }, { label: 'Columns', value: int(m.columns.length) }],
    charts: [],
    tables: [{ title: 'Columns', columns: ['Column', 'Filled', 'Distinct values'], rows: m.columns.map((c) => [c.name, int(c.filled), int(c.distinct)]) }],
    quality: [],
    canOpenNotebook: false,
  };
}

export function panelContent(fileName: string, m: QuickMetrics): PanelContent {
  return m.kind === 'orders' ? orders(fileName, m) : m.kind === 'survey' ? survey(fileName, m) : customers(fileName, m);
}
