/**
 * What the Quick Metrics panel shows for a file: the figures of `crm.quickMetrics` as labelled
 * values, small tables and Vega-Lite charts (built here, with the chart builders).
 */
import type { CustomersMetrics, OrdersMetrics, QuickMetrics, SurveyMetrics } from '../../analytics/index';
import * as charts from '../../charts/index';
import { dataCurrency, formatValue, withVegaLocale, type DisplayLanguage, type PanelContent } from '../../protocol/index';
import { describeReadInfo, dropReasonText, SEGMENTS, segmentName, type DataQualityReport, type ReadInfo } from '../../analytics/index';

/** Translates a message (the extension passes `vscode.l10n.t`; tests pass identity). */
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** How the panel's numbers read: the display language and the shop's currency (set by {@link panelContent}). */
export interface PanelNumberStyle {
  language: DisplayLanguage;
  /** The data's currency, else the `crmWorkbench.currency` setting; none: two decimals, no symbol. */
  currency: string | undefined;
}

// One panel is built at a time, synchronously: panelContent sets the style, the helpers read it.
let style: PanelNumberStyle = { language: 'en', currency: undefined };
const money = (x: number | null | undefined) => formatValue(x, 'money', style);
const int = (x: number | null | undefined) => formatValue(x, 'count', style);
const pct = (x: number | null | undefined) => formatValue(x, 'percent', style);
/** A score with one decimal (NPS 19.8, CSAT 81.2). */
const one = (x: number | null | undefined) => formatValue(x, 'number', { ...style, digits: 1 });
const chart = (spec: object) => withVegaLocale(spec, style.language, style.currency) as unknown as Record<string, unknown>;

function quality(report: DataQualityReport, t: Translate, read: ReadInfo | undefined, language: DisplayLanguage = 'en'): string[] {
  const lines = [t('Kept {0} of {1} rows.', int(report.rowsKept), int(report.rowsRead))];
  if (read) lines.push(t('File: {0}', describeReadInfo(read, language)));
  for (const [reason, n] of Object.entries(report.droppedByReason)) {
    const examples = report.dropped
      .filter((d) => d.reason === reason)
      .slice(0, 3)
      .map((d) => t('row {0}', d.row) + (d.value ? ` (${d.value})` : ''));
    lines.push(t('Excluded {0} × {1}: {2}', n, dropReasonText(reason, language), `${examples.join(', ')}${n > 3 ? ', …' : ''}`));
  }
  for (const w of read?.warnings ?? []) lines.push(t('Note: {0}', w));
  if (report.refunds?.count)
    lines.push(
      report.refunds.kept
        ? t('{0} refunds (total {1}) kept.', report.refunds.count, money(report.refunds.total))
        : t('{0} refunds (total {1}) dropped.', report.refunds.count, money(report.refunds.total)),
    );
  for (const w of report.warnings) lines.push(t('Note: {0}', w));
  lines.push(
    t(
      'Columns: {0}',
      Object.entries(report.mapping)
        .map(([k, v]) => `${k} ← "${v}"`)
        .join(', '),
    ),
  );
  return lines;
}

/**
 * The segments with the customers' share beside the revenue share: the segment chart draws both
 * ("Customers and revenue by segment"), and showed only revenue while `share` was missing (#15).
 */
export function segmentShares(
  m: Pick<OrdersMetrics, 'segments'>,
): { segment: string; customers: number; share: number; revenueShare: number | null }[] {
  const total = m.segments.reduce((sum, s) => sum + s.customers, 0);
  return m.segments.map((s) => ({ ...s, share: total > 0 ? s.customers / total : 0 }));
}

function orders(fileName: string, given: OrdersMetrics, t: Translate, read?: ReadInfo, language: DisplayLanguage = 'en'): PanelContent {
  const m = inLanguage(given, language);
  return {
    fileName,
    kind: 'orders',
    headline: t('Revenue {0}', money(m.revenue)),
    figures: [
      { label: t('Revenue'), value: money(m.revenue) },
      { label: t('Orders'), value: int(m.orders) },
      { label: t('Customers'), value: int(m.customers) },
      { label: t('Average order'), value: money(m.aov) },
      { label: t('Repeat rate'), value: pct(m.repeatRate), hint: t('customers who bought on two or more days') },
      // Not "At risk": that is the RFM segment in the Segments table, which counts other customers (#15).
      {
        label: t('Lapsing'),
        value: int(m.atRisk),
        hint: t('last purchase 90–180 days before the latest order'),
        tooltip: t(
          'Lapsing: customers whose last purchase was 90–180 days before the latest order in the file, however often they bought. The RFM segment At Risk in the Segments table is another group: customers who bought often (frequency score 3–4 of 5) but not lately (recency score 1–2 of 5).',
        ),
      },
    ],
    charts: [
      {
        id: 'monthly',
        spec: chart(
          charts.barChart(m.monthlyRevenue, {
            x: 'month',
            y: 'revenue',
            title: t('Revenue by month'),
            yTitle: t('Revenue'),
            yFormat: 'money',
          }),
        ),
      },
      { id: 'segments', spec: chart({ ...charts.segmentChart(segmentShares(m)), height: 260 }) },
      { id: 'cohorts', spec: chart(charts.cohortHeatmap(m.cohorts)) },
    ],
    tables: [
      {
        title: t('Top customers'),
        columns: [t('Customer'), t('Revenue'), t('Orders')],
        rows: m.topCustomers.map((c) => [c.customerId, money(c.revenue), int(c.orders)]),
      },
      {
        title: t('Segments'),
        hint: t(
          'RFM segments: At Risk means bought often (frequency score 3–4 of 5) but not lately (recency score 1–2 of 5); it is not the Lapsing figure above.',
        ),
        columns: [t('Segment'), t('Customers'), t('Revenue share')],
        rows: m.segments.map((s) => [s.segment, int(s.customers), pct(s.revenueShare)]),
      },
    ],
    quality: quality(m.report, t, read, language),
    canOpenNotebook: true,
    labels: labels(t, 'orders'),
  };
}

