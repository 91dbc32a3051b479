// `npm run bench`: every benchmark, printed as a table. Not part of `npm test`.
import { benchKernel } from './kernel.bench.mjs';
import { benchAnalytics } from './analytics.bench.mjs';
import { benchModels } from './models.bench.mjs';
import { benchClustering } from './clustering.bench.mjs';
import { benchGrid } from './grid.bench.mjs';
import { benchIssue16 } from './issue16.bench.mjs';
import { benchLanguage } from './language.bench.mjs';

const suites = [
  ['kernel', benchKernel],
  ['analytics', benchAnalytics],
  ['models', benchModels],
  ['clustering', benchClustering],
  ['grid', benchGrid],
  ['issue16', benchIssue16],
  ['language', benchLanguage],
];
const only = process.argv[2];
let failures = 0;
for (const [name, run] of suites) {
  if (only && only !== name) continue;
  console.log(`\n## ${name}`);
  for (const r of await run()) {
    if (!r.ok) failures++;
    const ratio = Number.isFinite(r.ratio) ? ` (${r.ratio.toFixed(2)}× ${r.reference})` : ` (${r.reference})`;
    console.log(`${r.ok ? 'meets' : 'MISSES'} ${r.name}: ${r.value}${ratio}; goal ${r.goal}`);
  }
}
console.log(failures ? `\n${failures} goal(s) missed` : '\nall goals met');
