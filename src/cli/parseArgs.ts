/**
 * Command-line arguments of `crm-workbench`, checked before anything runs.
 */
export const USAGE = `Usage:
  crm-workbench run <notebook.crmnb> [--out <file.crmnb>] [--param name=value …]
      Run all code cells with a fresh kernel and save the outputs (in place without --out).
      --param overrides the parameters cell (cell metadata "parameters": true; papermill's convention).
  crm-workbench report <notebook.crmnb> --out <report.html> [--run] [--hide-code] [--title "…"] [--lang en|zh-cn]
                       [--pseudonymize email,name,phone] [--pseudonymize-key <secret>] [--param name=value …]
      Write a self-contained HTML report (charts as SVG, no script). --run executes the notebook first.
      --pseudonymize masks those columns in every table and chart with a keyed hash (HMAC-SHA-256);
      the key comes from --pseudonymize-key or $CRM_WORKBENCH_PSEUDONYM_KEY, else a random one per report.
  crm-workbench metrics <orders.csv | orders.xlsx | survey.csv | customers.csv> [--json] [--kind orders|survey|customers] [--map '{"customerId":"Client"}']
                        [--encoding auto|utf-8|gb18030|windows-1252|utf-16le] [--delimiter auto|,|;|tab|'|'] [--decimal auto|.|,] [--sheet NAME]
      What the file is and its key figures (revenue, customers, segments, NPS…), without a notebook.
      Prints what was excluded and why. --kind and --map override the detection (--map: which
      column holds each field, as JSON); the others override what is detected when reading.
      --columns lists the columns with sample values instead (JSON), for choosing a --map.
  crm-workbench check <notebook.crmnb>
      Type-check the code cells as the editor does (completions' types, the cell globals, earlier
      cells' declarations) without running them; prints "Cell N, line L, column C: message" for each
      problem and exits 1 when there is a type error.
  crm-workbench help

Exit codes: 0 success, 1 a cell failed (check: a type error), 2 bad arguments or an unreadable file.`;

/** Bad arguments or an unreadable input: one line to the user, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

interface FlagSpec {
  value: boolean;
  required?: boolean;
  /** May be given several times; the values are collected in a list. */
  repeat?: boolean;
}

const COMMANDS = {
  run: { '--out': { value: true }, '--param': { value: true, repeat: true } },
  report: {
    '--out': { value: true, required: true },
    '--param': { value: true, repeat: true },
    '--run': { value: false },
    '--hide-code': { value: false },
    '--title': { value: true },
    '--lang': { value: true },
    '--pseudonymize': { value: true },
    '--pseudonymize-key': { value: true },
  },
  metrics: {
    '--json': { value: false },
    '--kind': { value: true },
    '--map': { value: true },
    '--encoding': { value: true },
    '--delimiter': { value: true },
    '--decimal': { value: true },
    '--sheet': { value: true },
    '--columns': { value: false },
  },
  check: {},
} satisfies Record<string, Record<string, FlagSpec>>;

export type ParsedArgs =
  | { command: 'run'; file: string; options: { out?: string; param?: string[] } }
  | { command: 'report'; file: string; options: ReportArgs }
  | { command: 'metrics'; file: string; options: MetricsOptions }
  | { command: 'check'; file: string; options: Record<string, never> }
  | { command: 'help' };

export interface MetricsOptions {
  json?: boolean;
  kind?: string;
  map?: string;
  encoding?: string;
  delimiter?: string;
  decimal?: string;
  sheet?: string;
  columns?: boolean;
}

export interface ReportArgs {
  out: string;
  run?: boolean;
  hideCode?: boolean;
  title?: string;
  lang?: string;
  /** Comma-separated columns to mask. */
  pseudonymize?: string;
  pseudonymizeKey?: string;
  /** name=value pairs for the parameters cell (with --run). */
  param?: string[];
}

const camel = (flag: string) => flag.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * @example parseArgs(['report', 'a.crmnb', '--out', 'a.html', '--hide-code']) // → { command: 'report', file: 'a.crmnb', options: { out: 'a.html', hideCode: true } }
 * @throws {UsageError} naming the bad argument
 */
export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (!(command in COMMANDS)) throw new UsageError(`unknown command "${command}"; try "crm-workbench help"`);
  const flags: Record<string, FlagSpec> = COMMANDS[command as keyof typeof COMMANDS];
  const positional: string[] = [];
  const options: Record<string, string | boolean | string[]> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [flag, inline] = a.split(/=(.*)/s, 2);
    const spec = flags[flag];
    if (!spec) throw new UsageError(`unknown option ${flag} for "${command}"; options: ${Object.keys(flags).join(', ')}`);
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`option ${flag} takes no value`);
      options[camel(flag)] = true;
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`option ${flag} needs a value`);
    if (spec.repeat) options[camel(flag)] = [...((options[camel(flag)] as string[] | undefined) ?? []), value];
    else options[camel(flag)] = value;
  }
  for (const [flag, spec] of Object.entries(flags))
    if (spec.required && options[camel(flag)] === undefined) throw new UsageError(`"${command}" needs ${flag} <file>`);
  const what = command === 'metrics' ? 'data file' : 'notebook file';
  if (positional.length !== 1) throw new UsageError(`"${command}" takes one ${what}, got ${positional.length}`);
  if (command !== 'metrics' && !/\.crmnb$/i.test(positional[0])) throw new UsageError(`"${positional[0]}" is not a .crmnb notebook`);
  return { command, file: positional[0], options } as ParsedArgs;
}
