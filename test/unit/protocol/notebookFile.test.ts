import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NotebookFormatError, parseNotebook, serializeNotebook, type NotebookFile } from '../../../src/protocol/index';

const full: NotebookFile = {
  version: 1,
  metadata: { title: 'Shop', author: { name: 'Ana' } },
  cells: [
    { kind: 'markdown', language: 'markdown', source: '# Orders', metadata: {}, outputs: [] },
    {
      kind: 'code',
      language: 'typescript',
      source: "const t = await load('orders.csv');\nt",
      metadata: { tags: ['load'], collapsed: true },
      outputs: [
        { items: [{ mime: 'application/vnd.code.notebook.stdout', data: 'loaded\n' }] },
        {
          items: [
            { mime: 'application/vnd.crm-workbench.table+json', data: '{"columns":[],"rows":[],"totalRows":0}' },
            { mime: 'text/plain', data: '(0 rows)' },
          ],
          metadata: { source: 'display' },
        },
        { items: [{ mime: 'image/png', data: 'iVBORw0KGgo=', encoding: 'base64' }] },
      ],
      execution: { order: 3, success: true, startTime: 1000, endTime: 1042 },
    },
    { kind: 'code', language: 'javascript', source: '1 + 1', metadata: {}, outputs: [] },
  ],
};

function expectFormatError(text: string, pattern: RegExp) {
  assert.throws(
    () => parseNotebook(text, 'shop.crmnb'),
    (e: unknown) => e instanceof NotebookFormatError && /shop\.crmnb/.test(e.message) && pattern.test(e.message),
  );
}

describe('notebook file format', () => {
  it('round-trips cells, languages, metadata, outputs and execution summaries losslessly', () => {
    const text = serializeNotebook(full);
    assert.deepEqual(parseNotebook(text, 'shop.crmnb'), full);
    assert.equal(serializeNotebook(parseNotebook(text, 'shop.crmnb')), text);
  });

  it('writes 2-space JSON with a fixed field order, sorted metadata keys and a final newline', () => {
    const text = serializeNotebook(full);
    assert.ok(text.startsWith('{\n  "version": 1,\n  "metadata": {\n    "author"'));
    assert.ok(text.endsWith('}\n'));
    const cell = JSON.parse(text).cells[1];
    assert.deepEqual(Object.keys(cell), ['kind', 'language', 'source', 'metadata', 'outputs', 'execution']);
    assert.deepEqual(Object.keys(cell.metadata), ['collapsed', 'tags']);
  });

  it('stores text outputs as UTF-8 strings and binary outputs as base64', () => {
    const items = JSON.parse(serializeNotebook(full)).cells[1].outputs.flatMap((o: { items: unknown[] }) => o.items);
    assert.deepEqual(items[0], { mime: 'application/vnd.code.notebook.stdout', data: 'loaded\n' });
    assert.deepEqual(items[3], { mime: 'image/png', data: 'iVBORw0KGgo=', encoding: 'base64' });
  });

  it('reads an empty or blank file as a new empty notebook', () => {
    assert.deepEqual(parseNotebook('', 'new.crmnb'), { version: 1, metadata: {}, cells: [] });
    assert.deepEqual(parseNotebook(' \n', 'new.crmnb').cells, []);
  });

  it('rejects text that is not JSON, naming the file and the position', () => {
    expectFormatError('{\n  "version": 1,\n  "cells": [,]\n}', /not valid JSON at line 3, column 13/);
  });

  it('rejects a newer format version instead of guessing', () => {
    expectFormatError('{"version": 2, "cells": []}', /version 2 is newer/);
  });

  it('rejects JSON that is not a notebook', () => {
    expectFormatError('[1,2]', /top level must be a JSON object/);
    expectFormatError('{"cells": []}', /no "version"/);
    expectFormatError('{"version": "1", "cells": []}', /positive integer/);
    expectFormatError('{"version": 1}', /"cells" must be an array/);
    expectFormatError('{"version": 1, "cells": [{"kind": "raw", "source": ""}]}', /cells\[0\]\.kind/);
    expectFormatError('{"version": 1, "cells": [{"kind": "code", "language": "python", "source": ""}]}', /cells\[0\]\.language/);
    expectFormatError('{"version": 1, "cells": [{"kind": "code", "source": 3}]}', /cells\[0\]\.source/);
    expectFormatError(
      '{"version": 1, "cells": [{"kind": "code", "source": "", "outputs": [{"items": [{"mime": 1}]}]}]}',
      /outputs\[0\]\.items\[0\]/,
    );
  });

  it('never returns an empty notebook for a broken file (saving it would destroy the work)', () => {
    for (const bad of ['{', 'null', '{"version":1,"cells":{}}']) {
      assert.throws(() => parseNotebook(bad, 'work.crmnb'), NotebookFormatError);
    }
  });
});
