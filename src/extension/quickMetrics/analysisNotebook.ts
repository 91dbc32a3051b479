/**
 * "Open as analysis notebook": a ready-to-run notebook next to a data file, with the cells a
 * first analysis needs (load, prepare, then RFM, segments, cohorts… or NPS for a survey).
 */
import path from 'node:path';
import { serializeNotebook, type NotebookCell } from '../../protocol/index';

const md = (source: string): NotebookCell => ({ kind: 'markdown', language: 'markdown', source, metadata: {}, outputs: [] });
const ts = (source: string): NotebookCell => ({ kind: 'code', language: 'typescript', source, metadata: {}, outputs: [] });

/** The notebook's path: `<file>.analysis.crmnb` beside the data. */
export function analysisNotebookPath(dataFile: string): string {
  return `${dataFile}.analysis.crmnb`;
}

export function analysisNotebook(dataFile: string, kind: 'orders' | 'survey', mapping: Record<string, string> = {}): string {
  const name = JSON.stringify(path.basename(dataFile));
  const map = Object.keys(mapping).length ? `, ${JSON.stringify(mapping)}` : '';
  const cells =
    kind === 'orders'
      ? [
          md(`# Analysis of ${path.basename(dataFile)}\n\nMade by CRM Workbench's Quick Metrics. Run all cells, then change anything.`),
          ts(`const prepared = crm.prepareTransactions(await load(${name})${map});\nprepared`),
          ts('const tx = prepared.table;\ncrm.repeatRate(tx)'),
          md('## Customers and segments'),
          ts('const scores = crm.rfm(tx);\nscores'),
          ts('crm.segmentSummary(scores)'),
          ts('crm.segmentActions()'),
          ts('crm.pareto(tx)'),
          md('## Retention'),
          ts("crm.cohortRetention(tx, { period: 'month' })"),
          ts('crm.lifecycle(tx)'),
          md('## Clusters'),
          ts("crm.kmeansSegments(scores, ['recency', 'frequency', 'monetary'], { k: 4, log1p: ['frequency', 'monetary'] })"),
        ]
      : [
          md(`# Survey analysis of ${path.basename(dataFile)}\n\nMade by CRM Workbench's Quick Metrics.`),
          ts(`const survey = crm.prepareResponses(await load(${name})${map});\nsurvey`),
          ts("crm.nps(survey.table.array('score'))"),
          ts("survey.table.columnNames().includes('date') ? crm.npsTrend(survey.table) : 'no dates in this file'"),
        ];
  return serializeNotebook({ version: 1, metadata: { title: `Analysis of ${path.basename(dataFile)}` }, cells });
}
