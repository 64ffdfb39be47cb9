/** Helpers for scans over user text that stay linear in its length, however it is made (a 1 MB word, say). */

/** `\w` of a regular expression without the u flag: ASCII letters, digits and the underscore. */
export const isWordChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

const UNICODE_SPACE = /\s/;

/** `\s` of a regular expression. */
export const isSpace = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && UNICODE_SPACE.test(String.fromCharCode(code)));

/**
 * The first index ≥ `from` where `candidates` (a regular expression with the g flag, for one character) matches and
 * `accept` agrees, else the text's length. Remembers the stretch it searched last (no match in it), so a series of
 * queries that moves forward through the text costs linear time in all, not a search per query.
 */
export function finder(text: string, candidates: RegExp, accept: (index: number) => boolean = () => true): (from: number) => number {
  let lo = 0;
  let hi = -1; // [lo, hi) holds no match; hi is one (or the length)
  const search = (from: number, until: number) => {
    for (candidates.lastIndex = from; ; candidates.lastIndex++) {
      const found = candidates.exec(text);
      if (!found || found.index >= until) return -1;
      if (accept(found.index)) return found.index;
      candidates.lastIndex = found.index;
    }
  };
  return (from) => {
    if (from >= lo && from <= hi) return hi;
    // Searched before from `lo` on: only the part before it is new.
    const known = from < lo && hi >= lo;
    const index = search(from, known ? lo : text.length);
    [lo, hi] = [from, index >= 0 ? index : known ? hi : text.length];
    return hi;
  };
}

/**
 * Where parts of `text` start, asked for in the order they stand in it (the e-mail addresses of a text, say): each is
 * looked for from the end of the one before, so that all of them cost one pass over the text.
 */
export function offsetsInOrder(text: string): (part: string) => number {
  let from = 0;
  return (part) => {
    const at = text.indexOf(part, from);
    from = at + part.length;
    return at;
  };
}
