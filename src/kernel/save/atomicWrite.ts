/**
 * Writes a file all at once or not at all: the bytes go to a temporary file in the same folder
 * (so the rename never crosses a file system), which is then renamed over the target. A failure
 * removes the temporary file and leaves any existing target as it was.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * @param bytes the whole content, or a function producing it (run before anything is renamed)
 * @example await atomicWrite('/tmp/out.csv', new TextEncoder().encode('id\r\n'))
 */
export async function atomicWrite(file: string, bytes: Uint8Array | (() => Promise<Uint8Array>)): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(typeof bytes === 'function' ? await bytes() : bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
