/** Escapes a plain value for Markdown inline context so it cannot open a heading, list, table, link or tag. */
export function escapeMarkdownInline(value: unknown): string {
  return String(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    // Only what would open a block at the start of a line: a heading, a bullet or a numbered item.
    .replace(/^(#{1,6}|[-+]|\d{1,9}[.)])(?=\s|$)/, (start) => start.replace(/[#+.)-]/, '\\$&'));
}

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
