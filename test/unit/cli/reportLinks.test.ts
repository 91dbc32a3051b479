import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('crm-workbench report on a chart with links (issue 15)', () => {
  it('writes the report instead of crashing on "Cannot read properties of null (reading \'href\')"', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-href-'));
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: {
        values: [
          { product: 'Tea', sold: 3, url: 'https://shop.example/tea' },
          { product: 'Cup', sold: 5, url: 'javascript:alert(document.cookie)' },
        ],
      },
      mark: 'bar',
      encoding: { x: { field: 'product', type: 'nominal' }, y: { field: 'sold', type: 'quantitative' }, href: { field: 'url' } },
    };
    const nb = {
      version: 1,
      cells: [
        {
          kind: 'code',
          language: 'typescript',
          source: 'chart',
          outputs: [{ items: [{ mime: 'application/vnd.vegalite.v6+json', data: JSON.stringify(spec) }] }],
        },
      ],
    };
    writeFileSync(path.join(dir, 'links.crmnb'), JSON.stringify(nb));
    const out = path.join(dir, 'links.html');
    const r = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'report', path.join(dir, 'links.crmnb'), '--out', out], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<a xlink:href="https:\/\/shop\.example\/tea">/);
    assert.doesNotMatch(html, /href="javascript/i);
  });
});
