/**
 * The measures that compare a rendering with the document it reproduces (the originals of the examples in
 * test/seeds/, the reference notices in test/notices/): how much of the original comes out in its order, whether
 * anything is said more often than there, and how much of the rendering the author did not write.
 */
/**
 * What two texts are compared on: quotes, apostrophes and dashes made one, and no white space or hyphen at all, so
 * that a word broken over two lines ("persoons- gegevens") and a reflowed paragraph still match.
 */
export const matchKey = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−-]/g, '')
    .replace(/\s+/g, '');

/** A bullet the extraction left at the start of a line ("•", "●", "o", "◦", "-") ends the sentence before it. */
const BULLET = /(?:^|\n)[ \t]*(?:[•●◦▪·]|o(?=[ \t]))[ \t]*/g;

/** A line that is only link targets: what a PDF extraction adds at the end of a page for its links. */
const LINK_LINE = /^[ \t]*(?:(?:mailto:|https?:\/\/|www\.)\S*[ \t]*)+$/gm;
/** The number of a numbered heading ("3. Waarvoor …", "1 Waarom …"): numbering is the renderer's. */
const HEADING_NUMBER = /^\d+(?:\.\d+)*\.?\s*(?=\p{Lu})/u;

/**
 * The sentences of a text: split at bullets, blank lines and sentence ends (`:` or `;` before white space, `.`, `!`
 * or `?` before white space and a capital or a heading number, so that "art. 6" and "bv. een" stay whole), white
 * space collapsed, a heading's number and the extraction's lines of link targets left out; only those of at least `min` characters, which are specific enough to be found in
 * one place.
 */
export function sentences(text: string, min = 25): string[] {
  return text
    .replace(LINK_LINE, '\n')
    .replace(BULLET, '\n\n')
    .split(/\n[ \t]*\n|(?<=[:;])\s+|(?<=[.!?])\s+(?=[\p{Lu}"“‘'(]|\d+\.?\s+\p{Lu})/u)
    .map((s) => s.replace(/\s+/g, ' ').trim().replace(HEADING_NUMBER, ''))
    .filter((s) => s.length >= min);
}

/** Every place `needle` starts in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export interface OrderMeasure {
  /** Sentences of the original (25 characters or more). */
  total: number;
  /** Of those, found in the rendering. */
  found: number;
  /** The largest number of found sentences that come out in the original's order. */
  inOrder: number;
  /** `inOrder / found`. */
  ratio: number;
  /** Found sentences outside that longest run, in the original's order: what a reader meets in another place. */
  outOfOrder: string[];
}

/**
 * How much of the original comes out in its order: each sentence of the original is looked up in the rendered text
 * (a heading is found twice when the table of contents repeats it, a short sentence may be found in several places),
 * and the largest number of found sentences that can be read in the original's order, each at one of its places, is
 * the part in order: the longest increasing subsequence, where each sentence offers its places in decreasing order so
 * that at most one of them is taken.
 */
export function orderOf(seed: string, rendered: string): OrderMeasure {
  const text = matchKey(rendered);
  const all = sentences(seed);
  const found = all.map((sentence) => ({ sentence, places: occurrences(text, matchKey(sentence)) })).filter((f) => f.places.length);
  const candidates = found.flatMap(({ places }, index) => [...places].reverse().map((at) => ({ index, at })));
  const run = longestRun(candidates);
  const inRun = new Set(run.map((c) => c.index));
  return {
    total: all.length,
    found: found.length,
    inOrder: run.length,
    ratio: found.length ? run.length / found.length : 1,
    outOfOrder: found.filter((_, index) => !inRun.has(index)).map((f) => f.sentence),
  };
}

/** One longest run of candidates whose places increase (O(n²): a notice has a few hundred sentences). */
function longestRun<T extends { at: number }>(candidates: T[]): T[] {
  const length = candidates.map(() => 1);
  const previous = candidates.map(() => -1);
  for (let i = 0; i < candidates.length; i++) {
    for (let j = 0; j < i; j++) {
      if (candidates[j]!.at < candidates[i]!.at && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  const run: T[] = [];
  for (let i = length.indexOf(Math.max(0, ...length)); i !== -1; i = previous[i]!) run.unshift(candidates[i]!);
  return run;
}

/** Every string of a loaded YAML document, in document order. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * Sentences of 40 characters or more that the rendering says more often than the original does: a sentence of the
 * original may come out as often as the original says it, a sentence only the YAML source has (the author's own
 * wording) as often as the source says it. privnote's own sentences are neither (a basis printed with each purpose
 * that rests on it is said once per purpose) and are not counted.
 */
export function repeatedSentences(seed: string, source: string[], rendered: string): { sentence: string; rendered: number; allowed: number }[] {
  const text = matchKey(rendered);
  const original = matchKey(seed);
  const own = matchKey(source.join('\n\n'));
  const seen = new Set<string>();
  const repeated: { sentence: string; rendered: number; allowed: number }[] = [];
  for (const sentence of sentences(rendered, 40)) {
    const key = matchKey(sentence);
    if (seen.has(key)) continue;
    seen.add(key);
    const inSeed = occurrences(original, key).length;
    const allowed = inSeed || occurrences(own, key).length;
    const count = occurrences(text, key).length;
    if (allowed > 0 && count > allowed) repeated.push({ sentence, rendered: count, allowed });
  }
  return repeated;
}

/** The body of a notice: its table of contents repeats the headings by design. */
export const withoutToc = {
  html: (html: string) => html.replace(/<nav class="toc"[\s\S]*?<\/nav>/, ''),
  markdown: (markdown: string) => markdown.replace(/^## [^\n]*\n\n(?:[ \t]*- \[[^\n]*\n)+/m, ''),
};

/**
 * The words of a text, in lower case: runs of letters and digits, held together by a dot, hyphen, apostrophe, `@` or
 * `/` between them ("6.1.b", "e-mail", "privacy@veloverde.be" and "foto's" are one word each; "(AVG art. 6.1.b)" three).
 */
export const wordsOf = (text: string): string[] =>
  text.normalize('NFC').toLowerCase().replace(/[‘’]/g, "'").match(/[\p{L}\p{N}]+(?:[.\-@/'][\p{L}\p{N}]+)*/gu) ?? [];

export interface AddedText {
  /** Words of the rendering. */
  total: number;
  /** Of those, words the original does not have (counted with their multiplicity): privnote's own words. */
  added: number;
  /** `added / total`. */
  ratio: number;
  /** The added words, most frequent first, with their count. */
  words: [string, number][];
}

/**
 * How much of a rendering the author did not write: each word of the rendering uses up one occurrence of the same word
 * in the original; a word with no occurrence left is added. A word the original has is never counted as added, however
 * often the rendering says it, up to the number of times the original says it: a label printed once per item, that the
 * original prints once, counts for every extra time.
 */
export function addedText(original: string, rendered: string): AddedText {
  const left = new Map<string, number>();
  for (const word of wordsOf(original)) left.set(word, (left.get(word) ?? 0) + 1);
  const added = new Map<string, number>();
  const words = wordsOf(rendered);
  let count = 0;
  for (const word of words) {
    const n = left.get(word) ?? 0;
    if (n > 0) left.set(word, n - 1);
    else {
      count++;
      added.set(word, (added.get(word) ?? 0) + 1);
    }
  }
  return {
    total: words.length,
    added: count,
    ratio: words.length ? count / words.length : 0,
    words: [...added].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}
