/** Character references privnote's HTML uses (Handlebars and markdown-it escape, the texts may hold these). */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad' };

const decode = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (match, name: string) =>
    name[0] !== '#' ? (ENTITIES[name] ?? match) : String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))),
  );

/**
 * The text of a fragment of the HTML privnote wrote, as a reader sees it: tags dropped, references decoded, the
 * invisible break hints (soft hyphens, zero-width spaces) left out and white space collapsed.
 */
export const textOf = (fragment: string): string =>
  decode(fragment.replace(/<[^>]*>/g, ''))
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of every heading, h1 to h6, in the order of the document: the headings Chromium makes bookmarks of. */
export const headingsOf = (html: string): string[] => [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => textOf(m[2]!));

/** The text of the first link to each target (`#anchor`, `https://…`, `mailto:…`), by target. */
export function linkTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [, href, text] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const target = decode(href!);
    if (!texts.has(target)) texts.set(target, textOf(text!));
  }
  return texts;
}
