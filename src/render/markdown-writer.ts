import MarkdownIt, { type Token } from 'markdown-it';
import { escapeMarkdownText, trimLineEnd } from './escape.js';

/**
 * Writes Markdown from markdown-it's tokens of a free-text field: the same tree the HTML is rendered from, so the two
 * outputs agree on what is a paragraph, a list, emphasis or a link. Only the node types of privnote's subset are
 * written as Markdown (paragraph, bullet and ordered list, list item, text, soft and hard break, emphasis, strong,
 * inline code, link); anything else is written as its escaped text. Every text token is escaped so that it cannot
 * open anything, inline or (at the start of a line) as a block; markup is written by the writer only.
 *
 * Layout for a reader of a diff: one sentence per line inside a paragraph, continuation lines indented to the
 * content of their list item.
 */
export function tokensToMarkdown(tokens: Token[], indent = 0, inItem = false): string {
  const { lines, first } = writeBlocks(tree(tokens), false);
  const pad = ' '.repeat(indent);
  const text = lines.map((line, i) => (line && i > 0 ? pad + line : line)).join('\n');
  // A list cannot go on the line a template has begun ("Voorbeeld: - ..."): it starts on a line of its own, after
  // a blank line that ends the template's text, or (`inItem`, right after a list marker) on the next line.
  return isList(first) ? `${inItem ? '\n' : '\n\n'}${pad}${text}` : text;
}

interface BlockNode {
  token: Token;
  children: BlockNode[];
}

const isList = (node: BlockNode | undefined) => node?.token.type === 'bullet_list_open' || node?.token.type === 'ordered_list_open';

/** Block tokens as a tree: an `_open` token holds everything up to its `_close`. */
function tree(tokens: Token[]): BlockNode[] {
  const root: BlockNode[] = [];
  const stack = [root];
  for (const token of tokens) {
    if (token.nesting === -1) {
      stack.pop();
      continue;
    }
    const node: BlockNode = { token, children: [] };
    stack.at(-1)!.push(node);
    if (token.nesting === 1) stack.push(node.children);
  }
  return root;
}

/**
 * Sibling blocks, a blank line between them unless they are the content of a tight list item. Even there, a list
 * that could not interrupt the paragraph before it (its first item empty, or numbered from other than 1) gets its
 * blank line, or it would read as that paragraph's text or as a setext underline. Returns the first block that
 * wrote anything (an empty paragraph writes nothing).
 */
function writeBlocks(nodes: BlockNode[], tight: boolean): { lines: string[]; first?: BlockNode } {
  const lines: string[] = [];
  let first: BlockNode | undefined;
  let previous: { node: BlockNode; marker?: string } | undefined;
  for (const node of nodes) {
    const written = isList(node) ? writeList(node, previous?.marker) : { lines: writeBlock(node), marker: undefined };
    if (!written.lines.length) continue;
    const cannotInterrupt = isList(node) && (/^(?:[-+*]|\d+[.)])$/.test(written.lines[0]!) || Number(node.token.attrGet('start') ?? 1) !== 1);
    if (previous && (!tight || (cannotInterrupt && previous.node.token.type === 'paragraph_open'))) lines.push('');
    lines.push(...written.lines);
    first ??= node;
    previous = { node, marker: written.marker };
  }
  return { lines, first };
}

function writeBlock({ token, children }: BlockNode): string[] {
  if (token.type === 'inline') return inlineLines(token.children ?? []);
  // A paragraph is its content; an unknown block (none in the subset) is its content, or its text.
  if (children.length) return writeBlocks(children, false).lines;
  return token.content ? inlineLines([{ type: 'text', content: token.content } as Token]) : [];
}

/**
 * A list keeps its marker and its numbers. Two lists in a row stay two lists: the second one takes another marker
 * (`-`, `*`, `+`; `.` or `)` after a number), as a change of marker is what ends a list.
 */
