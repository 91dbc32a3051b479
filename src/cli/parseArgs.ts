/**
 * Command-line arguments of `crm-workbench`, checked before anything runs.
 */
import { CLI_TEXT_EN } from './cliTextEn';
import { cliText } from './cliText';

/** The help text (`crm-workbench help`), in English. */
export const USAGE = CLI_TEXT_EN.usage;

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
  run: { '--out': { value: true }, '--param': { value: true, repeat: true }, '--lang': { value: true } },
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
    '--lang': { value: true },
  },
  check: {},
} satisfies Record<string, Record<string, FlagSpec>>;

export type ParsedArgs =
  | { command: 'run'; file: string; options: { out?: string; param?: string[]; lang?: string } }
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
  lang?: string;
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
  if (!(command in COMMANDS)) throw new UsageError(cliText().unknownCommand(command));
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
    if (!spec) throw new UsageError(cliText().unknownOption(flag, command, Object.keys(flags).join(', ')));
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(cliText().noValue(flag));
      options[camel(flag)] = true;
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(cliText().needsValue(flag));
    if (spec.repeat) options[camel(flag)] = [...((options[camel(flag)] as string[] | undefined) ?? []), value];
    else options[camel(flag)] = value;
  }
  for (const [flag, spec] of Object.entries(flags))
    if (spec.required && options[camel(flag)] === undefined) throw new UsageError(cliText().needsFlag(command, flag));
  if (positional.length !== 1) throw new UsageError(cliText().oneFile(command, command === 'metrics', positional.length));
  if (command !== 'metrics' && !/\.crmnb$/i.test(positional[0])) throw new UsageError(cliText().notNotebook(positional[0]));
  return { command, file: positional[0], options } as ParsedArgs;
}
