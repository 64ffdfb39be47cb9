import type { ErrorCode, YAMLError } from 'yaml';

/** What a message may quote from the source: the text at the error, the line it stands on, and the rest of that line. */
interface At {
  /** The word at the error's offset (up to a space), shortened. */
  token: string;
  /** The line of the error, up to the error's offset. */
  before: string;
  /** The rest of the line, from the error's offset. */
  after: string;
  /** The next line that is not empty, if any. */
  next: string | undefined;
}

type Phrase = string | ((at: At) => string);

/**
 * The Dutch message of every error code of the `yaml` package (node_modules/yaml/dist/errors.d.ts), by the library's
 * own message where one code covers several mistakes (MISSING_CHAR: a closing quote, a comma, a space …), with one
 * for the code as a whole last. Each says what is wrong and how to write it instead. The library's English text is
 * only matched, never shown, also for a code this table does not know (a newer `yaml`).
 */
const MESSAGES: Record<ErrorCode, [RegExp | undefined, Phrase][]> = {
  ALIAS_PROPS: [[undefined, 'een verwijzing (*naam) kan zelf geen anker (&) of tag (!) hebben: verwijder wat vóór de verwijzing staat']],
  BAD_ALIAS: [
    [/^Anchor cannot be an empty/, '"&" zonder naam: een anker heeft een naam nodig (bv. &adres); hoort "&" bij de tekst, zet de tekst dan tussen aanhalingstekens'],
    [/^Alias cannot be an empty/, '"*" zonder naam: een verwijzing heeft een naam nodig (bv. *adres); hoort "*" bij de tekst, zet de tekst dan tussen aanhalingstekens'],
    [/ending in : is ambiguous/, 'een naam van een anker (&) of verwijzing (*) die op ":" eindigt, is dubbelzinnig: zet een spatie vóór ":", of zet de tekst tussen aanhalingstekens'],
    [undefined, 'ongeldig anker (&) of ongeldige verwijzing (*): hoort "&" of "*" bij de tekst, zet de tekst dan tussen aanhalingstekens'],
  ],
  BAD_DIRECTIVE: [
    [/^Unknown directive/, ({ token }) => `onbekende YAML-richtlijn "${token}": een regel die met "%" begint, is een richtlijn; verwijder de regel, of zet de tekst tussen aanhalingstekens`],
    [/^Unsupported YAML version/, ({ token }) => `YAML-versie ${token} bestaat niet: schrijf "%YAML 1.2", of laat de regel weg`],
    [/^%YAML directive/, '"%YAML" verwacht precies één versienummer (bv. %YAML 1.2): verbeter de regel, of laat ze weg'],
    [/^%TAG directive/, '"%TAG" verwacht precies twee delen, een afkorting en een voorvoegsel: verbeter de regel, of laat ze weg (een verklaring heeft geen tags nodig)'],
    [undefined, 'ongeldige YAML-richtlijn (een regel die met "%" begint): verwijder de regel'],
  ],
  BAD_DQ_ESCAPE: [
    [undefined, ({ after }) => `ongeldige escape "${after.slice(0, 2)}" tussen dubbele aanhalingstekens: schrijf een backslash als "\\\\", of gebruik enkele aanhalingstekens ('…')`],
  ],
  BAD_INDENT: [
    [/mapping items must start at the same column/, 'dit veld staat niet in dezelfde kolom als de velden erboven: laat alle velden van dezelfde mapping even ver ingesprongen beginnen'],
    [/sequence items must start at the same column/, 'dit lijstelement staat niet in dezelfde kolom als de elementen erboven: laat elke "- " van dezelfde lijst even ver ingesprongen beginnen'],
    [/^Block scalar values in collections must be indented/, 'de tekst na "|" of ">" moet ingesprongen zijn: spring de regels eronder verder in dan de sleutel'],
    [/^Flow sequence in block collection/, 'de lijst tussen "[" en "]" wordt niet afgesloten, of een vervolgregel staat niet verder ingesprongen dan de sleutel: sluit af met "]" en spring vervolgregels verder in'],
    [/^Flow map in block collection/, 'de mapping tussen "{" en "}" wordt niet afgesloten, of een vervolgregel staat niet verder ingesprongen dan de sleutel: sluit af met "}" en spring vervolgregels verder in'],
    [/^Flow end indicator/, 'de afsluitende "]" of "}" moet verder ingesprongen zijn dan de sleutel: spring ze verder in, of zet ze achteraan de vorige regel'],
    [undefined, 'verkeerde inspringing: laat de velden van een mapping en de elementen van een lijst in dezelfde kolom beginnen, en spring in met spaties wat eronder hoort'],
  ],
  BAD_PROP_ORDER: [[undefined, ({ token }) => `een anker (&) of tag (!) staat vóór "${token}": zet het erna (bv. ${token} &naam …)`]],
  BAD_SCALAR_START: [[undefined, ({ after }) => `een tekst kan niet beginnen met "${after[0]}": zet de tekst tussen aanhalingstekens ("${after[0]}…")`]],
  BLOCK_AS_IMPLICIT_KEY: [[/^Nested mappings/, nestedMapping], [undefined, 'een lijst of mapping kan geen sleutel zijn: kijk de inspringing van deze regel en de regel erboven na']],
  BLOCK_IN_FLOW: [
    [undefined, 'tussen "[ ]" of "{ }" kan geen lijst met "- " of tekstblok met "|" of ">" staan: scheid de elementen tussen de haakjes met komma\'s, of laat de haakjes weg en zet elk element op een eigen regel'],
  ],
  DUPLICATE_KEY: [[undefined, ({ after }) => `dubbele sleutel "${keyOf(after)}": elke sleutel mag maar één keer voorkomen`]],
  IMPOSSIBLE: [[undefined, 'de YAML-lezer kan deze plaats niet verwerken (een interne fout van de YAML-bibliotheek): schrijf de regel eenvoudiger, bv. zonder commentaar erachter']],
  KEY_OVER_1024_CHARS: [
    [undefined, 'deze regel wordt gelezen als een sleutel van meer dan 1024 tekens, omdat er verderop ": " in staat: zet de tekst tussen aanhalingstekens, of schrijf hem als tekstblok na "|"'],
  ],
  MISSING_CHAR: [
    [/^Missing closing "quote/, 'een tekst tussen dubbele aanhalingstekens (") wordt niet afgesloten: zet een " aan het einde; een " in de tekst zelf schrijf je als \\"'],
    [/^Missing closing 'quote/, "een tekst tussen enkele aanhalingstekens (') wordt niet afgesloten: zet een ' aan het einde; een ' in de tekst zelf (zoals in foto's) schrijf je dubbel: ''"],
    [/^Missing , (or : )?between flow sequence/, 'tussen twee elementen van "[ ]" ontbreekt een komma: voeg ze toe, of zet een tekst met spaties tussen aanhalingstekens'],
    [/^Missing , (or : )?between flow map/, 'tussen twee velden van "{ }" ontbreekt een komma, of tussen sleutel en waarde een ":": voeg ze toe'],
    [/^Missing space after :/, 'na ":" tussen "{ }" hoort een spatie (sleutel: waarde)'],
    [/^Comments must be separated/, 'een "#" direct na een waarde: zet een spatie vóór "#" als het commentaar is, of zet de hele tekst tussen aanhalingstekens als "#" erbij hoort'],
    [/^Implicit map keys need to be followed by map values/, 'tekst zonder ":" waar een veld (sleutel: waarde) verwacht wordt: voeg ": " toe na de sleutel, of spring de regel verder in als hij bij de tekst erboven hoort'],
    [/^Sequence item without - indicator/, 'lijstelement zonder "- ": zet "- " vóór het element'],
    [/^Missing directives-end/, 'na een YAML-richtlijn (een regel die met "%" begint) moet een regel "---" volgen: voeg "---" toe, of verwijder de richtlijn'],
    [/^Tags and anchors must be separated/, 'na een tag (!…) of anker (&…) hoort een spatie; hoort "!" of "&" bij de tekst, zet de tekst dan tussen aanhalingstekens'],
    [/^Missing newline after block sequence props/, 'na een anker (&) of tag (!) vóór een lijst moet de lijst op de volgende regel beginnen'],
    [/^Block collection cannot start on same line with directives-end/, 'na "---" kan op dezelfde regel geen veld of lijst beginnen: zet het op de volgende regel'],
    [/^Block scalars with more-indented leading empty lines/, 'de tekst na "|" of ">" begint met lege regels die verder ingesprongen zijn dan de eerste tekstregel: haal de spaties op die lege regels weg'],
    [/^Flow sequence must end/, 'de lijst die met "[" begint, wordt niet afgesloten: voeg "]" toe'],
    [/^Flow map must end/, 'de mapping die met "{" begint, wordt niet afgesloten: voeg "}" toe'],
    [undefined, 'hier ontbreekt een teken (een aanhalingsteken, komma, ":" of haakje): kijk deze regel na'],
  ],
  MULTILINE_IMPLICIT_KEY: [
    [/flow sequence pairs/, 'een "sleutel: waarde" tussen "[ ]" moet op één regel staan: zet de sleutel en ":" op dezelfde regel, of zet de tekst tussen aanhalingstekens'],
    [undefined, 'een sleutel moet op één regel staan: deze regel heeft geen ": " en wordt met de volgende samen als één sleutel gelezen; voeg ": " toe, maak er commentaar van met "#", of zet de tekst tussen aanhalingstekens'],
  ],
  MULTIPLE_ANCHORS: [[undefined, 'een waarde kan maar één anker (&) hebben: verwijder het tweede']],
  MULTIPLE_DOCS: [
    [undefined, 'één verklaring per bestand: splits de documenten; hier begint een tweede YAML-document ("---" of "..."), zet het in een eigen bestand of verwijder de scheidingslijn'],
  ],
  MULTIPLE_TAGS: [[undefined, 'een waarde kan maar één tag (!…) hebben: verwijder de tweede']],
  NON_STRING_KEY: [[undefined, 'een sleutel moet een woord zijn, geen getal, lijst of mapping: schrijf de sleutel als tekst (bv. name:)']],
  RESOURCE_EXHAUSTION: [
    [undefined, 'te diep genest voor de YAML-lezer: zo diep gaat geen verklaring; zoek een "[" of "{" die niet gesloten wordt, of inspringingen die blijven toenemen'],
  ],
  TAB_AS_INDENT: [[undefined, 'een tab mag niet als inspringing: gebruik spaties']],
  TAG_RESOLVE_FAILED: [
    [undefined, ({ token }) => `de tag "${token}" kan niet gelezen worden: privnote gebruikt geen tags (een woord met "!" vóór een waarde); verwijder "${token}", of zet de tekst tussen aanhalingstekens als "!" erbij hoort`],
  ],
  UNEXPECTED_TOKEN: [
    [/^Block scalar header includes extra characters/, 'na "|" of ">" mag op dezelfde regel enkel "+", "-" of een cijfer staan: zet de tekst op de volgende regels, ingesprongen'],
    [/^Unexpected block-seq-ind on same line with key/, 'een lijst kan niet op dezelfde regel beginnen als haar sleutel: zet elk "- …" op een eigen regel onder de sleutel, ingesprongen; hoort "- " bij de tekst, zet de tekst dan tussen aanhalingstekens'],
    [/^Unexpected (,|empty item) in/, 'een komma te veel tussen "[ ]" of "{ }": verwijder ze; hoort de komma bij een tekst, zet die tekst dan tussen aanhalingstekens'],
    [/^Unexpected doc-end/, '"..." (het einde van een document) zonder document ervoor: verwijder die regel'],
    [/at node end$/, afterValue],
    [/^Unexpected flow-(seq|map)-end/, ({ token }) => `"${token[0]}" zonder "[" of "{" ervoor: verwijder het, of zet de tekst tussen aanhalingstekens`],
    [undefined, ({ token }) => `"${token}" staat op een plaats waar YAML het niet verwacht: kijk de inspringing en de haakjes van deze regel en de regel erboven na; hoort het bij een tekst, zet die tekst dan tussen aanhalingstekens`],
  ],
  BAD_COLLECTION_TYPE: [[undefined, ({ token }) => `de tag "${token}" past niet bij deze lijst of mapping: verwijder de tag (privnote gebruikt geen tags)`]],
};

/** The Dutch message for an error or warning of the `yaml` package, quoting the source where that helps. */
export function yamlMessage(error: YAMLError, text: string): string {
  const entries = MESSAGES[error.code] as [RegExp | undefined, Phrase][] | undefined;
  const phrase = entries?.find(([pattern]) => !pattern || pattern.test(error.message))?.[1];
  // The library's English text is never shown: a code this table does not know gets a Dutch message naming the code.
  if (phrase === undefined) return `onbekende YAML-fout (${error.code}): kijk de inspringing, aanhalingstekens en haakjes van deze regel na`;
  return typeof phrase === 'string' ? phrase : phrase(at(text, error.pos[0]));
}

/** The codes this module gives a Dutch message, for tests and docs. */
export const mappedCodes = Object.keys(MESSAGES) as ErrorCode[];

function at(text: string, offset: number): At {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const after = text.slice(offset, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const next = lineEnd < 0 ? undefined : text.slice(lineEnd + 1).split('\n').find((line) => line.trim() !== '');
  return { token: shorten(/^\S*/.exec(after)![0]), before: text.slice(lineStart, offset), after, next: next?.replace(/\r$/, '') };
}

const shorten = (word: string) => (word.length > 40 ? `${word.slice(0, 39)}…` : word);

/** The key written at the start of `text` (up to its colon). */
export const keyOf = (text: string): string => /^\s*["']?([^"':\n]*)/.exec(text)![1]!.trim();

/**
 * "Nested mappings are not allowed in compact mappings": a second ": " after a key's value. On the same line
 * (`title: Privacy: zo werkt het`) it is a text with a colon, to be quoted; with nothing more on the line, the next
 * line is a field indented under a key that already has a text (`name: Foo` with `  city: Gent` below it).
 */
function nestedMapping({ before, after, next }: At): string {
  const key = keyOf(before.replace(/^\s*-\s+/, ''));
  const value = after.trim();
  if (/:(\s|$)/.test(value)) {
    const quoted = !value.includes('"') ? `"${value}"` : !value.includes("'") ? `'${value}'` : undefined;
    return `een tweede ": " op dezelfde regel: staat ": " in de tekst, zet de tekst dan tussen aanhalingstekens${quoted && key ? ` (${key}: ${shorten(quoted)})` : ''}; is het een veld, zet het dan op een eigen regel, ingesprongen`;
  }
  const field = next ? keyOf(next) : '';
  const indent = (line: string) => /^[\s-]*/.exec(line)![0].length;
  if (!field || !key || !value || indent(next!) <= indent(before)) {
    return 'hier kan geen veld beginnen: staat ": " in een tekst, zet die tekst dan tussen aanhalingstekens; kijk anders de inspringing van deze en de volgende regel na';
  }
  return `"${field}" staat ingesprongen onder "${key}: ${shorten(value)}", maar een veld met een tekst kan geen velden bevatten: spring "${field}" even ver in als "${key}", of haal "${shorten(value)}" weg als "${field}" een veld van "${key}" is`;
}

/**
 * "Unexpected scalar at node end": more on the line after a value that has ended. Mostly a quote inside a quoted text
 * (`'foto's'`: the second ' ends the text), else text after a closing quote or bracket, or a line that is not indented
 * under the "|" it belongs to.
 */
function afterValue({ token, before }: At): string {
  if (/^\s*("|')/.test(before.replace(/^[^:]*:\s+|^\s*-\s+/, '')) && /["']$/.test(before)) {
    return before.endsWith("'")
      ? `een ' midden in een tekst tussen enkele aanhalingstekens sluit die tekst af: schrijf ze dubbel (bv. 'foto''s'), of laat de aanhalingstekens rond de tekst weg`
      : 'een " midden in een tekst tussen dubbele aanhalingstekens sluit die tekst af: schrijf ze als \\", of zet de tekst tussen enkele aanhalingstekens';
  }
  return `"${token}" volgt op het einde van de waarde: na een tekst tussen aanhalingstekens of na "]" of "}" mag op dezelfde regel niets meer staan; zet alles tussen de aanhalingstekens, of spring de regel verder in als ze bij een tekst erboven hoort`;
}
