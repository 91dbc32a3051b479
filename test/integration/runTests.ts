/**
 * Runs the integration suite inside a real VS Code extension host with @vscode/test-electron.
 * Here VSCODE_TEST_EXECUTABLE points at a code-server-backed drop-in (see README, Testing);
 * elsewhere test-electron downloads VS Code as usual.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'crm-it-'));
  cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_TEST_EXECUTABLE || undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
    extensionTestsEnv: { CRM_IT_WORKSPACE: workspace },
  });
}

main().catch((e) => {
  console.error('integration tests failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
