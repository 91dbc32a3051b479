import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
/** The contact columns looked for, in the order they are placed (those present are joined). */
export declare const CONTACT_COLUMNS: string[];
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
export declare function joinContacts(table: TableInput, contacts: TableInput, idColumn?: string): ColumnTable;
