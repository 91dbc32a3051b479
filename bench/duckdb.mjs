// DuckDB for the benchmarks only. It is not a devDependency: some of its per-platform packages
// are missing from registries that mirror npm partially, which would break `npm ci`. The first
// `npm run bench` installs it into bench/.deps (git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const DIR = path.resolve('bench/.deps');
const VERSION = '1.5.6-r.1';

export function ensureDuckdb() {
  if (!existsSync(path.join(DIR, 'node_modules/@duckdb/node-api'))) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path.join(DIR, 'package.json'), '{"private":true}\n');
    console.log(`installing @duckdb/node-api@${VERSION} into bench/.deps (once)…`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', DIR, `@duckdb/node-api@${VERSION}`], {
      stdio: 'inherit',
    });
  }
  return createRequire(path.join(DIR, 'package.json'))('@duckdb/node-api');
}
