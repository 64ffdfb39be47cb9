import { escapeMarkdownText } from '../../render/escape.js';

/**
 * What every reader shares: source text turned into privnote's Markdown subset (bold, italic, links), with every
 * other character that Markdown would read as markup escaped, so a source's "*" or "[" stays a character.
 */

/** Characters Markdown reads as inline markup, escaped in every text the readers copy (line breaks kept). */
export const escapeMarkdown = (text: string): string => text.split('\n').map((line) => escapeMarkdownText(line, false)).join('\n');

/** Whitespace runs as one space (a source's line breaks inside a paragraph are no structure). */
export const collapse = (text: string): string => text.replace(/[ \t\r\f\v\u00a0]+/g, ' ');

/** Only web and mail links are kept as links; another target (javascript:, a local file) keeps its text only. */
export const linkTarget = (href: string | undefined): string | undefined =>
  href && /^(https?:\/\/|mailto:)/i.test(href.trim()) ? href.trim().replace(/[()\s]/g, encodeURIComponent) : undefined;

/** `inner` between markers (** or *), with the spaces at its edges kept outside them; nothing for empty text. */
export function wrap(inner: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : inner;
}

/** A link: its text and target, or its text alone when the target is not kept. */
export function link(inner: string, href: string | undefined): string {
  const target = linkTarget(href);
  return target && inner.trim() ? `[${inner.trim()}](${target})` : inner;
}

/**
 * A block's text, cleaned: line-edge spaces trimmed, blank lines gone, and a start that Markdown would read as a block
 * (a heading "#", a list "-" or "1.", a quote ">") escaped.
 */
export function blockText(text: string): string {
  return text
    .split('\n')
    .map((line) => collapse(line).trim())
    .filter(Boolean)
    .map((line) => line.replace(/^([#+-])(?=\s|$)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'))
    .join('\n');
}

/** Plain text of a Markdown-subset string (a heading, which privnote prints as it is): markers and escapes removed. */
export const plain = (text: string): string =>
  text
    .replace(/\\(.)|\[((?:\\.|[^\]\\])*)\]\([^)]*\)|\*+/g, (_, escaped?: string, label?: string) => escaped ?? (label === undefined ? '' : plain(label)))
    .replace(/\s+/g, ' ')
    .trim();
