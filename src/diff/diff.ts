import { isDeepStrictEqual } from 'node:util';
import type { Path } from '../load/source-map.js';
import type { Document } from '../model/input.js';
import { documentSchema, SchemaNode, type Schema } from './schema.js';

/** One change in the processing, in Dutch, as a reviewer reads it. */
export interface Change {
  section: string;
  kind: 'toegevoegd' | 'verwijderd' | 'gewijzigd';
  subject: string;
  from?: string;
  to?: string;
  /** Not a change in the processing: only how the document looks ("Vorm en opmaak") or privnote's own checks. */
  presentational: boolean;
  /** Where the change is: in the new version, or in the old one for what was removed. */
  path: Path;
}

/** Groups that are not a section of the document. */
export const GROUPS = { general: 'Algemeen', presentation: 'Vorm en opmaak', checks: 'Controles van privnote' } as const;

/** Where a node sits: the group it is reported under and the phrases that name what it belongs to. */
interface Place {
  section: string;
  /** Below an `x-privnote-presentation` or `x-privnote-checks` annotation: reported in that group instead. */
  aside?: string;
  /** `verwerker "Mailchimp"`, `adres`, … innermost first; a subject is its own name followed by "van" each of these. */
  owners: string[];
  path: Path;
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shape = (v: Json) => (v === undefined ? undefined : Array.isArray(v) ? 'list' : isObject(v) ? 'object' : 'scalar');

/** Reflowed text is no change: values are compared with their white space folded. */
function normal(value: Json): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** A section's title is a heading (capitalised); other top-level fields (title, version, …) are grouped under "Algemeen". */
const isHeading = (title: string) => /^\p{Lu}/u.test(title);

/**
 * What changed between two versions of a document, found by walking both along the JSON Schema: every property in
 * schema order, lists of mappings matched by their `x-privnote-key`, lists of texts as multisets, texts with their
 * white space folded. Labels come from the schema's `title`s and the standard texts' names of codes.
 */
export function diffDocuments(before: Document, after: Document): Change[] {
  const walker = new Walker();
  walker.compare([documentSchema()], before, after, { section: GROUPS.general, owners: [], path: [] }, '');
  const processing = walker.changes.filter((c) => !c.presentational);
  return [...processing, ...[GROUPS.presentation, GROUPS.checks].flatMap((group) => walker.changes.filter((c) => c.presentational && c.section === group))];
}

class Walker {
  readonly changes: Change[] = [];

  private emit(at: Place, kind: Change['kind'], name: string, from?: string, to?: string): void {
    const subject = [name, ...at.owners].join(' van ');
    const aside = at.aside !== undefined;
    this.changes.push({
      section: at.aside ?? at.section,
      kind,
      subject: aside && at.section !== GROUPS.general ? `${subject} (${at.section})` : subject,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      presentational: aside,
      path: at.path,
    });
  }

  /** Compares the node `name` (its title) of both versions; `section` says it is one of the document's sections. */
  compare(schemas: Schema[], a: Json, b: Json, at: Place, name: string, section = false): void {
    // What is the same in both versions needs no walk: a diff costs the size of what changed, not of the document.
    if (isDeepStrictEqual(a, b)) return;
    const node = SchemaNode.of(schemas, [a, b]);
    const aside = node.get('x-privnote-checks') ? GROUPS.checks : node.get('x-privnote-presentation') ? GROUPS.presentation : at.aside;
    const here: Place = aside === undefined ? at : { ...at, aside };
    // One value that became a list of them (an e-mail address, then several with labels), or back: the one value is
    // compared as the list's only item, so what was added or removed is reported, not the whole list as a text.
    if ((shape(a) === 'scalar' || shape(a) === 'object') && shape(b) === 'list' && node.items.length) a = [a];
    else if ((shape(b) === 'scalar' || shape(b) === 'object') && shape(a) === 'list' && node.items.length) b = [b];
    const [sa, sb] = [shape(a), shape(b)];
    const form = sa && sb && sa !== sb ? 'scalar' : (sa ?? sb);
    const before = this.changes.length;
    if (form === 'object') this.object(node, a as Record<string, Json> | undefined, b as Record<string, Json> | undefined, here, section || !here.path.length ? [] : [name, ...here.owners]);
    else if (form === 'list') this.list(node, (a as Json[] | undefined) ?? [], (b as Json[] | undefined) ?? [], here, name);
    else this.scalar(node, a, b, here, name);
    // an empty mapping or list that appeared or went (`rights: {}` means the rights the legal bases give) is a change too
    if (this.changes.length === before && (a === undefined) !== (b === undefined)) {
      this.emit(here, a === undefined ? 'toegevoegd' : 'verwijderd', section ? `onderdeel "${name}"` : name);
    }
  }

