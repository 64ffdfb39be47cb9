import MarkdownIt, { type StateCore, type StateInline, type Token } from 'markdown-it';
import { isAllowedLink } from '../links.js';
import { trimLineEnd } from './escape.js';
import { tokensToMarkdown } from './markdown-writer.js';

/**
 * The Markdown subset allowed in free-text fields: paragraphs, emphasis, code, lists, links. No raw HTML, images,
 * headings, tables, quotes, code blocks, rules, reference definitions or strikethrough. A link goes only to the
 * web, an e-mail address, a phone number or a place in the document; any other link stays visible text.
 */
const OFF = [
  'heading', 'lheading', 'table', 'code', 'fence', 'blockquote', 'hr', 'reference', 'html_block',
  'image', 'html_inline', 'strikethrough',
];


/** A link markdown-it made without asking validateLink (an empty destination: `[x]()`) becomes its text. */
function unlinkInvalid(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const kept: Token[] = [];
    let dropping = 0;
    for (const token of block.children) {
      if (token.type === 'link_open' && (dropping > 0 || !state.md.validateLink(String(token.attrGet('href') ?? '')))) dropping++;
      else if (token.type === 'link_close' && dropping > 0) dropping--;
      else kept.push(token);
    }
    block.children = kept;
  }
}

/**
 * A bare web address written `www.example.be/privacy` becomes a link to https://www.example.be/privacy, its text as
 * written. linkify-it links no address without a scheme by default (`fuzzyLink`), and turned on that would link any
 * word with a dot and a country code ("bv.be"); so `www.` is taken as a scheme of its own: a host with at least one
 * more dot, then a path, as linkify-it reads them after `https://`.
 */
