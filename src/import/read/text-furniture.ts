/**
 * What a PDF extraction adds to a text that is not the notice's content: page headers and footers repeated on every
 * page, page numbers, and the lines of link targets ("mailto:…", "http://…") some extractors write at the end of a
 * page. `furniture` gives the 0-based indexes of the lines to leave out; the reader then treats them as absent (not as
 * blank lines), so that a paragraph broken by a page break is joined again.
 */

/** A line that is only a page number: "3", "- 3 -", "Pagina 3", "pagina 3 van 12", "3/12", "p. 3". */
const PAGE_NUMBER = /^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:\/|van|of)\s*\d{1,3})?$/i;
/** A page number that says so: "Pagina 3", "3 van 12", "3/12". A bare "3" is one only by its place. */
const NAMED_PAGE_NUMBER = /^(?:(?:pagina|page|blz\.?|p\.)\s*\d{1,3}(?:\s*(?:\/|van|of)\s*\d{1,3})?|\d{1,3}\s*(?:\/|van|of)\s*\d{1,3})$/i;
/** A line of link targets only: what an extraction writes for a page's links. */
const LINK_LINE = /^(?:(?:mailto:|https?:\/\/)\S*\s*)+$/i;

const clean = (line: string) => line.replace(/\s+/g, ' ').trim();
/** Two headers are the same when they differ only in numbers (the page number inside "Privacyverklaring – 3/7"). */
const furnitureKey = (line: string) => clean(line).replace(/\d+/g, '#').toLowerCase();
/** What a link target and the text are compared on: no scheme, no "www.", no white space, hyphen or final slash. */
const linkKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/mailto:|https?:\/\/|www\./g, '')
    .replace(/[\s\-‐–]+/g, '')
    .replace(/\/$/, '');

/** The indexes of the lines that are page furniture or link targets, in the lines of the text (split at "\n"). */
export function furniture(lines: string[]): Set<number> {
  const drop = new Set<number>();
  const pages = pagesOf(lines);
  if (pages.length >= 3) repeatedOnPages(lines, pages).forEach((i) => drop.add(i));
  lines.forEach((line, i) => {
    if (NAMED_PAGE_NUMBER.test(clean(line.replace(/\f/g, '')))) drop.add(i);
  });
  pageCounter(lines).forEach((i) => drop.add(i));
  repeatedHeaders(lines).forEach((i) => drop.add(i));
  linkTargets(lines).forEach((i) => drop.add(i));
  return drop;
}

/** The pages of the text, as lists of the indexes of their non-blank lines: a form feed starts a page. */
function pagesOf(lines: string[]): number[][] {
  const pages: number[][] = [[]];
  lines.forEach((line, i) => {
    const parts = line.split('\f');
    if (parts.length > 1) pages.push(...parts.slice(1).map(() => []));
    if (clean(line.replace(/\f/g, ''))) pages.at(-1)!.push(i);
  });
  return pages.filter((page) => page.length > 0);
}

/**
 * With form feeds: the first two and last two lines of a page that come back on at least half of the pages (and three
 * at least) are headers or footers; a page number in those places is dropped too.
 */
function repeatedOnPages(lines: string[], pages: number[][]): number[] {
  const edges = pages.map((page) => [...new Set([...page.slice(0, 2), ...page.slice(-2)])]);
  const pagesWith = new Map<string, number>();
  for (const edge of edges) {
    for (const key of new Set(edge.map((i) => furnitureKey(lines[i]!)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const enough = Math.max(3, Math.ceil(pages.length / 2));
  return edges.flat().filter((i) => {
    const text = clean(lines[i]!.replace(/\f/g, ''));
    return (pagesWith.get(furnitureKey(text)) ?? 0) >= enough || PAGE_NUMBER.test(text);
  });
}

/** Without form feeds: lines that are a bare number counting up (1, 2, 3 …) are page numbers. */
function pageCounter(lines: string[]): number[] {
  const bare = lines.flatMap((line, i) => (/^\s*\d{1,3}\s*$/.test(line) ? [{ i, n: Number(line.trim()) }] : []));
  const counting = bare.filter((b, k) => bare[k - 1]?.n === b.n - 1 || bare[k + 1]?.n === b.n + 1);
  return counting.length >= 2 ? counting.map((b) => b.i) : [];
}

/**
 * Without form feeds: a line of 12 characters or more that is no sentence (no final full stop or colon), no item and no
 * numbered heading ("3 Hoofdstuk 3", "Artikel 4") and comes back three times or more, each time at least 20 lines
 * after the last, is a running header or footer.
 */
function repeatedHeaders(lines: string[]): number[] {
  const at = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const text = clean(line);
    if (text.length < 12 || /[.:;?]$/.test(text) || /^(?:[•●◦▪o\-–*]\s|\d|artikel|art\.|hoofdstuk|deel|bijlage)/i.test(text)) return;
    const key = furnitureKey(text);
    if (!at.has(key)) at.set(key, []);
    at.get(key)!.push(i);
  });
  return [...at.values()].filter((is) => is.length >= 3 && is.every((i, k) => k === 0 || i - is[k - 1]! >= 20)).flat();
}

/**
 * Lines of link targets whose address the text already shows ("mailto:privacy@groepintro.be" under a page that says
 * "privacy@groepintro.be"); "mailto:" lines always, since an e-mail link's target is never text of the page.
 */
function linkTargets(lines: string[]): number[] {
  const targets = lines.flatMap((line, i) => (LINK_LINE.test(clean(line)) ? [i] : []));
  const isTarget = new Set(targets);
  const rest = linkKey(lines.filter((_, i) => !isTarget.has(i)).join(' '));
  return targets.filter((i) =>
    clean(lines[i]!)
      .split(' ')
      .every((target) => /^mailto:/i.test(target) || rest.includes(linkKey(target))),
  );
}
