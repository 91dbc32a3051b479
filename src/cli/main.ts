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
import { parseArgs, UsageError, type ReportArgs } from './parseArgs';
import { runNotebook } from './runNotebook';
import { injectParameters, parseParams } from './injectParameters';
import { metrics } from './metricsCommand';
import { check } from './checkCommand';
import { cliLanguage } from './cliLanguage';
import { cliText } from './cliText';
import { LANGUAGE_ENV } from '../protocol/index';

const kernelPath = path.join(__dirname, 'kernel', 'main.mjs');

function readNotebook(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(cliText().cannotRead(file, code === 'ENOENT' ? cliText().noSuchFile : (e as Error).message));
  }
  try {
    return parseNotebook(text, file);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Runs all code cells; prints the parameters used, progress and each failure. */
async function execute(
  given: NotebookFile,
  file: string,
  params: string[] = [],
  language = cliLanguage(undefined),
): Promise<{ notebook: NotebookFile; failed: number }> {
  const injected = injectParameters(given, parseParams(params));
  const nb = injected.notebook;
  const used = Object.entries(injected.parameters);
  if (used.length) {
    console.log(cliText().parameters(used.map(([k, v]) => `${k}=${v}`).join(', ')));
    if (!injected.found) console.error(cliText().noParametersCell);
  } else if (injected.found) {
    console.log(cliText().defaultParameters);
  }
  const { notebook, failures } = await runNotebook(nb, file, {
    kernelPath,
    language,
    onCell: (index, ok) => process.stderr.write(`${ok ? '✓' : '✗'} ${cliText().cell(index + 1)}\n`),
  });
  for (const f of failures) console.error(cliText().cellFailed(f.label, `${f.error.name}: ${f.error.message}`));
  const code = nb.cells.filter((c) => c.kind === 'code').length;
  console.log(cliText().cellsRan(code - failures.length, code));
  return { notebook, failed: failures.length };
}

function write(target: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  writeFileSync(target, text);
  console.log(cliText().wrote(target));
}

async function run(file: string, out: string | undefined, params?: string[], lang?: string): Promise<number> {
  const { notebook, failed } = await execute(readNotebook(file), file, params, cliLanguage(lang));
  write(out ?? file, serializeNotebook(notebook));
  return failed ? 1 : 0;
}

async function report(file: string, options: ReportArgs): Promise<number> {
  let nb = readNotebook(file);
  let failed = 0;
  if (options.param?.length && !options.run) throw new UsageError(cliText().paramNeedsRun);
  const language = cliLanguage(options.lang);
  if (options.run) ({ notebook: nb, failed } = await execute(nb, file, options.param, language));
  if (options.pseudonymize) {
    const columns = options.pseudonymize
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const key = options.pseudonymizeKey ?? process.env.CRM_WORKBENCH_PSEUDONYM_KEY ?? randomBytes(24).toString('hex');
    if (key.length < 8) throw new UsageError(cliText().keyTooShort);
    nb = pseudonymizeNotebook(nb, columns, key);
    console.log(cliText().masked(columns.join(', ')));
  }
  write(options.out, await renderReport(nb, { hideCode: !!options.hideCode, title: options.title, labels: reportLabels(language) }));
  return failed ? 1 : 0;
}

/** The value of `--lang` in the arguments, before they are checked (so that their errors speak it too). */
function langFlag(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  return i < 0 ? undefined : argv[i].startsWith('--lang=') ? argv[i].slice(7) : argv[i + 1];
}

async function main(argv: string[]): Promise<number> {
  // One language for the CLI and the kernels it starts (they inherit the environment).
  process.env[LANGUAGE_ENV] = cliLanguage(langFlag(argv));
  const args = parseArgs(argv);
  switch (args.command) {
    case 'run':
      return run(args.file, args.options.out, args.options.param, args.options.lang);
    case 'report':
      return report(args.file, args.options);
    case 'metrics':
      return await metrics(args.file, args.options);
    case 'check':
      return check(readNotebook(args.file), args.file);
    case 'help':
      console.log(cliText().usage);
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