  /** Every property in schema order, then any other key (`x-privnote-ignore`, free keys such as `groupHeadings`). */
  private object(node: SchemaNode, a: Record<string, Json> | undefined, b: Record<string, Json> | undefined, at: Place, owners: string[]): void {
    const keys = new Set([...node.propertyNames, ...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
    const top = at.path.length === 0;
    for (const key of keys) {
      const { schemas, from } = node.property(key);
      // What a document does not say is not stated, even where privnote derives something from other fields (the rights
      // from the legal bases): an own list that appears is a change, and so is one that goes.
      const [x, y] = [a?.[key], b?.[key]];
      if (x === undefined && y === undefined) continue;
      const title = SchemaNode.of(schemas, [x, y]).title ?? key;
      const name = from === 'additionalProperties' ? `${title} "${SchemaNode.of(node.keys).label(key) ?? key}"` : title;
      const section = top && isHeading(name);
      const place = { ...at, section: top ? (section ? name : GROUPS.general) : at.section, owners, path: [...at.path, key] };
      this.compare(schemas, x, y, place, name, section);
    }
  }

  private list(node: SchemaNode, a: Json[], b: Json[], at: Place, name: string): void {
    const noun = SchemaNode.of(node.items, [...a, ...b]).title ?? name;
    if ([...a, ...b].some((item) => isObject(item))) this.keyed(node.items, a, b, at, noun, node.get('x-privnote-ordered') ? name : undefined);
    else this.texts(node, a, b, at, name, noun);
  }

  /** A list of texts or codes: what was added and what was removed, counting repeats; reordering is no change. */
  private texts(node: SchemaNode, a: Json[], b: Json[], at: Place, name: string, noun: string): void {
    const show = (v: Json) => SchemaNode.of(node.items, [v]).label(v) ?? normal(v);
    const unmatched = (from: Json[], other: Json[]) => {
      const left = other.map(normal);
      return from.flatMap((item, index) => {
        const i = left.indexOf(normal(item));
        if (i >= 0) return (left.splice(i, 1), []);
        return [{ item, index }];
      });
    };
    const [added, removed] = [unmatched(b, a), unmatched(a, b)];
    // an item edited in place (one gone, another at the same position) reads best as one change
    const edited = removed.filter((r) => added.some((d) => d.index === r.index));
    for (const { item, index } of edited) this.emit({ ...at, path: [...at.path, index] }, 'gewijzigd', noun, show(item), show(added.find((d) => d.index === index)!.item));
    const paired = new Set(edited.map((r) => r.index));
    for (const { item, index } of added) if (!paired.has(index)) this.emit({ ...at, path: [...at.path, index] }, 'toegevoegd', noun, undefined, show(item));
    for (const { item, index } of removed) if (!paired.has(index)) this.emit({ ...at, path: [...at.path, index] }, 'verwijderd', noun, show(item));
    const order = (list: Json[]) => list.map(show).join(', ');
    if (!added.length && !removed.length && node.get('x-privnote-ordered') && order(a) !== order(b)) {
      this.emit(at, 'gewijzigd', `volgorde van ${name}`, order(a), order(b));
    }
  }

  /**
   * A list of mappings: items matched by their `x-privnote-key` (the n-th item with a key with the n-th with the same
   * key; items without one by position among themselves), so reordering is no change and a new key is an item removed
   * and one added.
   */
  private keyed(schemas: Schema[], a: Json[], b: Json[], at: Place, noun: string, ordered?: string): void {
    const index = (list: Json[]) => {
      const seen = new Map<string, number>();
      return list.map((item, position) => {
        const key = keyOf(schemas, item);
        const id = key ? key.id : '';
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        return { item, position, id: `${id}#${n}`, label: key ? `${noun} "${key.label}"` : `${noun} ${position + 1}` };
      });
    };
    const [before, after] = [index(a), index(b)];
    const old = new Map(before.map((entry) => [entry.id, entry]));
    const ids = new Set(after.map((entry) => entry.id));
    const place = (position: number) => ({ ...at, path: [...at.path, position] });
    for (const entry of after) if (!old.has(entry.id)) this.emit(place(entry.position), 'toegevoegd', entry.label);
    for (const entry of before) if (!ids.has(entry.id)) this.emit(place(entry.position), 'verwijderd', entry.label);
    for (const entry of after) {
      const previous = old.get(entry.id);
      if (previous) this.compare(schemas, previous.item, entry.item, place(entry.position), entry.label);
    }
    // In a list whose order is its content (numbered articles), the items both versions have moving is a change.
    const kept = (list: typeof before, other: Set<string>) => list.filter((entry) => other.has(entry.id)).map((entry) => entry.label);
    const [was, is] = [kept(before, ids), kept(after, new Set(old.keys()))];
    if (ordered && was.join('\0') !== is.join('\0')) this.emit(at, 'gewijzigd', `volgorde van ${ordered}`, was.join(', '), is.join(', '));
  }

  private scalar(node: SchemaNode, a: Json, b: Json, at: Place, name: string): void {
    if (normal(a) === normal(b)) return;
    const show = (v: Json) => (v === undefined ? undefined : (node.label(v) ?? normal(v)));
    this.emit(at, a === undefined ? 'toegevoegd' : b === undefined ? 'verwijderd' : 'gewijzigd', name, show(a), show(b));
  }
}

/** What identifies an item of a list: the value of its `x-privnote-key` property (a mapping: that mapping's key). */
function keyOf(schemas: Schema[], item: Json): { id: string; label: string } | undefined {
  if (!isObject(item)) return { id: `=${normal(item)}`, label: normal(item) ?? '' };
  const node = SchemaNode.of(schemas, [item]);
  const spec = node.get<string | string[]>('x-privnote-key');
  if (spec === '*') {
    const only = Object.keys(item).join(', ');
    return { id: `*${only}`, label: only };
  }
  for (const property of [spec ?? []].flat()) {
    const value = item[property];
    if (value === undefined) continue;
    const { schemas: inner } = node.property(property);
    if (isObject(value)) {
      const key = keyOf(inner, value);
      if (key) return { id: `${property}.${key.id}`, label: key.label };
      continue;
    }
    return { id: `${property}=${normal(value)}`, label: SchemaNode.of(inner, [value]).label(value) ?? normal(value) ?? '' };
  }
  return undefined;
}
