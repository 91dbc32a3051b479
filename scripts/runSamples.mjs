// Runs every sample notebook of samples/ headless with the CLI (`crm-workbench run`, in place)
// and keeps its outputs, so that the samples are committed with results: `npm run samples`.
// Needs a build (dist/cli.js). Each notebook runs in the display language of its metadata
// (`language`, default 'en'), whatever the shell's. Links that cells write to files next to the
// notebook (`save`) are made relative and live-grid table ids dropped, so the outputs do not depend on where the repository is.
// test/unit/cli/samples.test.ts checks that the committed outputs equal a fresh run.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2] ?? 'samples');
const cli = path.resolve('dist/cli.js');
const only = process.argv.slice(3);
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.crmnb') && (!only.length || only.includes(f)))) {
  const target = path.join(dir, file);
  const language = JSON.parse(readFileSync(target, 'utf8')).metadata?.language ?? 'en';
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, 'run', target], {
    env: { ...process.env, CRM_WORKBENCH_LANGUAGE: language },
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    failed++;
    console.error(`✗ ${file}\n${r.stdout}${r.stderr}`);
    continue;
  }
  const nb = JSON.parse(readFileSync(target, 'utf8'));
  const relative = (text) => [pathToFileURL(dir).href + '/', dir + path.sep].reduce((t, f) => t.split(f).join(''), text);
  // A table's live-grid id names a table in the kernel that just ran and is gone: a sample opens
  // with its saved rows (the grid says so), and the file does not change with every run.
  const withoutTableId = (item) => {
    if (item.mime !== 'application/vnd.crm-workbench.table+json') return item.data;
    const { id: _id, ...payload } = JSON.parse(item.data);
    return JSON.stringify(payload);
  };
  for (const cell of nb.cells) for (const o of cell.outputs) for (const item of o.items) item.data = relative(withoutTableId(item));
  writeFileSync(target, JSON.stringify(nb, null, 2) + '\n');
  console.log(`✓ ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed ? 1 : 0;
