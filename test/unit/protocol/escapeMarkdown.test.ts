import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../../../src/protocol/index';

describe('escapeMarkdown', () => {
  // The reference renderer is markdown-it with inline HTML allowed, the stricter case (VS Code's renderer allows some HTML).
  const md = new MarkdownIt({ html: true });

  it('keeps HTML and Markdown syntax in user data as the literal text', () => {
    for (const s of ['<img src=x onerror=alert(1)>', '**bold** _it_ [link](javascript:alert(1))', '# heading', '`code` | pipe', 'a & b'])
      assert.equal(md.renderInline(escapeMarkdown(s)), md.utils.escapeHtml(s), s);
  });

  it('turns line breaks into spaces so a value stays on its line', () => {
    assert.equal(escapeMarkdown('two\nlines'), 'two lines');
  });
});
