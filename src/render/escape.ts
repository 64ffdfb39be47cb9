/** Characters that can open or close an inline construct anywhere in a line: escaped in every text. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]|&(?=#?\w+;)/g;

/**
 * What would open a block at the start of a line (after its indentation): an ATX heading, a setext underline or
 * thematic break of `=` or `-`, a bullet or an ordered item. `>`, `<`, `*`, `_`, `` ` ``, `~`, `|` and `[` (quotes,
 * HTML, fences, tables, reference definitions) are escaped everywhere already.
 */
const BLOCK_START = /^(?:#{1,6}(?=[ \t]|$)|=+[ \t]*$|-(?=[ \t]|[- \t]*$)|\+(?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$)))/;

/**
 * Escapes a piece of text for Markdown so that it stays text: every character that could open an inline construct
 * (emphasis, code, link, autolink, HTML, entity, strikethrough, table cell) is backslash-escaped, and at the start
 * of a line (`lineStart`) leading blanks are dropped and whatever would open a block is escaped too. Ordinary
 * punctuation (`.`, `,`, `(`, `-`, `'`, `"`, `:`, `%`, `€`, `/`) is left alone. The text must not contain line
 * endings: the caller decides where lines end.
 */
export function escapeMarkdownText(text: string, lineStart: boolean): string {
  // Most texts have nothing to escape: one test instead of two replacements.
  const escaped = /[\0\\`*_[\]<>|~&]/.test(text) ? text.replace(/\0/g, '\uFFFD').replace(INLINE_SPECIAL, '\\$&') : text;
  if (!lineStart) return escaped;
  const trimmed = escaped[0] === ' ' || escaped[0] === '\t' ? escaped.replace(/^[ \t]+/, '') : escaped;
  const start = BLOCK_START.exec(trimmed);
  if (!start) return trimmed;
  // A run of digits keeps its digits and loses the power of its delimiter; anything else escapes its first mark.
  return /\d/.test(trimmed[0]!) ? `${start[0]}\\${trimmed.slice(start[0].length)}` : `\\${trimmed}`;
}

/** A line without the spaces and tabs at its end (two would be a hard break), in linear time: `/[ \t]+$/` is not. */
export function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** Every line ending, as CommonMark sees it (`\n`, `\r\n`, `\r`) and as editors and browsers may (U+2028, U+2029). */
const LINE_ENDING = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Escapes a plain value (a name, a title, a heading, a label: not Markdown) for any place in a line, including its
 * start: line endings become spaces and the text is escaped as the Markdown writer escapes its text, so a value
 * cannot open a heading, list, table, quote, link, emphasis or tag. White space around the value is dropped; a value
 * of only white space is one space, written `&#32;` so that `**{{esc name}}**` stays bold and not a rule (`****`).
 */
export function escapeMarkdownInline(value: unknown): string {
  const text = String(value ?? '');
  const line = text.replace(LINE_ENDING, ' ').trim();
  if (!line) return text ? '&#32;' : '';
  const escaped = escapeMarkdownText(line, true);
  // In a heading, a last run of # after a space would be read as the heading's closing sequence.
  return escaped.endsWith('#') ? escaped.replace(/(^|[ \t])(#+)$/, '$1\\$2') : escaped;
}

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
