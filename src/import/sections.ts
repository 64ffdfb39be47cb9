import type { Outline } from './outline.js';

/**
 * Which standard section a heading opens, by its meaning. The first pattern that matches wins, so the more specific
 * come first ("Klachten over je rechten" is about complaints, "Hoe lang bewaren we" about retention, not storage).
 */
const SECTIONS: [key: string, pattern: RegExp][] = [
  ['complaints', /klacht/],
  ['dataBreach', /datalek/],
  ['cookies', /cookie/],
  ['retention', /bewaartermijn|bewaarperiode|hoe ?lang|bewaard|bijgehouden/],
  ['storage', /opslag|waar (?:worden|bewaren|staan)/],
  ['legalBases', /rechtsgrond|rechtmatig|wettelijke grond(?!slag)|op welke grond|waarom (?:mogen we|mag)\b/],
  ['legalFramework', /wettelijk kader|regelgeving|wetgeving|welke wetten|decreten/],
  ['rights', /\brechten\b/],
  ['purposes', /doeleind|\bdoel(?:en)?\b|waarvoor|waarom (?:verwerken|verzamelen|gebruiken|hebben)/],
  ['sources', /\bbron(?:nen)?\b|van wie (?:krijgen|ontvangen)|waar (?:halen|komen)|hoe (?:verkrijgen|krijgen|verzamelen) we/],
  ['recipients', /ontvanger|verwerker|\bdel(?:en|ven)\b|doorge(?:ven|geven)|doorgifte|met wie|\bderden\b/],
  ['data', /(?:persoons)?gegevens (?:verzamelen|verwerken|gebruiken)|categorie(?:e|ë)n (?:van )?(?:persoons)?gegevens|^(?:welke |jouw |je |uw )?persoonsgegevens\??$|welke (?:persoons)?gegevens/],
  ['security', /beveilig|veiligheid/],
  ['protocols', /protocol|beraadslag/],
  ['controller', /verwerkingsverantwoordelijke|wie (?:zijn|is) (?:wij|we|verantwoordelijk)|^over ons$|wie zijn we|wie verwerkt/],
  ['contact', /contact|\bvragen\b|functionaris|\bdpo\b|aanspreekpunt/],
  ['changes', /wijziging|aanpassing/],
  ['definitions', /definities|begrippen/],
  ['principles', /beginselen|principes/],
  ['disclaimer', /disclaimer|voorbehoud/],
  ['introduction', /^(?:inleiding|introductie|algemeen)$/],
];

/** The heading's text reduced for matching: lower case, without its number ("3.2.") and closing punctuation. */
export const headingWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[*_]/g, '')
    .replace(/^\s*(?:\d+[.)]?)+\s*|^\s*[ivx]+\.\s+|^\s*[a-z]\)\s+/, '')
    .replace(/[\s:.]+$/, '')
    .trim();

/** The standard section a heading's text names, or undefined. */
export function sectionOfHeading(text: string): string | undefined {
  const words = headingWords(text);
  if (/privacy ?(?:verklaring|beleid|statement|policy)/.test(words) && !/wijziging/.test(words)) return undefined;
  return SECTIONS.find(([, pattern]) => pattern.test(words))?.[0];
}

/** The standard section (a top-level key of a privnote statement) that the heading at each block index opens, or
 *  undefined for a section of the author's own. A key is given once: a later heading of the same meaning, or a
 *  subheading inside a standard section, opens no standard section of its own. */
export function classifySections(outline: Outline): Map<number, string | undefined> {
  const result = new Map<number, string | undefined>();
  const taken = new Set<string>();
  let open: { level: number; key: string | undefined } | undefined;
  outline.blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    if (open?.key !== undefined && block.level > open.level) {
      result.set(index, undefined);
      return;
    }
    const key = sectionOfHeading(block.text);
    const given = key !== undefined && !taken.has(key) ? key : undefined;
    if (given !== undefined) taken.add(given);
    result.set(index, given);
    open = { level: block.level, key: given };
  });
  return result;
}
