/**
 * Command-line arguments of `crm-workbench`, checked before anything runs.
 */
export const USAGE = `Usage:
  crm-workbench run <notebook.crmnb> [--out <file.crmnb>]   run all code cells, save outputs
  crm-workbench help`;

/** Bad arguments or an unreadable input: one line to the user, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type ParsedArgs =
  | { command: 'run'; file: string; options: { out?: string } }
  | { command: 'help' };

const FLAGS: Record<string, { takesValue: boolean }> = { '--out': { takesValue: true } };

/**
 * @example parseArgs(['run', 'a.crmnb', '--out', 'b.crmnb']) // → { command: 'run', file: 'a.crmnb', options: { out: 'b.crmnb' } }
 * @throws {UsageError} naming the bad argument
 */
export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command !== 'run') throw new UsageError(`unknown command "${command}"; try "crm-workbench help"`);
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const [flag, inline] = a.split('=', 2);
      const spec = FLAGS[flag];
      if (!spec) throw new UsageError(`unknown option ${flag} for "${command}"`);
      const value = inline ?? rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`option ${flag} needs a value`);
      options[flag.slice(2)] = value;
    } else positional.push(a);
  }
  if (positional.length !== 1) throw new UsageError(`"${command}" takes one notebook file, got ${positional.length}`);
  if (!/\.crmnb$/i.test(positional[0])) throw new UsageError(`"${positional[0]}" is not a .crmnb notebook`);
  return { command: 'run', file: positional[0], options };
}
