/**
 * `load(path, options?)` in a cell: reads CSV, TSV, Excel (.xlsx), JSON or Arrow into an Arquero
 * table, the path resolved from the notebook's folder, through the one reading path of the CLI
 * and Quick Metrics (`io/readDataFile`): the encoding (UTF-8, UTF-16, GB18030, Windows-1252),
 * delimiter and decimal mark are detected; identifiers stay text. `crm.readInfo(table)` says
 * what was detected.
 */
import type { ColumnTable } from 'arquero';
import { readDataFile, type ReadDataOptions } from '../io/index';
import { kernelError } from './kernelError';
import { messages } from './text/index';

export type LoadOptions = ReadDataOptions;

/**
 * @example const orders = await load('data/orders.csv')
 * @example const taobao = await load('data/taobao.csv', { encoding: 'gb18030' })
 * @example const sheet = await load('data/orders.xlsx', { sheet: 'Orders' })
 * @throws when the file cannot be read or parsed; the message names the file
 */
export async function loadTable(notebookDir: string, file: string, options: LoadOptions = {}): Promise<ColumnTable> {
  if (typeof file !== 'string' || file.trim() === '') throw kernelError('load', messages().loadPath);
  if (options === null || typeof options !== 'object') throw kernelError('load', messages().loadOptions);
  try {
    return await readDataFile(file, options, notebookDir);
  } catch (e) {
    throw kernelError('load', (e as Error).message);
  }
}
