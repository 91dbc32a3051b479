/**
 * Writes a generated file under the rule of writeRule.ts and returns the file to open.
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { decideWrite, freeName, type AskAnswer } from './writeRule';

async function read(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

/** Asks what to do with a changed file; undefined (dismissed) means open the existing one. */
export async function askReplace(uri: vscode.Uri): Promise<AskAnswer | undefined> {
  const replace = vscode.l10n.t('Replace');
  const open = vscode.l10n.t('Open existing');
  const saveAs = vscode.l10n.t('Save as new');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t(
      '{0} already exists and differs from a fresh one (you may have changed it). Replace it?',
      vscode.workspace.asRelativePath(uri),
    ),
    { modal: true },
    replace,
    open,
    saveAs,
  );
  return choice === replace ? 'replace' : choice === saveAs ? 'saveAs' : choice === open ? 'open' : undefined;
}

/**
 * @param ask how to ask the user (a test passes its own answer)
 * @returns the file to open: the target, the existing file, or a new name
 */
export async function writeGenerated(
  target: vscode.Uri,
  content: Uint8Array,
  ask: (uri: vscode.Uri) => Promise<AskAnswer | undefined> = askReplace,
): Promise<vscode.Uri> {
  const decision = decideWrite(await read(target), content);
  if (decision === 'same') return target;
  if (decision === 'ask') {
    const answer = await ask(target);
    if (answer !== 'replace' && answer !== 'saveAs') return target; // open the existing file, unchanged
    if (answer === 'saveAs') target = vscode.Uri.file(freeName(target.fsPath, existsSync));
  }
  await vscode.workspace.fs.writeFile(target, content);
  return target;
}
