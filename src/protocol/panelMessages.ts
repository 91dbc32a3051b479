/**
 * Messages between the extension and the Quick Metrics panel (a webview), defined once.
 */

/** One chart for the panel: a Vega-Lite spec built by the extension (the panel imports no analytics). */
export interface PanelChart {
  id: string;
  spec: Record<string, unknown>;
}

/** A labelled figure ("Revenue", "353,245.92"). */
export interface PanelFigure {
  label: string;
  value: string;
  hint?: string;
  /** A longer explanation shown on hover (what the figure counts, and what it is not). */
  tooltip?: string;
}

/** A small table: header and rows of text (the panel shows every cell as text). */
export interface PanelTable {
  title: string;
  /** A line under the title (what the table's names mean). */
  hint?: string;
  columns: string[];
  rows: string[][];
}

/** Everything the panel shows for one file. */
export interface PanelContent {
  fileName: string;
  kind: 'orders' | 'survey' | 'customers';
  headline: string;
  figures: PanelFigure[];
  charts: PanelChart[];
  tables: PanelTable[];
  /** Data-quality lines (rows kept, dropped rows by reason, notes). */
  quality: string[];
  canOpenNotebook: boolean;
  /** The panel's own words, in the user's language. */
  labels: { kind: string; openNotebook: string; exportAtRisk: string; dataQuality: string; chartFailed: string };
}

export type ExtensionToPanel =
  { type: 'content'; content: PanelContent } | { type: 'error'; message: string } | { type: 'loading'; fileName: string; message: string };

/** `exportAtRisk`: save the orders file's action list (who to contact, why) with contacts. */
export type PanelToExtension = { type: 'ready' } | { type: 'openNotebook' } | { type: 'exportAtRisk' };
