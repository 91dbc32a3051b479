/**
 * Masks named columns in every table and chart of a notebook's outputs before a report is
 * rendered (`crm-workbench report --pseudonymize email,name,phone`, and Export Report's option).
 *
 * A column is masked when its name, lower-cased without spaces, `_` or `-`, is one of the names
 * given or, for `email`, `name` and `phone`, one of their usual spellings (`emailAddress`,
 * `firstName`, `lastName`, `customerName`, `mobile`, …). Values become HMAC-SHA-256 codes
 * (crm.pseudonymCoder): the same value gets the same code everywhere in the report, so a
 * customer can still be followed from table to table, but not identified. Text outside tables
 * and chart data (Markdown summaries, console output) is not changed; the table's HTML and plain
 * text twins are dropped so only the masked table remains.
 */
import { pseudonymCoder } from '../analytics/index';
import { TABLE_MIME, VEGALITE_V5_MIME, VEGALITE_V6_MIME, type CellOutput, type NotebookFile, type TablePayload } from '../protocol/index';

const ALIASES: Record<string, string[]> = {
  email: ['email', 'emailaddress', 'mail'],
  name: ['name', 'firstname', 'lastname', 'fullname', 'customername', 'givenname', 'surname', 'familyname'],
  phone: ['phone', 'phonenumber', 'mobile', 'telephone', 'tel'],
};

const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');

/** A test for column names: does this column hold one of the given fields? */
export function maskedColumns(names: string[]): (column: string) => boolean {
  const wanted = new Set(names.flatMap((n) => ALIASES[norm(n)] ?? [norm(n)]));
  return (column) => wanted.has(norm(column));
}

function maskValues(values: unknown, isMasked: (c: string) => boolean, code: (v: unknown) => string | null): void {
  if (!Array.isArray(values)) return;
  for (const row of values) {
    if (!row || typeof row !== 'object') continue;
    for (const k of Object.keys(row)) if (isMasked(k)) (row as Record<string, unknown>)[k] = code((row as Record<string, unknown>)[k]);
  }
}

function maskSpec(spec: Record<string, unknown>, isMasked: (c: string) => boolean, code: (v: unknown) => string | null): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const o = node as Record<string, unknown>;
    if (o.data && typeof o.data === 'object') maskValues((o.data as { values?: unknown }).values, isMasked, code);
    if (o.datasets && typeof o.datasets === 'object') Object.values(o.datasets).forEach((v) => maskValues(v, isMasked, code));
    for (const k of ['layer', 'concat', 'hconcat', 'vconcat', 'spec']) visit(o[k]);
  };
  visit(spec);
}

function maskOutput(o: CellOutput, isMasked: (c: string) => boolean, code: (v: unknown) => string | null): CellOutput {
  const table = o.items.find((i) => i.mime === TABLE_MIME);
  if (table) {
    const p = JSON.parse(table.data) as TablePayload;
    const cols = p.columns.map((c, j) => (isMasked(c.name) ? j : -1)).filter((j) => j >= 0);
    if (!cols.length) return o;
    for (const row of p.rows) for (const j of cols) row[j] = code(row[j]);
    for (const j of cols) p.columns[j] = { ...p.columns[j], type: 'string' };
    return { ...o, items: [{ mime: TABLE_MIME, data: JSON.stringify(p) }] };
  }
  return {
    ...o,
    items: o.items.map((i) => {
      if (i.mime !== VEGALITE_V5_MIME && i.mime !== VEGALITE_V6_MIME) return i;
      const spec = JSON.parse(i.data) as Record<string, unknown>;
      maskSpec(spec, isMasked, code);
      return { ...i, data: JSON.stringify(spec) };
    }),
  };
}

/**
 * @param columns field names to mask, e.g. ['email', 'name', 'phone']
 * @param key the secret (a random one per report when not given: codes then match only inside it)
 * @returns a copy of the notebook with masked outputs
 * @example pseudonymizeNotebook(nb, ['email'], 'our secret 2024')
 */
export function pseudonymizeNotebook(nb: NotebookFile, columns: string[], key: string): NotebookFile {
  const isMasked = maskedColumns(columns);
  const code = pseudonymCoder({ key, length: 16, ignoreCase: false });
  return { ...nb, cells: nb.cells.map((c) => ({ ...c, outputs: c.outputs.map((o) => maskOutput(o, isMasked, code)) })) };
}
