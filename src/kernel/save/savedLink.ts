/** The output of a finished `save()`: a Markdown link to the file, with a plain-text twin. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SaveResult } from '../saveTable';
import { messages } from '../text/index';

/**
 * In the kernel's display language (zh-cn: '已将 3 行保存到 [out/a.csv](…)').
 * @example savedLink({ path: '/nb/out/a.csv', rows: 3 }, '/nb') // → { 'text/markdown': 'Saved 3 rows to [out/a.csv](file:///nb/out/a.csv)', … }
 */
export function savedLink(r: SaveResult, notebookDir: string): Record<string, string> {
  const rel = path.relative(notebookDir, r.path).split(path.sep).join('/');
  const shown = rel.startsWith('..') ? r.path : rel;
  const say = messages();
  return {
    'text/markdown': say.saved(r.rows, `[${shown.replace(/[[\]]/g, '\\$&')}](${pathToFileURL(r.path).href})`),
    'text/plain': say.saved(r.rows, r.path),
  };
}
