/**
 * The `.crmnb` file format: JSON, 2-space indent, stable key order, one trailing newline.
 *
 * ```json
 * { "version": 1, "metadata": {}, "cells": [
 *   { "kind": "code", "language": "typescript", "source": "1 + 1", "metadata": {},
 *     "outputs": [ { "items": [ { "mime": "text/plain", "data": "2" } ] } ],
 *     "execution": { "order": 1, "success": true, "startTime": 0, "endTime": 3 } } ] }
 * ```
 *
 * A file that is not valid JSON, or has an unknown version or shape, is rejected with a
 * {@link NotebookFormatError} naming the file and the problem; it is never read as an empty
 * notebook (saving that would destroy the user's work). An empty (or blank) file is a new notebook.
 */
import type { CellOutput, OutputItem } from './outputs';
import { jsonErrorLocation } from './jsonErrorLocation';

/** The format version this code writes and the newest it reads. */
export const NOTEBOOK_FORMAT_VERSION = 1;

export type CellKind = 'code' | 'markdown';
export type CellLanguage = 'typescript' | 'javascript' | 'markdown';

/** When and how a code cell last ran. */
export interface ExecutionSummary {
  order?: number;
  success?: boolean;
  startTime?: number;
  endTime?: number;
}

export interface NotebookCell {
  kind: CellKind;
  language: CellLanguage;
  source: string;
  metadata: Record<string, unknown>;
  outputs: CellOutput[];
  execution?: ExecutionSummary;
}

export interface NotebookFile {
  version: number;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** A notebook file that cannot be read. The message names the file and the problem. */
export class NotebookFormatError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(`Cannot open notebook ${fileName}: ${problem}`);
    this.name = 'NotebookFormatError';
  }
}

/** An empty notebook. */
export function emptyNotebook(): NotebookFile {
  return { version: NOTEBOOK_FORMAT_VERSION, metadata: {}, cells: [] };
}

