import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateGridRequest, validateRendererRequest } from '../../../../src/protocol/index';

const query = { sort: [{ column: 'monetary', descending: true }], filters: [{ kind: 'range', column: 'monetary', min: 10 }] };

describe('validateGridRequest: a message from a webview is checked before anything acts on it (issue 12, item 7)', () => {
  it('accepts a page, a profile and an export request and returns them typed', () => {
    const page = { type: 'page', tableId: 'ab12-1', query, page: 3, pageSize: 25 };
    assert.deepEqual(validateGridRequest(page), { ok: true, value: page });
    assert.deepEqual(validateGridRequest({ type: 'profile', tableId: 'ab12-1' }), {
      ok: true,
      value: { type: 'profile', tableId: 'ab12-1' },
    });
    const exp = { type: 'export', tableId: 'ab12-1', query, path: '/tmp/x.csv', format: 'csv' };
    assert.deepEqual(validateGridRequest(exp), { ok: true, value: exp });
  });

  it('rejects, with a reason, anything else', () => {
    const bad: [unknown, RegExp][] = [
      [null, /must be an object/],
      [{ type: 'page', query, page: 0, pageSize: 25 }, /needs a tableId/],
      [{ type: 'drop', tableId: 't' }, /unknown grid request type "drop"/],
      [{ type: 'page', tableId: 't', query, page: -1, pageSize: 25 }, /page must be a whole number/],
      [{ type: 'page', tableId: 't', query, page: 1.5, pageSize: 25 }, /page must be a whole number/],
      [{ type: 'page', tableId: 't', query, page: 0, pageSize: 0 }, /pageSize must be 1 to 10000/],
      [{ type: 'page', tableId: 't', query, page: 0, pageSize: 1e6 }, /pageSize must be 1 to 10000/],
      [{ type: 'page', tableId: 't', query: { sort: 'monetary' }, page: 0, pageSize: 25 }, /sort and filters arrays/],
      [{ type: 'page', tableId: 't', query: { sort: [{ column: 'x' }], filters: [] }, page: 0, pageSize: 25 }, /\{ column, descending \}/],
      [
        { type: 'page', tableId: 't', query: { sort: [], filters: [{ kind: 'regex', column: 'x' }] }, page: 0, pageSize: 25 },
        /contains, range or pick/,
      ],
      [
        { type: 'page', tableId: 't', query: { sort: [], filters: [{ kind: 'range', column: 'x', min: 'a' }] }, page: 0, pageSize: 25 },
        /numbers for min and max/,
      ],
      [
        { type: 'page', tableId: 't', query: { sort: [], filters: [{ kind: 'pick', column: 'x', values: [{}] }] }, page: 0, pageSize: 25 },
        /pick filter needs/,
      ],
      [{ type: 'export', tableId: 't', query, path: '/tmp/x.html', format: 'html' }, /csv or xlsx/],
    ];
    for (const [message, why] of bad) {
      const r = validateGridRequest(message);
      assert.equal(r.ok, false, JSON.stringify(message));
      assert.match((r as { message: string }).message, why);
    }
  });

  it('lets a renderer ask for an export without a path (the extension asks where) and for a copy, but not pick the path itself', () => {
    const r = validateRendererRequest({ type: 'export', tableId: 't', query, format: 'xlsx', suggestedName: 'rfm', path: '/etc/passwd' });
    assert.deepEqual(r, { ok: true, value: { type: 'export', tableId: 't', query, format: 'xlsx', suggestedName: 'rfm' } });
    assert.deepEqual(validateRendererRequest({ type: 'copy', text: 'a\tb\n' }), { ok: true, value: { type: 'copy', text: 'a\tb\n' } });
    assert.equal(validateRendererRequest({ type: 'copy', text: 3 }).ok, false);
  });
});
