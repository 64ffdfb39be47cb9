import { SchemaNode, type Schema } from '../diff/schema.js';
import { jsonType } from '../json.js';
import type { Path } from '../load/source-map.js';
import { fieldList, fieldNode, fieldsOf, lowerFirst } from './place.js';
import { foundUnquoted, quoteIt, unquoted } from './unquoted.js';

/** A value that does not have the shape the schema asks for, with the schemas of where it stands. */
export interface Misfit {
  path: Path;
  value: unknown;
  /** The schema of the value. */
  node: SchemaNode;
  /** The schema of the mapping or list it stands in. */
  parent: SchemaNode;
  root: Schema;
  /** How the value is written in the file, when it is an unquoted word (a number, true/false or null to YAML). */
  written?: string;
}

export const TYPES: Record<string, string> = {
  string: 'tekst', object: 'een mapping (sleutel: waarde)', array: 'een lijst', boolean: 'true of false',
  integer: 'een geheel getal', number: 'een getal', null: 'niets',
};

/** The JSON type of a value, integers apart (for the message). */
export const typeOf = (value: unknown): string => (typeof value === 'number' && Number.isInteger(value) ? 'integer' : jsonType(value));

/** A value as shown in a message: JSON, shortened; an unquoted word as written (`0471`, `.inf`, not 471 and null). */
export function shown(value: unknown, written?: string): string {
  const json = unquoted(value, written)?.written ?? JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** How a value is found, in words: `tekst "Jan"`, `een lijst ["a"]`, `niets`, an unquoted word as written (`het getal 0471`). */
export function found(value: unknown, written?: string): string {
  const word = unquoted(value, written);
  return word ? foundUnquoted(word) : value === null ? 'niets' : `${TYPES[typeOf(value)] ?? typeOf(value)} ${shown(value)}`;
}

/** The key of a value in a message: `"retention"`, for a list element its place in the list (`element 2 van "items"`). */
export function named(path: Path): string {
  const last = path.at(-1);
  if (last === undefined) return 'het document';
  return typeof last === 'number' ? `element ${last + 1} van "${String(path.at(-2))}"` : `"${last}"`;
}

/** A fix for an empty value, and that it may be left out instead (a field that is not required, a list element). */
export function leaveOut(path: Path, parent: SchemaNode, fix: string): string {
  const last = path.at(-1);
  if (typeof last === 'number') return `${fix}, of verwijder het element`;
  return last === undefined || parent.required.has(last) ? fix : `${fix}, of laat ${named(path)} weg`;
}

const isMapping = (value: unknown): value is Record<string, unknown> => jsonType(value) === 'object';

/**
 * What a list holds, in words: `een lijst van teksten (bv. - eerste, - tweede)`, `een lijst met per element een
 * doeleinde (- name: …)` (by the title of the list's items and their first field).
 */
function listOf(node: SchemaNode, root: Schema): string {
  const item = itemNode(node, root);
  if (item.type === 'string') return 'een lijst van teksten (bv. - eerste, - tweede)';
  const first = fieldsOf(item)[0];
  const example = first ? ` (- ${first}: …)` : '';
  return item.title ? `een lijst met per element een ${lowerFirst(item.title)}${example}` : `een lijst${example}`;
}

const itemNode = (node: SchemaNode, root: Schema): SchemaNode => SchemaNode.of(node.items, [], root);

/** What the schema expects, in words: `tekst`, `een lijst van teksten (bv. - eerste, - tweede)`, `een mapping met street, city (verplicht)`. */
function expected(types: string[], node: SchemaNode, root: Schema): string {
  return types
    .map((type) => {
      if (type === 'array') return listOf(node, root);
      if (type === 'object' && node.propertyNames.length) return `een mapping met ${fieldList(node, root)}`;
      return TYPES[type] ?? type;
    })
    .join(' of ');
}

/** The message for a value of the wrong type: what was expected, what was found, and how to write it. */
export function typeMessage(types: string[], misfit: Misfit): string {
  const { value, node, root, written } = misfit;
  const fix = value === null ? fillIn(types, misfit) : rewrite(types, misfit);
  return `verwacht ${expected(types, node, root)}, gevonden ${found(value, written)}${fix ? `: ${fix}` : ''}`;
}

/**
 * An empty value (`name:` with nothing after it): fill it in, or leave the field out when it is not required. A
 * `~` or `null` where a text is expected may be meant as that text.
 */
function fillIn(types: string[], { path, parent, value, written }: Misfit): string {
  const what =
    types.includes('array') ? 'vul de elementen in, elk op een eigen regel na "- "'
    : types.includes('object') ? 'vul de velden in, ingesprongen eronder'
    : types.includes('boolean') ? 'vul true of false in'
    : types.includes('string') ? 'vul een tekst in'
    : 'vul een waarde in';
  const word = types.includes('string') ? unquoted(value, written) : undefined;
  return `${leaveOut(path, parent, what)}${word ? `; bedoel je de tekst ${word.written}, ${quoteIt(path, word)}` : ''}`;
}

/** How to write a value of one type as another. */
function rewrite(types: string[], misfit: Misfit): string | undefined {
  const { path, value, node, root } = misfit;
  const key = path.at(-1);
  const label = typeof key === 'string' ? `"${key}:"` : undefined;
  const type = typeOf(value);
  const want = types[0];
  if (want === 'string') {
    if (Array.isArray(value)) {
      if (label === undefined) return 'haal de geneste lijst weg: elk element is één tekst';
      return isMarkdown(node, root)
        ? `schrijf één tekst; voor een opsomming zet je "|" na ${label} en de punten ("- …") ingesprongen eronder`
        : `schrijf één tekst na ${label}`;
    }
    if (isMapping(value)) return textAsMapping(value, misfit);
    const word = unquoted(value, misfit.written);
    return word ? quoteIt(path, word) : `zet de waarde tussen aanhalingstekens ("${String(value)}")`;
  }
  if (want === 'array') {
    const item = itemNode(node, root);
    if (isMapping(value)) {
      if (item.type === 'string') return 'haal de sleutels weg en zet "- " vóór elke tekst';
      const keys = Object.keys(value);
      const asItem = keys.length > 0 && keys.every((k) => item.propertyNames.includes(k));
      return asItem ? `is dit één element, zet dan "- " vóór "${keys[0]}:" en spring de andere velden mee in` : 'zet "- " vóór elk element, elk op een eigen regel';
    }
    if (Array.isArray(value)) return undefined;
    // A code written where a list of mappings named by that code is expected (`basis: toestemming`): the element it is.
    const first = fieldsOf(item)[0];
    if (first && label && fieldNode(item, first, root).enumValues?.includes(value)) {
      return `schrijf het als element van de lijst, op een eigen regel onder ${label}: - ${first}: ${String(value)}`;
    }
    return item.type === 'object'
      ? 'zet elk element op een eigen regel na "- ", met zijn velden erachter'
      : 'zet "- " vóór de tekst, en elk volgend element op een eigen regel na "- "';
  }
  if (want === 'object') {
    const first = fieldsOf(node)[0];
    if (Array.isArray(value)) return `haal de "- " weg: ${named(path)} bevat velden, geen lijst`;
    if (first && fieldNode(node, first, root).enumValues?.includes(value)) return `schrijf "${first}: ${String(value)}" in plaats van ${shown(value)}`;
    return first ? `zet de velden ingesprongen onder ${label ?? named(path)}, elk op een eigen regel (bv. ${first}: …)` : undefined;
  }
  if (want === 'boolean') {
    const answer = typeof value === 'string' ? YES_NO[value.trim().toLowerCase()] : undefined;
    return answer === undefined ? 'schrijf true (ja) of false (nee)' : `schrijf ${answer} in plaats van ${shown(value)}`;
  }
  if (want === 'integer' || want === 'number') {
    return type === 'number' ? 'schrijf een geheel getal' : 'schrijf het getal in cijfers, zonder aanhalingstekens';
  }
  return undefined;
}

// `on`, `off`, `y` and `n` were true and false in YAML 1.1; privnote reads YAML 1.2, where they are text.
const YES_NO: Record<string, boolean> = {
  ja: true, nee: false, yes: true, no: false, waar: true, onwaar: false, juist: true, fout: false, wel: true, niet: false, on: true, off: false, y: true, n: false,
};

/** Whether a text field takes Markdown (and so a list written in it). */
const isMarkdown = (node: SchemaNode, root: Schema) => node.parts.includes((root.$defs as Record<string, Schema>).markdown!);

/**
 * A mapping where a text is expected. In a list, one key with a short value is a text with ": " in it
 * (`- Boekhouding: 7 jaar`), which wants quotes (after a key on the same line, that is a YAML error already). Under a
 * key, keys that are fields of the mapping above are indented one level too deep; anything else is a text field
 * written as if it had fields.
 */
function textAsMapping(value: Record<string, unknown>, { path, parent }: Misfit): string {
  const keys = Object.keys(value);
  const key = path.at(-1);
  if (typeof key !== 'string') {
    const only = keys.length === 1 ? value[keys[0]!] : undefined;
    if (keys.length === 1 && (typeof only === 'string' || typeof only === 'number' || only === null)) {
      const text = only === null ? `${keys[0]}:` : `${keys[0]}: ${String(only)}`;
      return `staat er ": " in de tekst, zet de tekst dan tussen aanhalingstekens (${shown(text)})`;
    }
    return 'elk element is hier één tekst: haal de velden weg, of zet de tekst tussen aanhalingstekens';
  }
  const siblings = keys.filter((k) => parent.propertyNames.includes(k) && k !== key);
  if (siblings.length === keys.length) {
    return `"${key}" heeft geen velden: spring ${siblings.map((k) => `"${k}"`).join(', ')} even ver in als "${key}"`;
  }
  return `"${key}" heeft geen velden: schrijf de tekst direct na "${key}:"`;
}
