/**
 * Contact details onto a per-customer result.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { asTable, type TableInput } from '../columnar/tableInput';

/** The contact columns looked for, in the order they are placed (those present are joined). */
export const CONTACT_COLUMNS = ['name', 'email', 'phone', 'city', 'acceptsMarketing'];

/**
 * Adds the contact columns of `contacts` (one row per customer: `customerId` plus any of name,
 * email, phone, city, acceptsMarketing, or other columns) to each row of `table`, matched on the
 * customer id as text; customers without contact details get nulls. Columns the table already has
 * are not duplicated. Pass `tx.customers` from {@link prepareTransactions}.
 * @param table a per-customer table with an id column
 * @param contacts a table with the id column and contact columns
 * @param idColumn the id column of both (default `customerId`)
 * @returns a new table: the table's columns, then the contact columns
 * @example crm.joinContacts(crm.rfm(tx), tx.customers).columnNames() // → ['customerId', …, 'segment', 'name', 'email', 'phone']
 */
export function joinContacts(table: TableInput, contacts: TableInput, idColumn = 'customerId'): ColumnTable {
  const fn = 'joinContacts';
  const t = asTable(fn, table).reify();
  const c = asTable(fn, contacts, 'contacts');
  for (const [what, x] of [
    ['table', t],
    ['contacts', c],
  ] as const) {
    if (!x.columnNames().includes(idColumn))
      throw analyticsError(fn, `the ${what} has no "${idColumn}" column (contacts: pass tx.customers from prepareTransactions)`);
  }
  const have = new Set(t.columnNames());
  const extra = c.columnNames().filter((n) => n !== idColumn && !have.has(n));
  extra.sort((a, b) => rank(a) - rank(b));
  const at = new Map<string, number>();
  const cid = c.array(idColumn) as ArrayLike<unknown>;
  for (let i = 0; i < c.numRows(); i++) if (!at.has(String(cid[i]))) at.set(String(cid[i]), i);
  const rows = Array.from(t.array(idColumn) as ArrayLike<unknown>, (id) => at.get(String(id)));
  const added: Record<string, unknown[]> = {};
  for (const name of extra) {
    const col = c.array(name) as ArrayLike<unknown>;
    added[name] = rows.map((i) => (i === undefined ? null : col[i]));
  }
  return extra.length ? t.assign(aq.table(added)) : t;
}

function rank(name: string): number {
  const i = CONTACT_COLUMNS.indexOf(name);
  return i < 0 ? CONTACT_COLUMNS.length : i;
}
