/**
 * The columns email tools expect in an import file, from a customer table.
 *
 * - Mailchimp: `Email Address` (required; one per contact), `First Name`, `Last Name`, `Tags`
 *   (several tags separated by commas; a tag that contains a comma is put in double quotes).
 *   Source: Mailchimp, "Format guidelines for your import file",
 *   https://mailchimp.com/help/format-guidelines-for-your-import-file/ (Email Address is the one
 *   required field; text fields up to 255 bytes; UTF-8), and "Import contacts to Mailchimp".
 * - Klaviyo: `Email` first (Klaviyo accepts `Email`, `Email Address` or `Phone Number` as the first
 *   column), `First Name`, `Last Name` (Klaviyo's own property names, mapped automatically), and a
 *   custom property of the List type holding the tags as a JSON array, e.g. `["Champions","win-back"]`.
 *   Sources: Klaviyo Help Center, "How to create and add contacts to a new list",
 *   https://help.klaviyo.com/hc/en-us/articles/115005078967 (first column, property names as
 *   headers) and "Troubleshooting invalid format error messages",
 *   https://help.klaviyo.com/hc/en-us/articles/8557592023451 (List values are JSON arrays).
 *
 * The email column is found by name (`email`, `Email`, `e-mail`, …); first and last names come
 * from `firstName`/`lastName` columns when present, else from `name` split at the first space (a
 * name without a space, e.g. 张伟, goes whole into First Name). Tags are the `tags` option plus the
 * value of the `tagColumn` (default `segment`, when present). Rows without an email are left out
 * and counted.
 */
import { kernelError } from '../kernelError';
import type { RowsOf } from './tableRows';
import { messages } from '../text/index';

export type ImportFormat = 'mailchimp' | 'klaviyo';

export interface ImportOptions {
  /** Tags given to every contact. */
  tags?: string[];
  /** A column whose value becomes one more tag (default `segment`, when the table has it). */
  tagColumn?: string;
  /** Klaviyo: the name of the list property that holds the tags (default `Tags`). */
  listProperty?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');

function find(columns: string[], ...names: string[]): number {
  const wanted = names.map(norm);
  return columns.findIndex((c) => wanted.includes(norm(c)));
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * @returns the import table and how many rows had no email
 * @example importColumns('mailchimp', { columns: ['email', 'name'], rows: [['a@x.org', 'Ann Lee']] }, {})
 * // → { table: { columns: ['Email Address', 'First Name', 'Last Name', 'Tags'], rows: [['a@x.org', 'Ann', 'Lee', '']] }, skipped: 0 }
 */
export function importColumns(format: ImportFormat, data: RowsOf, options: ImportOptions): { table: RowsOf; skipped: number } {
  const email = find(data.columns, 'email', 'emailaddress', 'e-mail', 'mail');
  if (email < 0) throw kernelError('save', messages().saveNeedsEmail(format, data.columns.join(', ')));
  const first = find(data.columns, 'firstName', 'first name', 'givenName');
  const last = find(data.columns, 'lastName', 'last name', 'surname', 'familyName');
  const name = find(data.columns, 'name', 'fullName', 'customerName');
  const tagColumn = options.tagColumn === undefined ? find(data.columns, 'segment') : data.columns.indexOf(options.tagColumn);
  if (options.tagColumn !== undefined && tagColumn < 0) throw kernelError('save', messages().saveTagColumn(String(options.tagColumn)));
  const rows: unknown[][] = [];
  let skipped = 0;
  for (const row of data.rows) {
    const address = str(row[email]);
    if (!address) {
      skipped++;
      continue;
    }
    let firstName = first >= 0 ? str(row[first]) : '';
    let lastName = last >= 0 ? str(row[last]) : '';
    if (first < 0 && last < 0 && name >= 0) {
      const full = str(row[name]);
      const cut = full.indexOf(' ');
      [firstName, lastName] = cut < 0 ? [full, ''] : [full.slice(0, cut), full.slice(cut + 1).trim()];
    }
    const tags = [...(options.tags ?? []), ...(tagColumn >= 0 && str(row[tagColumn]) ? [str(row[tagColumn])] : [])];
    const tagCell = format === 'klaviyo' ? JSON.stringify(tags) : tags.map((t) => (t.includes(',') ? `"${t}"` : t)).join(',');
    rows.push([address, firstName, lastName, tagCell]);
  }
  const header =
    format === 'klaviyo'
      ? ['Email', 'First Name', 'Last Name', options.listProperty ?? 'Tags']
      : ['Email Address', 'First Name', 'Last Name', 'Tags'];
  return { table: { columns: header, rows }, skipped };
}
