// Type-checks the whole project: `tsc -b` over the root tsconfig.json, which references every
// layer (src/*) and test suite (test/*). Each is checked once with its own settings (DOM types only
// in renderer/webview, Node types not in protocol/analytics/charts) and sees another layer only
// through a reference, i.e. where scripts/layers.mjs allows the import. Declarations and build
// info go to out/types, so a second run checks only what changed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const tsc = path.join('node_modules', 'typescript', 'bin', 'tsc');
const r = spawnSync(process.execPath, [tsc, '-b', '--pretty', ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.status !== 0) {
  console.error('type-checking failed (tsc -b)');
  process.exit(r.status ?? 1);
}
console.log('ok   tsc -b: every layer and test suite');