function writeList({ token: open, children: items }: BlockNode, previousMarker?: string): { lines: string[]; marker: string } {
  const ordered = open.type === 'ordered_list_open';
  const choices = ordered ? ['.', ')'] : ['-', '*', '+'];
  const marker = open.markup === previousMarker ? choices.find((c) => c !== previousMarker)! : open.markup;
  const loose = items.some((item) => item.children.some((child) => child.token.type === 'paragraph_open' && !child.token.hidden));
  let number = Number(open.attrGet('start') ?? 1);
  const lines: string[] = [];
  for (const item of items) {
    const itemMarker = ordered ? `${item.token.info || number}${marker}` : marker;
    number++;
    const content = writeBlocks(item.children, !loose);
    const pad = ' '.repeat(itemMarker.length + 1);
    if (lines.length && loose) lines.push('');
    // An item that starts with a list has it on the next line: "- - -" or "* * *" would be a thematic break.
    const [first, ...rest] = isList(content.first) ? ['', ...content.lines] : content.lines;
    lines.push(first ? `${itemMarker} ${first}` : itemMarker, ...rest.map((line) => (line ? pad + line : line)));
  }
  return { lines, marker };
}

/** A piece of inline content: text still to escape, Markdown the writer made, or a line break. */
type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'mark'; text: string; delimiter?: 'open' | 'close' }
  | { kind: 'break'; hard: boolean };

const EMPHASIS = new Set(['em_open', 'em_close', 'strong_open', 'strong_close']);
/** Wrappers Markdown has no syntax for (a phrase's language, see richtext.ts): their content is written, they are not. */
const UNWRITTEN = new Set(['lang_open', 'lang_close']);
const commonmark = new MarkdownIt('commonmark');
const flat = (html: string) => html.replace(/\s+/g, ' ').trim();

/**
 * The lines of a paragraph. Emphasis is the one construct whose reading depends on what stands beside it
 * (CommonMark's delimiter runs: an escaped `*` or an entity next to a mark can change how marks pair up), so a
 * paragraph with emphasis is read back by a stock CommonMark parser; if it does not read as the tree, it is written
 * again without emphasis marks: the same text and links, less styling, never anything else.
 */
function inlineLines(all: Token[]): string[] {
  const tokens = all.filter((token) => !UNWRITTEN.has(token.type));
  const lines = writeLines(withSentenceBreaks(pieces(tokens)));
  if (!tokens.some((token) => EMPHASIS.has(token.type))) return lines;
  const readBack = commonmark.renderInline(lines.join('\n'));
  if (flat(readBack) === flat(commonmark.renderer.renderInline(tokens, commonmark.options, {}))) return lines;
  return writeLines(withSentenceBreaks(pieces(tokens.filter((token) => !EMPHASIS.has(token.type)))));
}

function pieces(tokens: Token[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'text':
        out.push({ kind: 'text', text: token.content });
        break;
      case 'softbreak':
      case 'hardbreak':
        out.push({ kind: 'break', hard: token.type === 'hardbreak' });
        break;
      case 'em_open':
      case 'strong_open':
        out.push({ kind: 'mark', text: token.markup, delimiter: 'open' });
        break;
      case 'em_close':
      case 'strong_close':
        out.push({ kind: 'mark', text: token.markup, delimiter: 'close' });
        break;
      case 'code_inline':
        out.push({ kind: 'mark', text: codeSpan(token.content) });
        break;
      case 'link_open': {
        let close = i + 1;
        while (close < tokens.length && tokens[close]!.type !== 'link_close') close++;
        out.push(...link(token, tokens.slice(i + 1, close)));
        i = close;
        break;
      }
      default:
        if (token.content) out.push({ kind: 'text', text: token.content });
    }
  }
  return out;
}

