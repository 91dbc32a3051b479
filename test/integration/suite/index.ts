/** The mocha entry point that VS Code's extension host calls. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // Mocha's reporter output arrives pre-joined in this host; format it ourselves.
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = (...a: unknown[]) =>
    console.log(util.format(...a));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(__dirname, f));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  console.log(`${mocha.suite.total() - failures} passed, ${failures} failed`);
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
