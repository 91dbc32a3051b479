/**
 * Escapes text for HTML element content and attribute values: the one escaping function of the
 * project, used wherever user data meets HTML (kernel fallbacks, reports).
 * @example escapeHtml('<img src=x onerror=alert(1)>') // → '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
