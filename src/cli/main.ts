/**
 * `crm-workbench` — CRM Workbench without the editor.
 *
 *   crm-workbench run <notebook.crmnb> [--out <file.crmnb>] [--param name=value …]
 *   crm-workbench report <notebook.crmnb> --out <report.html> [--run] [--hide-code] [--title "…"] [--pseudonymize email,name]
 *   crm-workbench metrics <file.csv> [--json]
 *   crm-workbench check <notebook.crmnb>
 *
 * Exit codes: 0 all cells ran, 1 a cell failed (check: a type error), 2 bad arguments or an unreadable notebook.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseNotebook, serializeNotebook, type NotebookFile } from '../protocol/index';
import { randomBytes } from 'node:crypto';
import { pseudonymizeNotebook, renderReport, reportLabels } from '../report/index';
import { parseArgs, UsageError, USAGE, type ReportArgs } from './parseArgs';
import { runNotebook } from './runNotebook';
import { injectParameters, parseParams } from './injectParameters';
import { metrics } from './metricsCommand';
import { check } from './checkCommand';

const kernelPath = path.join(__dirname, 'kernel', 'main.mjs');

function readNotebook(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    return parseNotebook(text, file);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Runs all code cells; prints the parameters used, progress and each failure. */
async function execute(given: NotebookFile, file: string, params: string[] = []): Promise<{ notebook: NotebookFile; failed: number }> {
  const injected = injectParameters(given, parseParams(params));
  const nb = injected.notebook;
  const used = Object.entries(injected.parameters);
  if (used.length) {
    console.log(`parameters: ${used.map(([k, v]) => `${k}=${v}`).join(', ')}`);
    if (!injected.found)
      console.error('note: the notebook has no parameters cell (cell metadata "parameters": true); the parameters were put first');
  } else if (injected.found) {
    console.log('parameters: the defaults of the parameters cell');
  }
  const { notebook, failures } = await runNotebook(nb, file, {
    kernelPath,
    onCell: (index, ok) => process.stderr.write(`${ok ? '✓' : '✗'} Cell ${index + 1}\n`),
  });
  for (const f of failures) console.error(`${f.label} failed: ${f.error.name}: ${f.error.message}`);
  const code = nb.cells.filter((c) => c.kind === 'code').length;
  console.log(`${code - failures.length} of ${code} code cells ran`);
  return { notebook, failed: failures.length };
}

function write(target: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}

async function run(file: string, out: string | undefined, params?: string[]): Promise<number> {
  const { notebook, failed } = await execute(readNotebook(file), file, params);
  write(out ?? file, serializeNotebook(notebook));
  return failed ? 1 : 0;
}

async function report(file: string, options: ReportArgs): Promise<number> {
  let nb = readNotebook(file);
  let failed = 0;
  if (options.param?.length && !options.run) throw new UsageError('--param needs --run (the parameters apply to a run)');
  if (options.run) ({ notebook: nb, failed } = await execute(nb, file, options.param));
  if (options.pseudonymize) {
    const columns = options.pseudonymize
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const key = options.pseudonymizeKey ?? process.env.CRM_WORKBENCH_PSEUDONYM_KEY ?? randomBytes(24).toString('hex');
    if (key.length < 8) throw new UsageError('--pseudonymize-key needs at least 8 characters');
    nb = pseudonymizeNotebook(nb, columns, key);
    console.log(`masked columns ${columns.join(', ')} in every table and chart`);
  }
  write(options.out, await renderReport(nb, { hideCode: !!options.hideCode, title: options.title, labels: reportLabels(options.lang) }));
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'run':
      return run(args.file, args.options.out, args.options.param);
    case 'report':
      return report(args.file, args.options);
    case 'metrics':
      return await metrics(args.file, args.options);
    case 'check':
      return check(readNotebook(args.file), args.file);
    case 'help':
      console.log(USAGE);
      return 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    if (e instanceof UsageError) {
      console.error(`crm-workbench: ${e.message}`);
      process.exitCode = 2;
    } else {
      console.error(e);
      process.exitCode = 1;
    }
  },
);
