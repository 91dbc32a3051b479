/**
 * The no-silent-overwrite rule of `save()` (issue 13, item 9: no file the user made or edited is
 * overwritten without asking).
 *
 * `save()` records what it wrote in `.crm-saved.json` in the notebook's folder: for each file
 * (relative path) the SHA-256 of its bytes. It then replaces an existing file only when
 * - the file's current bytes hash to what `save()` recorded (so it is our own output, unedited), or
 * - the call says `{ overwrite: true }`.
 * Any other existing file (one the user made, or a saved file the user has since edited) is left
 * alone and `save()` throws, naming the file and the way out.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST = '.crm-saved.json';

type Manifest = Record<string, string>;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readManifest(dir: string): Promise<Manifest> {
  try {
    const data = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Manifest) : {};
  } catch {
    return {};
  }
}

const key = (dir: string, file: string) => path.relative(dir, file).split(path.sep).join('/');

/** 'absent', 'ours' (written by save and unchanged since) or 'foreign'. */
export async function ownership(dir: string, file: string): Promise<'absent' | 'ours' | 'foreign'> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw e;
  }
  return (await readManifest(dir))[key(dir, file)] === sha256(bytes) ? 'ours' : 'foreign';
}

/** Records a file written by save (best effort: a read-only folder only loses the record). */
export async function recordSaved(dir: string, file: string, bytes: Uint8Array): Promise<void> {
  const m = await readManifest(dir);
  m[key(dir, file)] = sha256(bytes);
  await writeFile(path.join(dir, MANIFEST), JSON.stringify(m, null, 1) + '\n').catch(() => undefined);
}