const LANGUAGES: readonly CellLanguage[] = ['typescript', 'javascript', 'markdown'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readOutput(raw: unknown, where: string, fail: (p: string) => never): CellOutput {
  if (!isObject(raw) || !Array.isArray(raw.items)) fail(`${where} must be an object with an "items" array`);
  const items: OutputItem[] = raw.items.map((it, k) => {
    const at = `${where}.items[${k}]`;
    if (!isObject(it) || typeof it.mime !== 'string' || typeof it.data !== 'string') {
      fail(`${at} must have string "mime" and "data"`);
    }
    if (it.encoding !== undefined && it.encoding !== 'base64') fail(`${at}.encoding must be "base64" when present`);
    return it.encoding === 'base64' ? { mime: it.mime, data: it.data, encoding: 'base64' } : { mime: it.mime, data: it.data };
  });
  const out: CellOutput = { items };
  if (raw.metadata !== undefined) {
    if (!isObject(raw.metadata)) fail(`${where}.metadata must be an object`);
    out.metadata = raw.metadata;
  }
  return out;
}

function readCell(raw: unknown, i: number, fail: (p: string) => never): NotebookCell {
  const where = `cells[${i}]`;
  if (!isObject(raw)) fail(`${where} must be an object`);
  if (raw.kind !== 'code' && raw.kind !== 'markdown') fail(`${where}.kind must be "code" or "markdown", not ${JSON.stringify(raw.kind)}`);
  const language = raw.language ?? (raw.kind === 'markdown' ? 'markdown' : 'typescript');
  if (!LANGUAGES.includes(language as CellLanguage)) {
    fail(`${where}.language must be one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(language)}`);
  }
  if (typeof raw.source !== 'string') fail(`${where}.source must be a string`);
  const metadata = raw.metadata ?? {};
  if (!isObject(metadata)) fail(`${where}.metadata must be an object`);
  const outputs = raw.outputs ?? [];
  if (!Array.isArray(outputs)) fail(`${where}.outputs must be an array`);
  const cell: NotebookCell = {
    kind: raw.kind,
    language: language as CellLanguage,
    source: raw.source,
    metadata,
    outputs: outputs.map((o, k) => readOutput(o, `${where}.outputs[${k}]`, fail)),
  };
  if (raw.execution !== undefined) {
    if (!isObject(raw.execution)) fail(`${where}.execution must be an object`);
    const e = raw.execution;
    const num = (k: string) => {
      if (e[k] !== undefined && typeof e[k] !== 'number') fail(`${where}.execution.${k} must be a number`);
      return e[k];
    };
    if (e.success !== undefined && typeof e.success !== 'boolean') fail(`${where}.execution.success must be a boolean`);
    cell.execution = stripUndefined({
      order: num('order'),
      success: e.success,
      startTime: num('startTime'),
      endTime: num('endTime'),
    });
  }
  return cell;
}

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Reads a `.crmnb` file's text.
 * @param text the file's content
 * @param fileName used in error messages
 * @throws {NotebookFormatError} for invalid JSON, an unknown version or a wrong shape
 * @example parseNotebook('', 'new.crmnb') // → { version: 1, metadata: {}, cells: [] }
 */
export function parseNotebook(text: string, fileName: string): NotebookFile {
  const fail = (problem: string): never => {
    throw new NotebookFormatError(fileName, problem);
  };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return emptyNotebook();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const at = jsonErrorLocation(body);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    return fail(`not valid JSON${where} (${(e as Error).message.split('\n')[0].slice(0, 120)})`);
  }
  if (!isObject(raw)) return fail('the top level must be a JSON object with "version" and "cells"');
  if (raw.version === undefined) return fail('it has no "version" field (is it a .crmnb notebook?)');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return fail(`"version" must be a positive integer, not ${JSON.stringify(raw.version)}`);
  }
  if (raw.version > NOTEBOOK_FORMAT_VERSION) {
    return fail(`format version ${raw.version} is newer than this extension reads (${NOTEBOOK_FORMAT_VERSION}); update CRM Workbench`);
  }
  if (!Array.isArray(raw.cells)) return fail('"cells" must be an array');
  const metadata = raw.metadata ?? {};
  if (!isObject(metadata)) return fail('"metadata" must be an object');
  return { version: raw.version, metadata, cells: raw.cells.map((c, i) => readCell(c, i, fail)) };
}

/** Deep copy with object keys sorted, so that the file does not churn between saves. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys(value[k]);
    return out;
  }
  return value;
}

function writeItem(item: OutputItem): OutputItem {
  return item.encoding === 'base64' ? { mime: item.mime, data: item.data, encoding: 'base64' } : { mime: item.mime, data: item.data };
}

/**
 * Writes a notebook as `.crmnb` text: fixed key order for the format's own fields, sorted keys
 * inside metadata, 2-space indent and a final newline.
 * @example serializeNotebook(emptyNotebook()) // → '{\n  "version": 1,\n  "metadata": {},\n  "cells": []\n}\n'
 */
export function serializeNotebook(nb: NotebookFile): string {
  const doc = {
    version: NOTEBOOK_FORMAT_VERSION,
    metadata: sortKeys(nb.metadata ?? {}),
    cells: nb.cells.map((c) => {
      const cell: Record<string, unknown> = {
        kind: c.kind,
        language: c.language,
        source: c.source,
        metadata: sortKeys(c.metadata ?? {}),
        outputs: (c.outputs ?? []).map((o) => {
          const out: Record<string, unknown> = { items: o.items.map(writeItem) };
          if (o.metadata && Object.keys(o.metadata).length > 0) out.metadata = sortKeys(o.metadata);
          return out;
        }),
      };
      if (c.execution && Object.keys(c.execution).length > 0) {
        const e = c.execution;
        cell.execution = stripUndefined({ order: e.order, success: e.success, startTime: e.startTime, endTime: e.endTime });
      }
      return cell;
    }),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
