import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The published documents the examples reproduce (test/seeds/<example>.txt, text extracted from the PDF or web page,
 * line breaks and bullets as the extraction left them), and the measures that compare a rendering with them: how
 * much of the original comes out in the original's order, and whether anything is said more often than there.
 */
export const seeded = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml')
  .map((f) => basename(f, '.yaml'))
  .filter((name) => existsSync(`test/seeds/${name}.txt`))
  .sort();

export const seedText = (name: string): string => readFileSync(`test/seeds/${name}.txt`, 'utf8');

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
