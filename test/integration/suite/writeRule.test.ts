import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeGenerated } from '../../../src/extension/writeGenerated';
import type { AskAnswer } from '../../../src/extension/writeRule';

// Issue 13: no file the user made or edited is overwritten without asking ("Open as analysis notebook").
describe('no silent overwrite of a generated notebook', () => {
  const fresh = new TextEncoder().encode('{"version":1,"cells":[]}\n');
  let target: vscode.Uri;
  let asked = 0;
  const answer = (a: AskAnswer | undefined) => async () => {
    asked++;
    return a;
  };
  beforeEach(() => {
    target = vscode.Uri.file(path.join(mkdtempSync(path.join(os.tmpdir(), 'crm-rule-')), 'orders.csv.analysis.crmnb'));
    asked = 0;
  });

  it('writes a missing notebook and opens an unchanged one without asking', async () => {
    assert.equal((await writeGenerated(target, fresh, answer('replace'))).fsPath, target.fsPath);
    assert.equal(await writeGenerated(target, fresh, answer('replace')).then((u) => u.fsPath), target.fsPath);
    assert.equal(asked, 0);
  });

  it('asks before replacing a notebook the user changed; Open existing or dismissing keeps it', async () => {
    writeFileSync(target.fsPath, 'my edits');
    for (const a of ['open', undefined] as const) {
      assert.equal((await writeGenerated(target, fresh, answer(a))).fsPath, target.fsPath);
      assert.equal(readFileSync(target.fsPath, 'utf8'), 'my edits');
    }
    assert.equal(asked, 2);
  });

  it('Save as new writes beside it, Replace replaces it', async () => {
    writeFileSync(target.fsPath, 'my edits');
    const other = await writeGenerated(target, fresh, answer('saveAs'));
    assert.equal(path.basename(other.fsPath), 'orders.csv.analysis (2).crmnb');
    assert.ok(existsSync(other.fsPath));
    assert.equal(readFileSync(target.fsPath, 'utf8'), 'my edits');
    await writeGenerated(target, fresh, answer('replace'));
    assert.equal(readFileSync(target.fsPath, 'utf8'), new TextDecoder().decode(fresh));
  });
});
