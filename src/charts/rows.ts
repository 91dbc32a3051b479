/** Chart inputs: an Arquero table (anything with `objects()`) or an array of row objects. */
export type Rows = { objects(): object[] } | object[];

export function rowsOf(input: Rows, fn: string): Record<string, unknown>[] {
  if (Array.isArray(input)) return input as Record<string, unknown>[];
  if (input && typeof (input as { objects?: unknown }).objects === 'function') return (input as { objects(): Record<string, unknown>[] }).objects();
  throw new Error(`charts.${fn}: expects a table or an array of rows`);
}

/** Common top-level settings: v6 schema, responsive width, a title. */
export function base(title: string, extra: Record<string, unknown> = {}) {
  return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title, width: 'container' as const, ...extra };
}

/** A cohort table (`crm.cohortRetention`) in long form: one value per observed (cohort, offset). */
export function cohortCells(cohorts: Rows, fn: string): { cohort: string; size: unknown; offset: number; retention: unknown }[] {
  return rowsOf(cohorts, fn).flatMap((r) =>
    Object.keys(r)
      .filter((k) => /^\d+$/.test(k) && r[k] !== null && r[k] !== undefined)
      .map((k) => ({ cohort: String(r.cohort), size: r.size, offset: Number(k), retention: r[k] })),
  );
}
