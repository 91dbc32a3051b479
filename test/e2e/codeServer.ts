/**
 * Starts code-server (the real VS Code server and workbench) with the packaged .vsix installed,
 * in a scratch state folder. In CI, `E2E_START_SCRIPT` names the machine's start script (see
 * .ci/run); elsewhere `CODE_SERVER` (code-server's entry.js, or a `code-server` executable) and
 * optionally `NODE24` to run it with.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export interface CodeServer {
  url: string;
  stop(): void;
  log(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'notebook.confirmDeleteRunningCell': false,
  'files.simpleDialog.enable': true,
};

/** `settings` are added to USER_SETTINGS (e.g. the shop's currency). */
export async function startCodeServer(
  state: string,
  vsix: string,
  folder: string,
  settings: Record<string, unknown> = {},
): Promise<CodeServer> {
  const port = await freePort();
  mkdirSync(path.join(state, 'ud', 'User'), { recursive: true });
  writeFileSync(path.join(state, 'ud', 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const script = process.env.E2E_START_SCRIPT;
  if (script) {
    const r = spawnSync('bash', [script, folder], {
      env: { ...process.env, STATE: state, PORT: String(port), VSIX: vsix },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`code-server did not start: ${r.stderr}`);
    return {
      url: r.stdout.trim().split('\n').pop()!,
      stop: () => spawnSync('bash', [path.join(path.dirname(script), 'stop-code-server.sh')], { env: { ...process.env, STATE: state } }),
      log: () => (existsSync(path.join(state, 'cs.log')) ? readFileSync(path.join(state, 'cs.log'), 'utf8') : ''),
    };
  }
  const entry = process.env.CODE_SERVER;
  if (!entry) throw new Error('set CODE_SERVER (code-server entry.js or executable) or E2E_START_SCRIPT to run the UI tests');
  const [cmd, pre] = entry.endsWith('.js') ? [process.env.NODE24 ?? process.execPath, [entry]] : [entry, []];
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(state, 'xdg-config'), XDG_DATA_HOME: path.join(state, 'xdg-data') };
  const common = ['--user-data-dir', path.join(state, 'ud'), '--extensions-dir', path.join(state, 'exts')];
  const install = spawnSync(cmd, [...pre, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed: ${install.stderr}`);
  let log = '';
  const child = spawn(
    cmd,
    [
      ...pre,
      ...common,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      '--disable-getting-started-override',
      folder,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM'), log: () => log };
}

/** Headless Chromium for the UI tests (Debian's, or CHROMIUM_PATH), quiet and offline; `extra` adds flags (e.g. a UI language). */
export function launchChromium(extra: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-dev-shm-usage',
      '--disable-breakpad',
      ...extra,
    ],
  });
}