/** A code span: a fence longer than any run of backticks inside, padded where the content would touch it. */
function codeSpan(content: string): string {
  const longest = (content.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(content) || (/^ [^]* $/.test(content) && !/^ +$/.test(content)) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** What CommonMark reads as an autolink: an absolute URI, or an e-mail address. */
const URI = /^[a-z][a-z0-9+.-]{1,31}:[^<>\x00-\x20\x7f]*$/i;
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** `<address>` for an e-mail address a CommonMark reader turns into a mailto: link, else undefined. */
export const emailAutolink = (email: string): string | undefined => (EMAIL.test(email) ? `<${email}>` : undefined);

/** A link destination in angle brackets: `<`, `>`, `\`, white space and control characters percent-encoded. */
export const linkDestination = (href: string): string =>
  `<${href.replace(/[<>\\\s\x00-\x1f\x7f]/g, (c) => encodeURIComponent(c))}>`;

/**
 * A link: `<address>` where a bare address was linked (its text is the address), else `[text](<address>)`. The tree
 * holds only links privnote allows (see richtext.ts); a title is kept, on one line.
 */
function link(open: Token, inner: Token[]): Piece[] {
  const href = String(open.attrGet('href') ?? '');
  const text = inner.every((t) => t.type === 'text') ? inner.map((t) => t.content).join('') : undefined;
  if (open.info === 'auto' && text !== undefined) {
    const auto = text === href && URI.test(href) ? `<${href}>` : href === `mailto:${text}` ? emailAutolink(text) : undefined;
    if (auto) return [{ kind: 'mark', text: auto }];
  }
  const title = String(open.attrGet('title') ?? '');
  const titled = title
    ? ` "${title.replace(/[\\"]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&').replace(/\s+/g, ' ')}"`
    : '';
  return [{ kind: 'mark', text: '[' }, ...pieces(inner), { kind: 'mark', text: `](${linkDestination(href)}${titled})` }];
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(['bv', 'bijv', 'vb', 'nr', 'art', 'enz', 'resp', 'incl', 'excl', 'ca', 'dhr', 'mevr', 'mr', 'dr', 'st', 'zgn']);

/** A sentence's end: its mark, perhaps a closing bracket or quote, white space, and a capital or opening after it. */
const SENTENCE_END = /[.!?][)"”’]?\s+(?=[\p{Lu}"“‘(])/gu;

/**
 * Where a line of text breaks into sentences ("semantic line breaks"): the white space after each sentence, as
 * [start, end). A Markdown soft break renders as a space, so the output reads the same while a changed sentence
 * shows as one changed line in a diff. A period after an abbreviation (bv., o.a., art.) or a single letter does not
 * end a sentence. Linear: one scan for candidates, then a bounded look at the word before each.
 */
export function sentenceBreaks(line: string): [number, number][] {
  const breaks: [number, number][] = [];
  let start = 0;
  // One expression for every line (matchAll would make a copy of it per line): reset, then read to the end.
  SENTENCE_END.lastIndex = 0;
  for (let match; (match = SENTENCE_END.exec(line)); ) {
    const end = match.index + match[0].trimEnd().length;
    if (match[0][0] === '.') {
      const word = wordBefore(line, Math.max(start, match.index - 40), match.index);
      if (ABBREVIATIONS.has(word.toLowerCase()) || word.includes('.') || word.length <= 1) continue;
    }
    breaks.push([end, match.index + match[0].length]);
    start = match.index + match[0].length;
  }
  return breaks;
}

const CLOSERS = ')"”’';
const WORD_CHAR = /^[\p{L}\p{N}.'’]$/u;
const isAsciiWordChar = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2e || code === 0x27;

/**
 * The word that ends at `index` (from `from` on), without a closing bracket or quote after it: what
 * `/[\p{L}\p{N}.'’]+[)"”’]?$/u` finds in `line.slice(from, index)`, read backwards from the end instead of tried
 * from every start (that expression took nearly half the time of finding the sentences).
 */
export function wordBefore(line: string, from: number, index: number): string {
  const end = index > from && CLOSERS.includes(line[index - 1]!) ? index - 1 : index;
  let begin = end;
  while (begin > from) {
    const code = line.charCodeAt(begin - 1);
    // A letter outside the Basic Multilingual Plane is a surrogate pair; half of one (cut off at `from`) is no letter.
    const pair = code >= 0xdc00 && code <= 0xdfff && begin - 2 >= from && (line.charCodeAt(begin - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    if (code < 0x80 ? !isAsciiWordChar(code) : !WORD_CHAR.test(line.slice(begin - width, begin))) break;
    begin -= width;
  }
  return line.slice(begin, end);
}

/** One sentence per item (see sentenceBreaks). */
export function splitSentences(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const [end, next] of sentenceBreaks(line)) {
    parts.push(line.slice(start, end));
    start = next;
  }
  parts.push(line.slice(start));
  return parts;
}

const isDelimiter = (piece: Piece | undefined, side: 'open' | 'close') => piece?.kind === 'mark' && piece.delimiter === side;

/**
 * Adds a soft break at each sentence end. The sentences are found in the text of a whole line, across emphasis and
 * links (so "*art.* 9" is one sentence); a break goes only where the white space lies within one text piece and
 * does not touch an emphasis mark it belongs to.
 */
function withSentenceBreaks(all: Piece[]): Piece[] {
  const out: Piece[] = [];
  let line: Piece[] = [];
  const flush = () => {
    let plain = '';
    const starts = line.map((piece) => {
      const start = plain.length;
      if (piece.kind === 'text') plain += piece.text;
      return start;
    });
    const breaks = sentenceBreaks(plain);
    let next = 0;
    for (const [i, piece] of line.entries()) {
      if (piece.kind !== 'text') {
        out.push(piece);
        continue;
      }
      const start = starts[i]!;
      const end = start + piece.text.length;
      let cursor = start;
      for (; next < breaks.length && breaks[next]![0] < end; next++) {
        const [from, to] = breaks[next]!;
        const touchesMark = (from === start && isDelimiter(line[i - 1], 'open')) || (to === end && isDelimiter(line[i + 1], 'close'));
        if (from < start || to > end || touchesMark) continue;
        if (from > cursor) out.push({ kind: 'text', text: plain.slice(cursor, from) });
        out.push({ kind: 'break', hard: false });
        cursor = to;
      }
      if (end > cursor) out.push({ kind: 'text', text: plain.slice(cursor, end) });
    }
    line = [];
  };
  for (const piece of all) {
    if (piece.kind === 'break') {
      flush();
      out.push(piece);
    } else line.push(piece);
  }
  flush();
  return out;
}

/** Lines from pieces: a soft break ends a line, a hard break ends it with a backslash; no line is left blank. */
function writeLines(all: Piece[]): string[] {
  const lines: { text: string; hard: boolean }[] = [];
  let line: Piece[] = [];
  for (const piece of all) {
    if (piece.kind !== 'break') {
      line.push(piece);
      continue;
    }
    const text = writeLine(line);
    line = [];
    if (text) lines.push({ text, hard: piece.hard });
    else if (lines.length) lines.at(-1)!.hard ||= piece.hard;
  }
  const text = writeLine(line);
  if (text) lines.push({ text, hard: false });
  else if (lines.length) lines.at(-1)!.hard = false;
  return lines.map(({ text, hard }) => (hard ? `${text}\\` : text));
}

/** One line: the texts escaped (the first one as the start of a line), the marks as they are. */
function writeLine(line: Piece[]): string {
  const merged: Exclude<Piece, { kind: 'break' }>[] = [];
  for (const piece of line) {
    if (piece.kind === 'break') continue;
    const last = merged.at(-1);
    if (piece.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + piece.text };
    else merged.push(piece);
  }
  return merged
    .map((piece, i) => {
      if (piece.kind !== 'text') return piece.text;
      const out = escapeMarkdownText(i === merged.length - 1 ? trimLineEnd(piece.text) : piece.text, i === 0);
      // "!" before a link would make it an image.
      return out.endsWith('!') && merged[i + 1]?.text.startsWith('[') ? `${out.slice(0, -1)}\\!` : out;
    })
    .join('');
}
