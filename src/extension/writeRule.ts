/**
 * The no-silent-overwrite rule of issue 13 (item 9): a command never replaces a file the user made
 * or edited without asking.
 *
 * - The target does not exist → write it.
 * - It exists with exactly the bytes the command would write → nothing to write; open it.
 * - It exists with other bytes (the user changed the generated notebook, or it is theirs) → ask:
 *   **Replace**, **Open existing** or **Save as new** (`name (2).ext`, the first free name).
 *   Dismissing the question opens the existing file: the safe choice.
 *
 * Used by "Open as analysis notebook" (Quick Metrics). The other commands that write files already
 * keep to it: New Notebook from Sample copies only missing files, Export Report writes where the
 * save dialog (which asks before replacing) points, and `save()` in a cell refuses to replace a
 * file it did not write (src/kernel/save/saveManifest.ts).
 */
import path from 'node:path';

export type WriteDecision = 'write' | 'same' | 'ask';
export type AskAnswer = 'replace' | 'open' | 'saveAs';

/**
 * @example decideWrite(undefined, bytes) // → 'write'
 */
export function decideWrite(existing: Uint8Array | undefined, next: Uint8Array): WriteDecision {
  if (!existing) return 'write';
  if (existing.length === next.length && existing.every((b, i) => b === next[i])) return 'same';
  return 'ask';
}

/**
 * The first free "name (n).ext" beside a file.
 * @example freeName('/d/a.csv.analysis.crmnb', (p) => p.endsWith('a.csv.analysis.crmnb')) // → '/d/a.csv.analysis (2).crmnb'
 */
export function freeName(file: string, exists: (p: string) => boolean): string {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!exists(candidate)) return candidate;
  }
}