function survey(fileName: string, m: SurveyMetrics, t: Translate, read?: ReadInfo, language: DisplayLanguage = 'en'): PanelContent {
  const n = m.nps;
  const figures = [
    {
      label: 'NPS',
      value: n.nps === null ? '—' : `${one(n.nps)} ± ${one(n.moe)}`,
      hint: n.ci ? t('95% CI {0} to {1}', one(n.ci[0]), one(n.ci[1])) : undefined,
    },
    { label: t('Answers'), value: int(n.n) },
    { label: t('Promoters'), value: int(n.promoters) },
    { label: t('Passives'), value: int(n.passives) },
    { label: t('Detractors'), value: int(n.detractors) },
  ];
  if (m.csat?.csat !== null && m.csat) figures.push({ label: 'CSAT', value: `${one(m.csat.csat)}%`, hint: t('top-2-box') });
  const chartsOut = [
    { id: 'nps', spec: chart(charts.npsChart(n)) },
    {
      id: 'distribution',
      spec: chart(
        charts.barChart(m.distribution, { x: 'score', y: 'count', title: t('Score distribution'), height: 160, yFormat: 'count' }),
      ),
    },
  ];
  if (m.trend.length > 1) {
    chartsOut.push({
      id: 'trend',
      spec: {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: t('NPS by month'),
        width: 'container',
        height: 160,
        data: { values: m.trend },
        mark: { type: 'line', point: true, tooltip: true },
        encoding: {
          x: { field: 'period', type: 'ordinal', title: null },
          y: { field: 'nps', type: 'quantitative', scale: { domain: [-100, 100] } },
        },
      },
    });
  }
  return {
    fileName,
    kind: 'survey',
    headline: n.nps === null ? 'NPS —' : `NPS ${one(n.nps)}`,
    figures,
    charts: chartsOut,
    tables: [],
    quality: quality(m.report, t, read, language),
    canOpenNotebook: true,
    labels: labels(t, 'survey'),
  };
}

function customers(fileName: string, m: CustomersMetrics, t: Translate): PanelContent {
  return {
    fileName,
    kind: 'customers',
    headline: t('{0} customers', int(m.customers)),
    figures: [
      { label: t('Rows'), value: int(m.customers) },
      { label: t('Columns'), value: int(m.columns.length) },
    ],
    charts: [],
    tables: [
      {
        title: t('Columns'),
        columns: [t('Column'), t('Filled'), t('Distinct values')],
        rows: m.columns.map((c) => [c.name, int(c.filled), int(c.distinct)]),
      },
    ],
    quality: [],
    canOpenNotebook: false,
    labels: labels(t, 'customers'),
  };
}

function labels(t: Translate, kind: PanelContent['kind']): PanelContent['labels'] {
  return {
    kind: kind === 'orders' ? t('Order list') : kind === 'survey' ? t('Survey answers') : t('Customer list'),
    openNotebook: t('Open as analysis notebook'),
    exportAtRisk: t('Export customers to contact…'),
    dataQuality: t('Data quality'),
    chartFailed: t('Chart failed'),
  };
}

/**
 * @param numbers the display language and the `crmWorkbench.currency` setting; the currency of the
 *   data's currency column (the orders' report) wins over the setting
 */
export function panelContent(
  fileName: string,
  m: QuickMetrics & { read?: ReadInfo },
  t: Translate = (s, ...a) => s.replace(/\{(\d+)\}/g, (_, i) => String(a[Number(i)])),
  numbers: Partial<PanelNumberStyle> = {},
): PanelContent {
  const language = numbers.language ?? 'en';
  const fromData = m.kind === 'orders' ? dataCurrency(m.report) : undefined;
  style = { language, currency: fromData ?? (numbers.currency || undefined) };
  const content =
    m.kind === 'orders'
      ? orders(fileName, m, t, m.read, language)
      : m.kind === 'survey'
        ? survey(fileName, m, t, m.read, language)
        : customers(fileName, m, t);
  // The chart builders write English titles, axes and legends; the panel speaks the editor's language.
  return { ...content, charts: content.charts.map((c) => ({ ...c, spec: charts.localizeSpec(c.spec as never, language) })) };
}

/** The figures with segment names in the display language (Quick Metrics computes them in English). */
function inLanguage(m: OrdersMetrics, language: DisplayLanguage): OrdersMetrics {
  if (language === 'en') return m;
  const name = (s: string) => ((SEGMENTS as readonly string[]).includes(s) ? segmentName(s as (typeof SEGMENTS)[number], language) : s);
  return { ...m, segments: m.segments.map((s) => ({ ...s, segment: name(s.segment) })) };
}
