import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { items, openNotebook, runCells, waitFor, workspaceDir } from './helpers';

/** A notebook whose one cell prints its kernel's process id and working folder. */
const whoAmI = JSON.stringify({
  version: 1,
  metadata: {},
  cells: [{ kind: 'code', language: 'typescript', source: 'console.log(`${process.pid} ${process.cwd()}`);', metadata: {}, outputs: [] }],
});

/** Process ids of the kernels this extension host started (children running the kernel bundle). */
function kernelPids(): number[] {
  const ps = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return ps
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid, ...args]) => Number(ppid) === process.pid && args.join(' ').includes('kernel/main.mjs'))
    .map(([pid]) => Number(pid));
}

async function whoRan(editor: vscode.NotebookEditor): Promise<{ pid: number; cwd: string }> {
  await runCells(editor);
  const out = items(editor.notebook.cellAt(0)).find((i) => i.mime === 'application/vnd.code.notebook.stdout')?.text ?? '';
  const [pid, ...cwd] = out.trim().split(' ');
  return { pid: Number(pid), cwd: cwd.join(' ') };
}

describe('a spare kernel for the next notebook (#15)', function () {
  this.timeout(120_000);
  const folder = () => path.join(workspaceDir(), 'spare');

  before(function () {
    if (process.platform === 'win32') this.skip(); // `ps` lists the kernels
    mkdirSync(folder(), { recursive: true });
    writeFileSync(path.join(workspaceDir(), 'spare-a.crmnb'), whoAmI);
    writeFileSync(path.join(folder(), 'spare-b.crmnb'), whoAmI);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(folder(), { recursive: true, force: true });
    rmSync(path.join(workspaceDir(), 'spare-a.crmnb'), { force: true });
  });

  it('gives a notebook opened once the kernels were idle a kernel already started, moved to its folder', async () => {
    const a = await whoRan(await openNotebook('spare-a.crmnb'));
    assert.equal(a.cwd, workspaceDir());
    // Three seconds after the kernels went idle, a spare starts beside the notebooks' own kernels.
    const before = kernelPids();
    const spare = await waitFor('a spare kernel', () => kernelPids().find((p) => !before.includes(p)), 40_000);
    const b = await whoRan(await openNotebook('spare/spare-b.crmnb'));
    assert.equal(b.pid, spare, 'the cell ran in the spare, started before its notebook opened');
    assert.notEqual(b.pid, a.pid);
    assert.equal(b.cwd, folder(), 'the spare moved to its notebook folder');
  });
});
