import { SchemaNode, type Schema } from '../diff/schema.js';
import { jsonType } from '../json.js';
import type { Path } from '../load/source-map.js';
import { msg, type Message } from '../messages/message.js';
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

export const TYPES: Record<string, Message> = {
  string: msg('type.string'), object: msg('type.object'), array: msg('type.array'), boolean: msg('type.boolean'),
  integer: msg('type.integer'), number: msg('type.number'), null: msg('type.null'),
};

/** A type in words, or its JSON name for one the table lacks. */
export const typeName = (type: string): Message => TYPES[type] ?? msg('type.other', { type });

/** Words joined by "of" ("tekst of een lijst"). */
export const orList = (words: Message[]): Message =>
  words.length === 0 ? msg('fragment.empty') : words.reduceRight((rest, word) => msg('fragment.or', { first: word, second: rest }));

/** The JSON type of a value, integers apart (for the message). */
export const typeOf = (value: unknown): string => (typeof value === 'number' && Number.isInteger(value) ? 'integer' : jsonType(value));

/** A value as shown in a message: JSON, shortened; an unquoted word as written (`0471`, `.inf`, not 471 and null). */
export function shown(value: unknown, written?: string): string {
  const json = unquoted(value, written)?.written ?? JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** How a value is found, in words: `tekst "Jan"`, `een lijst ["a"]`, `niets`, an unquoted word as written (`het getal 0471`). */
export function found(value: unknown, written?: string): Message {
  const word = unquoted(value, written);
  return word ? foundUnquoted(word) : value === null ? msg('type.null') : msg('found.value', { type: typeName(typeOf(value)), value: shown(value) });
}

/** The key of a value in a message: `"retention"`, for a list element its place in the list (`element 2 van "items"`). */
export function named(path: Path): Message {
  const last = path.at(-1);
  if (last === undefined) return msg('name.document');
  return typeof last === 'number' ? msg('name.element', { index: last + 1, list: String(path.at(-2)) }) : msg('name.key', { key: last });
}

/** A fix for an empty value, and that it may be left out instead (a field that is not required, a list element). */
export function leaveOut(path: Path, parent: SchemaNode, fix: Message): Message {
  const last = path.at(-1);
  if (typeof last === 'number') return msg('fix.or-remove-element', { fix });
  return last === undefined || parent.required.has(last) ? fix : msg('fix.or-leave-out', { fix, name: named(path) });
}

const isMapping = (value: unknown): value is Record<string, unknown> => jsonType(value) === 'object';

/**
 * What a list holds, in words: `een lijst van teksten (bv. - eerste, - tweede)`, `een lijst met per element een
 * doeleinde (- name: …)` (by the title of the list's items and their first field).
 */
function listOf(node: SchemaNode, root: Schema): Message {
  const item = itemNode(node, root);
  if (item.type === 'string') return msg('list.texts');
  const first = fieldsOf(item)[0] ?? '';
  return item.title ? msg('list.items', { title: lowerFirst(item.title), first }) : msg('list.plain', { first });
}

const itemNode = (node: SchemaNode, root: Schema): SchemaNode => SchemaNode.of(node.items, [], root);

/** What the schema expects, in words: `tekst`, `een lijst van teksten (bv. - eerste, - tweede)`, `een mapping met street, city (verplicht)`. */
function expected(types: string[], node: SchemaNode, root: Schema): Message {
  return orList(
    types.map((type) => {
      if (type === 'array') return listOf(node, root);
      if (type === 'object' && node.propertyNames.length) return msg('form.mapping', { fields: fieldList(node, root) });
      return typeName(type);
    }),
  );
}

/** The message for a value of the wrong type: what was expected, what was found, and how to write it. */
export function typeMessage(types: string[], misfit: Misfit): Message {
  const { value, node, root, written } = misfit;
  const fix = value === null ? fillIn(types, misfit) : rewrite(types, misfit);
  return msg('schema.type', { expected: expected(types, node, root), found: found(value, written), fix: fix ?? msg('fragment.empty') });
}

/**
 * An empty value (`name:` with nothing after it): fill it in, or leave the field out when it is not required. A
 * `~` or `null` where a text is expected may be meant as that text.
 */
function fillIn(types: string[], { path, parent, value, written }: Misfit): Message {
  const what =
    types.includes('array') ? msg('fix.fill-items')
    : types.includes('object') ? msg('fix.fill-fields')
    : types.includes('boolean') ? msg('fix.fill-boolean')
    : types.includes('string') ? msg('fix.fill-text')
    : msg('fix.fill-value');
  const word = types.includes('string') ? unquoted(value, written) : undefined;
  const fix = leaveOut(path, parent, what);
  return word ? msg('fix.or-meant-text', { fix, written: word.written, quote: quoteIt(path, word) }) : fix;
}

/** How to write a value of one type as another. */
function rewrite(types: string[], misfit: Misfit): Message | undefined {
  const { path, value, node, root } = misfit;
  const key = path.at(-1);
  const label = typeof key === 'string' ? `"${key}:"` : undefined;
  const type = typeOf(value);
  const want = types[0];
  if (want === 'string') {
    if (Array.isArray(value)) {
      if (label === undefined) return msg('fix.remove-nested-list');
      return isMarkdown(node, root) ? msg('fix.one-text-markdown', { label }) : msg('fix.one-text', { label });
    }
    if (isMapping(value)) return textAsMapping(value, misfit);
    const word = unquoted(value, misfit.written);
    return word ? quoteIt(path, word) : msg('fix.quote', { value: String(value) });
  }
  if (want === 'array') {
    const item = itemNode(node, root);
    if (isMapping(value)) {
      if (item.type === 'string') return msg('fix.keys-to-dashes');
      const keys = Object.keys(value);
      const asItem = keys.length > 0 && keys.every((k) => item.propertyNames.includes(k));
      return asItem ? msg('fix.one-element', { key: keys[0]! }) : msg('fix.dash-each');
    }
    if (Array.isArray(value)) return undefined;
    // A code written where a list of mappings named by that code is expected (`basis: toestemming`): the element it is.
    const first = fieldsOf(item)[0];
    if (first && label && fieldNode(item, first, root).enumValues?.includes(value)) {
      return msg('fix.as-element', { label, first, value: String(value) });
    }
    return item.type === 'object' ? msg('fix.element-lines') : msg('fix.dash-text');
  }
  if (want === 'object') {
    const first = fieldsOf(node)[0];
    if (Array.isArray(value)) return msg('fix.remove-dash', { name: named(path) });
    if (first && fieldNode(node, first, root).enumValues?.includes(value)) return msg('fix.write-field', { first, value: String(value), shown: shown(value) });
    return first ? msg('fix.indent-fields', { under: label ?? named(path), first }) : undefined;
  }
  if (want === 'boolean') {
    const answer = typeof value === 'string' ? YES_NO[value.trim().toLowerCase()] : undefined;
    return answer === undefined ? msg('fix.true-false') : msg('fix.write-instead', { answer: String(answer), value: shown(value) });
  }
  if (want === 'integer' || want === 'number') {
    return type === 'number' ? msg('fix.whole-number') : msg('fix.digits');
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
function textAsMapping(value: Record<string, unknown>, { path, parent }: Misfit): Message {
  const keys = Object.keys(value);
  const key = path.at(-1);
  if (typeof key !== 'string') {
    const only = keys.length === 1 ? value[keys[0]!] : undefined;
    if (keys.length === 1 && (typeof only === 'string' || typeof only === 'number' || only === null)) {
      const text = only === null ? `${keys[0]}:` : `${keys[0]}: ${String(only)}`;
      return msg('fix.colon-in-text', { text: shown(text) });
    }
    return msg('fix.element-one-text');
  }
  const siblings = keys.filter((k) => parent.propertyNames.includes(k) && k !== key);
  if (siblings.length === keys.length) {
    return msg('fix.indent-siblings', { key, siblings: siblings.map((k) => `"${k}"`).join(', ') });
  }
  return msg('fix.text-after-key', { key });
}
