import { createRequire } from 'node:module';

/**
 * Dutch hyphenation for the HTML that is printed to PDF. Chromium has no Dutch dictionary here, so `hyphens: auto`
 * does nothing; soft hyphens (U+00AD) put in at build time, with the Dutch patterns of the `hyphen` package, give it
 * the break points (`hyphens: manual`). Only text between tags changes: attributes, the style sheet and the title
 * never do. Addresses, numbers and codes are not words: they get no soft hyphen, and e-mail addresses and web
 * addresses may break only after `@`, `.` and `/` (a `<wbr>`), never at a hyphen of their own.
 */
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/nl') as {
  hyphenateSync(text: string, options: { hyphenChar: string; minWordLength: number }): string;
};

export const SOFT_HYPHEN = '\u00AD';

/** Tags and comments; the text between them is what a reader sees. */
const MARKUP = /(<!--[\s\S]*?-->|<[^>]*>)/;

/**
 * Elements whose text is left whole: code, the style sheet, the title, headings (a typesetter does not break them, and
 * Chromium takes the PDF's bookmarks from them) and the table of contents that repeats them (its page numbers are
 * filled in after the soft hyphens are settled), and anything in another language than Dutch (`lang="en"`): Dutch
 * patterns would break English words in the wrong places.
 */
const WHOLE = new Set(['style', 'script', 'title', 'pre', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav']);
const OPENING = /^<([a-z][a-z0-9]*)\b([^>]*)>$/i;
const CLOSING = /^<\/([a-z][a-z0-9]*)\s*>$/i;
const OTHER_LANGUAGE = /(?:^|\s)lang\s*=\s*["']?(?!nl\b)[a-z]/i;

/** An e-mail or web address: it has an `@`, a scheme, starts with `www.` or has a path after a domain. */
const ADDRESS = /@|:\/\/|^\W*www\.|\p{L}\.\p{L}{2,}\//u;
/** Not a word: a number, a code or an abbreviation (`i.v.m.`, `vv_session`): anything with a digit, `@`, `/`, `_` or a dot inside. */
const NOT_A_WORD = /[\d@/_]|\p{L}\.\p{L}/u;
/** A word's letters, or a character reference (`&amp;`), which must stay as it is. */
const LETTERS = /&#?\w+;|\p{L}+/gu;
/** Shorter words are not hyphenated: "ze-tel" saves little and reads badly. */
const MIN_WORD = 7;

/** Words already hyphenated: a build's notices share most of their words, and the patterns cost more than a look-up. */
const hyphenated = new Map<string, string>();
/** Enough for the vocabulary of any set of notices; a process that runs for long (`watch`) starts over past it. */
const REMEMBERED = 100_000;

/**
 * The word with soft hyphens at its Dutch break points (the patterns leave two letters or more on either side);
 * acronyms (AVG, CIPAL) stay whole.
 */
function hyphenateWord(word: string): string {
  if (word.startsWith('&') || word === word.toUpperCase()) return word;
  let result = hyphenated.get(word);
  if (result === undefined) {
    if (hyphenated.size >= REMEMBERED) hyphenated.clear();
    result = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD });
    hyphenated.set(word, result);
  }
  return result;
}

/** A last part this short (`be`, `com`) stays with the one before it: "www.vdab." above "be" reads as a slip. */
const SHORT_END = 4;

/** An address that may break after `@`, `.` and `/`; a part with a hyphen of its own is kept on one line. */
function breakableAddress(address: string): string {
  const parts = address.split(/(?<=[@./])(?=[\p{L}\d])/u);
  if (parts.length > 1 && parts.at(-1)!.length <= SHORT_END) {
    const end = parts.pop()!;
    parts.push(parts.pop()! + end);
  }
  return parts.map((part) => (part.includes('-') ? `<span class="nowrap">${part}</span>` : part)).join('<wbr>');
}

/**
 * Numbers that must not break over two lines: a phone number in groups ("+32 (0)2 242 85 43", "011 43 02 01"), an
 * enterprise or VAT number after its country ("BE 0410.346.721"), and any number with a hyphen ("B-3500").
 */
const WHOLE_NUMBER = /(?:\+\d+|\b0\d*)(?: (?:\(0\))?\d+){2,}|\bBE \d[\d.]*|[^\s@/]*\d[^\s@/]*-[^\s@/]*|[^\s@/]*-[^\s@/]*\d[^\s@/]*/g;

function hyphenateWords(text: string): string {
  return text.replace(/[^\s]+/g, (token) => {
    if (ADDRESS.test(token)) return breakableAddress(token);
    if (NOT_A_WORD.test(token)) return token;
    return token.replace(LETTERS, hyphenateWord);
  });
}

function hyphenateText(text: string): string {
  let result = '';
  let at = 0;
  for (const match of text.matchAll(WHOLE_NUMBER)) {
    result += hyphenateWords(text.slice(at, match.index)) + `<span class="nowrap">${match[0]}</span>`;
    at = match.index + match[0].length;
  }
  return result + hyphenateWords(text.slice(at));
}

/** `html` with soft hyphens in its Dutch words and break points in its addresses (see above). */
export function hyphenateHtml(html: string): string {
  let whole: { name: string; depth: number } | undefined;
  return html
    .split(MARKUP)
    .map((part, index) => {
      const isMarkup = index % 2 === 1;
      if (!isMarkup) return whole ? part : hyphenateText(part);
      const opening = OPENING.exec(part);
      const closing = CLOSING.exec(part);
      if (whole) {
        if (opening?.[1]!.toLowerCase() === whole.name) whole.depth++;
        if (closing?.[1]!.toLowerCase() === whole.name && --whole.depth === 0) whole = undefined;
      } else if (opening && !part.endsWith('/>')) {
        const name = opening[1]!.toLowerCase();
        if (WHOLE.has(name) || OTHER_LANGUAGE.test(opening[2]!)) whole = { name, depth: 1 };
      }
      return part;
    })
    .join('');
}
