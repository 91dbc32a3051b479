/**
 * Escapes text for Markdown so that it stays text: every ASCII punctuation character that Markdown
 * or inline HTML could read as syntax gets a backslash (CommonMark §2.4: any ASCII punctuation may
 * be backslash-escaped), and line breaks become spaces. Used for user data (names, comments) in
 * Markdown summaries; `<img onerror=…>` then renders as the literal text.
 * @example escapeMarkdown('<img src=x onerror=alert(1)> *Ann*') // → '\\<img src=x onerror=alert\\(1\\)\\> \\*Ann\\*'
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>&~"'=:]/g, (c) => `\\${c}`);
}
