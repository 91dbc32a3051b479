import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode'; // the fake (test/unit/fakes/vscode.ts)
import { MetricsStatusBar } from '../../../../src/extension/quickMetrics/MetricsStatusBar';

function bar() {
  const item = {
    text: '',
    tooltip: '',
    command: undefined as unknown,
    visible: false,
    show: () => (item.visible = true),
    hide: () => (item.visible = false),
  };
  return { item, bar: new MetricsStatusBar(item as never) };
}
const orders = vscode.Uri.file('/shop/orders.csv') as never;
const survey = vscode.Uri.file('/shop/survey.csv') as never;
const notes = vscode.Uri.file('/shop/notes.md') as never;
const headline = (text: string) => ({ text, tooltip: text, command: { command: 'crmWorkbench.quickMetrics', title: 'Quick Metrics' } });

describe('the Quick Metrics status bar item follows the active editor (#15)', () => {
  it("shows a file's headline while that file is in front and hides it when another file is", () => {
    const { item, bar: b } = bar();
    b.editorChanged(orders);
    b.record(orders, headline('Revenue 35.00'));
    assert.deepEqual([item.visible, item.text], [true, 'Revenue 35.00']);
    b.editorChanged(notes);
    assert.equal(item.visible, false, 'no stale revenue over notes.md');
    b.editorChanged(undefined);
    assert.equal(item.visible, false, 'nor over a notebook or an empty editor area');
    b.editorChanged(orders);
    assert.deepEqual([item.visible, item.text], [true, 'Revenue 35.00']);
  });

  it("keeps each file's own headline, and shows the panel's file while the panel is in front", () => {
    const { item, bar: b } = bar();
    b.record(orders, headline('Revenue 35.00'));
    b.record(survey, headline('NPS 12.0'));
    assert.equal(item.visible, false, 'recorded, but neither file is in front');
    b.editorChanged(survey);
    assert.equal(item.text, 'NPS 12.0');
    b.editorChanged(undefined);
    b.panelChanged(orders);
    assert.deepEqual([item.visible, item.text], [true, 'Revenue 35.00']);
    b.panelChanged(undefined);
    assert.equal(item.visible, false);
  });
});