const www = {
  validate(text: string, pos: number, self: { re: object }): number {
    // linkify-it 6's regular expressions (its REBuilder): the host and path it reads after "https://".
    const re = self.re as { cache: Record<string, RegExp | undefined>; get_url_host_port(): RegExp; get_path(): RegExp };
    const host = (re.cache.privnote_www ??= new RegExp(re.get_url_host_port().source + re.get_path().source, 'iy'));
    host.lastIndex = pos;
    const found = host.exec(text)?.[0] ?? '';
    return /^[^/?#:]+\.[^/?#:.]/.test(found) ? found.length : 0;
  },
  normalize(match: { url: string }) {
    match.url = `https://${match.url}`;
  },
};

/** `{lang=en}`, `{lang=en-GB}`: exactly one attribute, a language tag (BCP 47's language and subtags). */
const LANG = /^\{lang=([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)\}/;

/**
 * A phrase in another language, `[Data Protection Officer]{lang=en}` (Pandoc's bracketed span, with only `lang`):
 * `lang_open` and `lang_close` around the phrase, a `<span lang="en">` in HTML (WCAG 3.1.2). Markdown has no such
 * span: the Markdown writer writes the phrase alone. Anything else after the brackets leaves them as text (or a link).
 */
function langSpan(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b /* [ */) return false;
  const end = state.md.helpers.parseLinkLabel(state, start, false);
  if (end < 0) return false;
  const lang = LANG.exec(state.src.slice(end + 1, end + 40));
  if (!lang) return false;
  if (!silent) {
    state.push('lang_open', 'span', 1).attrSet('lang', lang[1]!);
    const max = state.posMax;
    state.pos = start + 1;
    state.posMax = end;
    state.md.inline.tokenize(state);
    state.posMax = max;
    state.push('lang_close', 'span', -1);
  }
  state.pos = end + 1 + lang[0].length;
  return true;
}

/** One configuration; the two instances differ only in whether they look for bare web and e-mail addresses. */
function subset(linkify: boolean) {
  const md = new MarkdownIt('default', { html: false, linkify, typographer: false }).disable(OFF);
  if (linkify) md.linkify.add('www.', www);
  md.inline.ruler.before('link', 'lang_span', langSpan);
  md.validateLink = isAllowedLink;
  md.core.ruler.push('unlink_invalid', unlinkInvalid);
  return md;
}
const plain = subset(false);
const linkifying = subset(true);

/** Only a text that could contain a web or e-mail address pays for linkify's scan. */
const parser = (text: string) => (/@|\w\.[a-z]{2,}\b|:\/\//i.test(text) ? linkifying : plain);

type Mode = 'block' | 'inline';

/**
 * The trees of the texts rendered last. A document's HTML and Markdown are rendered one after the other, so each
 * free-text field is parsed once and both outputs are written from that one tree (the renderer and the writer only
 * read it). Bounded, oldest out first; a tree is a pure function of its text, so a stale entry cannot exist.
 */
const trees: Record<Mode, Map<string, Token[]>> = { block: new Map(), inline: new Map() };
/** More than the free texts of one large notice: its HTML and Markdown are rendered one after the other. */
const TREES_KEPT = 1024;

/** The one parse of a free-text field: block Markdown, or (`inline`) a text that stands inside a sentence. */
export function parseRichText(text: string, mode: Mode = 'block'): Token[] {
  const kept = trees[mode];
  let tokens = kept.get(text);
  if (!tokens) {
    tokens = plainTree(text, mode) ?? markdownItTree(text, mode);
    if (kept.size >= TREES_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(text, tokens);
  }
  return tokens;
}

/** The tree as markdown-it parses it. */
export const markdownItTree = (text: string, mode: Mode): Token[] =>
  mode === 'inline' ? parser(text).parseInline(text, {}) : parser(text).parse(text, {});

/**
 * What could make a text more than one paragraph of one text token: a line break (or what markdown-it reads as one,
 * and NUL, which it replaces), a character an inline rule starts at, a list's marker at the start, or no text at all.
 */
const NOT_PLAIN = /[\n\r\0\\`*_[\]<>!&~]|^\s*[-+\d]|^\s*$/;

/**
 * Most free texts are a sentence or a few with no Markdown in them: their tree is built here as markdown-it builds it
 * (a paragraph, or in a sentence just the inline token, holding one text token), without running its parser; test:
 * the same tree as markdown-it's for every text that takes this path. Undefined for any other text.
 */
export function plainTree(text: string, mode: Mode): Token[] | undefined {
  if (NOT_PLAIN.test(text) || parser(text) !== plain) return undefined;
  const token = (type: string, tag: string, nesting: Token['nesting'], fields: Partial<Token>) => Object.assign(new MarkdownIt.Token(type, tag, nesting), fields);
  // A paragraph's text loses the spaces and tabs around it (other white space stays, as in markdown-it); a text inside
  // a sentence keeps them.
  const content = mode === 'inline' ? text : trimLineEnd(text.replace(/^[ \t]+/, ''));
  const inline = token('inline', '', 0, { content, map: [0, 1], children: [token('text', '', 0, { content })] });
  if (mode === 'inline') return [inline];
  return [
    token('paragraph_open', 'p', 1, { map: [0, 1], block: true }),
    Object.assign(inline, { level: 1, block: true }),
    token('paragraph_close', 'p', -1, { block: true }),
  ];
}

/** A phone number is read as one word: its spaces do not break (`&nbsp;`), nor its hyphens (U+2011). */
export const unbreakable = (escapedPhone: string): string => escapedPhone.replace(/ /g, '&nbsp;').replace(/-/g, '&#8209;');

/** The text of a `tel:` link in free text, as the `tel` helper writes a phone number (see `unbreakable`). */
function phoneLinkText(tokens: Token[], idx: number): boolean {
  for (let i = idx - 1; i >= 0; i--) {
    if (tokens[i]!.type === 'link_close') return false;
    if (tokens[i]!.type === 'link_open') return String(tokens[i]!.attrGet('href')).startsWith('tel:');
  }
  return false;
}
const escapeText = plain.renderer.rules.text!;
plain.renderer.rules.text = (tokens, idx, ...rest) => {
  const html = escapeText(tokens, idx, ...rest);
  return phoneLinkText(tokens, idx) ? unbreakable(html) : html;
};

/** The text of the link that `tokens[idx]` opens. */
function linkText(tokens: Token[], idx: number): string {
  let text = '';
  for (let i = idx + 1; i < tokens.length && tokens[i]!.type !== 'link_close'; i++) text += tokens[i]!.content;
  return text;
}
const withoutScheme = (href: string) => href.replace(/^https?:\/\//, '').replace(/\/$/, '');
/** A web link whose text is not its address gets `address-after`: paper shows the address after it (style.css). */
plain.renderer.rules.link_open = (tokens, idx, _options, _env, self) => {
  const href = String(tokens[idx]!.attrGet('href'));
  const named = /^https?:/.test(href) && withoutScheme(linkText(tokens, idx).trim()) !== withoutScheme(href);
  // The shared tree is only read: the class goes into a copy of the attributes.
  const attrs = [...(tokens[idx]!.attrs ?? []), ...(named ? [['class', 'address-after'] as [string, string]] : [])];
  return `<a${self.renderAttrs({ attrs } as Token)}>`;
};

/** Both instances render alike: they differ only in what they parse. */
const toHtml = (tokens: Token[]) => plain.renderer.render(tokens, plain.options, {});

export const richTextToHtml = (text: string): string => toHtml(parseRichText(text));
export const inlineToHtml = (text: string): string => toHtml(parseRichText(text, 'inline'));

/**
 * A free-text field as Markdown, written from the same tokens as its HTML (see markdown-writer.ts): one sentence per
 * line, continuation lines indented by `indent` so the text stays inside the list item the template writes it in.
 * `inItem`: the template has just written a list marker, so a text that is a list starts on the next line.
 */
export const richTextToMarkdown = (text: string, indent = 0, inItem = false): string =>
  tokensToMarkdown(parseRichText(text), indent, inItem);
export const inlineToMarkdown = (text: string, indent = 0): string => tokensToMarkdown(parseRichText(text, 'inline'), indent);
