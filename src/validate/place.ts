import { SchemaNode, type Schema } from '../diff/schema.js';
import type { Path } from '../load/source-map.js';
import { msg, type Message } from '../messages/message.js';

/**
 * The schema of the node at `path` of a document: followed from the root through properties and list items, with the
 * `if`/`then` of the kind of document and the `anyOf` branch of the value's type (schemas/privacy-notice.schema.json).
 * A path that leaves the schema (a key it does not know) ends at the last node it does know.
 */
export function nodeAt(root: Schema, document: unknown, path: Path): SchemaNode {
  let node = SchemaNode.of([root], [document], root);
  let value = document;
  for (const part of path) {
    value = (value as Record<string | number, unknown> | undefined)?.[part];
    const schemas = typeof part === 'number' ? node.items : node.property(part).schemas;
    if (schemas.length === 0) return node;
    node = SchemaNode.of(schemas, [value], root);
  }
  return node;
}

/** The schema of property `key` of a mapping. */
export const fieldNode = (node: SchemaNode, key: string, root: Schema): SchemaNode => SchemaNode.of(node.property(key).schemas, [], root);

/** The fields a mapping may have, the required ones first, each in schema order. */
export function fieldsOf(node: SchemaNode): string[] {
  const required = node.required;
  return [...node.propertyNames.filter((key) => required.has(key)), ...node.propertyNames.filter((key) => !required.has(key))];
}

/** A title inside a sentence: "Doeleinden" → "doeleinden" (an abbreviation such as "EER" stays as it is). */
export const lowerFirst = (title: string): string => (/^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title);

/** Letters only, lower case, accents dropped: how an author's key and a schema title are compared ("Categorieën" → "categorieen"). */
export const fold = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The Dutch title of field `key` of a mapping, where it says more than the key itself (`city`: gemeente; `website`: none). */
export function titleOf(key: string, node: SchemaNode, root: Schema): string | undefined {
  const title = fieldNode(node, key, root).title;
  return title && fold(title) !== fold(key) ? lowerFirst(title) : undefined;
}

/** A field with its Dutch title, and whether it is required: `city (gemeente, verplicht)`, `website`. */
export const withTitle = (key: string, node: SchemaNode, root: Schema, { required = true } = {}): Message =>
  msg('field.with-title', { key, title: titleOf(key, node, root) ?? '', required: required && node.required.has(key) ? 1 : 0 });

const LISTED = 8;

/** The fields a mapping may have, in words: the first few with their titles, then how many more. */
export function fieldList(node: SchemaNode, root: Schema): Message {
  const fields = fieldsOf(node);
  return msg('field.list', { fields: fields.slice(0, LISTED).map((key) => withTitle(key, node, root)), more: Math.max(0, fields.length - LISTED) });
}

/**
 * Where a node stands, in words, for a message: "op het hoogste niveau", "onder een doeleinde" (a list item, by the
 * title of the list's items), `onder "address" (adres)` (a field, by its key and title).
 */
export function placeName(path: Path, node: SchemaNode): Message {
  const last = path.at(-1);
  if (last === undefined) return msg('place.top');
  const title = node.title;
  if (typeof last === 'number') {
    return title ? msg('place.under-item', { title: lowerFirst(title) }) : msg('place.under-element', { index: last + 1, list: String(path.at(-2)) });
  }
  return msg('place.under-field', { key: last, title: title && fold(title) !== fold(last) ? lowerFirst(title) : '' });
}
