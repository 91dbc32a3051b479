/** Chart inputs: an Arquero table (anything with `objects()`) or an array of row objects. */
export type Rows = { objects(): object[] } | object[];

export function rowsOf(input: Rows, fn: string): Record<string, unknown>[] {
  if (Array.isArray(input)) return input as Record<string, unknown>[];
  if (input && typeof (input as { objects?: unknown }).objects === 'function')
    return (input as { objects(): Record<string, unknown>[] }).objects();
  throw new Error(`charts.${fn}: expects a table or an array of rows`);
}

/**
 * Rows of one table of a result (apriori's `rules`, a model's `featureImportance`), or of the
 * input itself when it is already that table.
 */
export function rowsOfResult<K extends string>(input: Rows | { [k in K]: Rows }, key: K, fn: string): Record<string, unknown>[] {
  const part =
    input && typeof input === 'object' && !Array.isArray(input) && key in input ? (input as { [k in K]: Rows })[key] : (input as Rows);
  return rowsOf(part, fn);
}

/** Common top-level settings: v6 schema, responsive width, a title. */
export function base(title: string, extra: Record<string, unknown> = {}) {
  return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title, width: 'container' as const, ...extra };
}

/** A cohort table's offset column ('month 3', 'quarter 3', or the bare '3' of older tables) → 3, else null. */
function cohortOffset(column: string): number | null {
  const m = /^(?:(?:week|month|quarter) )?(\d+)$/.exec(column);
  return m ? Number(m[1]) : null;
}

/** A cohort table (`crm.cohortRetention`) in long form: one value per observed (cohort, offset). */
export function cohortCells(cohorts: Rows, fn: string): { cohort: string; size: unknown; offset: number; retention: unknown }[] {
  return rowsOf(cohorts, fn).flatMap((r) =>
    Object.keys(r)
      .filter((k) => cohortOffset(k) !== null && r[k] !== null && r[k] !== undefined)
      .map((k) => ({ cohort: String(r.cohort), size: r.size, offset: cohortOffset(k)!, retention: r[k] })),
  );
}
