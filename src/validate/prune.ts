import type { ErrorObject } from 'ajv/dist/2020.js';
import { fromPointer, pointer, type Path } from '../load/source-map.js';
import { schemaErrors } from './validate.js';

/**
 * A document with schema errors, cut down to what the schema accepts, so the rules can check the rest: every part an
 * error points at is left out of a copy (an unknown key, a wrong value, a list item or mapping that lacks a required
 * field), then the copy is validated again, since leaving out a required part makes its parent invalid in turn.
 */
export interface Pruned {
  /** The copy: lists are shorter where items were cut, so an index in the copy need not be the document's. */
  document: unknown;
  /** The document's path of a path in the copy. */
  original: (path: Path) => Path;
  /** Per mapping or list of the copy, the document's paths of what was cut from it; a missing required key counts. */
  cut: WeakMap<object, Path[]>;
  /** The document's paths of every part cut. */
  paths: Path[];
  /** The pointers of keys cut as unknown: each may be a field under another name (`emial` for `email`). */
  unknownKeys: Set<string>;
}

const UNKNOWN_KEY = ['additionalProperties', 'unevaluatedProperties'];

/** Enough rounds for any nesting the schema has; a document that needs more gets no rule findings. */
const MAX_ROUNDS = 32;

/**
 * The document without its invalid parts, or undefined when the document itself is invalid as a whole (not a
 * mapping, say): then nothing is left to check.
 */
export function pruneInvalid(data: unknown): Pruned | undefined {
  const cuts = new Map<string, Path>();
  const unknownKeys = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pruned = { ...without(data, cuts), paths: [...cuts.values()], unknownKeys };
    let progress = false;
    for (const error of schemaErrors(pruned.document)) {
      const at = cutFor(error);
      if (!at) continue;
      if (at.length === 0) return undefined;
      const original = pruned.original(at);
      if (cuts.has(pointer(original))) continue; // a required key of the document itself: missing, and known
      cuts.set(pointer(original), original);
      if (UNKNOWN_KEY.includes(error.keyword)) unknownKeys.add(pointer(original));
      progress = true;
    }
    if (!progress) return pruned;
  }
  return undefined;
}

/**
 * The part of the copy an error makes unusable: an unknown or misnamed key itself, a field that lacks its partner
 * itself, a missing required key of the document itself (it cannot be cut), else the node the error is about.
 */
function cutFor(error: ErrorObject): Path | undefined {
  const path = fromPointer(error.instancePath);
  const params = error.params as { additionalProperty?: string; unevaluatedProperty?: string; missingProperty?: string; property?: string };
  const key = (error as ErrorObject & { propertyName?: string }).propertyName;
  switch (error.keyword) {
    case 'if':
      return undefined; // ajv's bookkeeping: the `then` that failed has errors of its own
    case 'additionalProperties':
      return [...path, params.additionalProperty!];
    case 'unevaluatedProperties':
      return [...path, params.unevaluatedProperty!];
    case 'dependentRequired':
      return [...path, params.property!];
    case 'required':
      return path.length === 0 ? [params.missingProperty!] : path;
    default:
      return key !== undefined ? [...path, key] : path;
  }
}

/** A copy of `data` without the parts at `cuts` (document paths). */
function without(data: unknown, cuts: Map<string, Path>): Omit<Pruned, 'paths' | 'unknownKeys'> {
  const indexes = new WeakMap<unknown[], number[]>();
  const cut = new WeakMap<object, Path[]>();
  const copy = (value: unknown, path: Path): unknown => {
    if (typeof value !== 'object' || value === null || value instanceof Date) return value;
    const gone: Path[] = [];
    const keep = (at: Path) => (cuts.has(pointer(at)) ? (gone.push(at), false) : true);
    let result: object;
    if (Array.isArray(value)) {
      const kept = value.flatMap((_, i) => (keep([...path, i]) ? [i] : []));
      result = kept.map((i) => copy(value[i], [...path, i]));
      indexes.set(result as unknown[], kept);
    } else {
      const entries = Object.entries(value).filter(([key]) => keep([...path, key]));
      result = Object.fromEntries(entries.map(([key, item]) => [key, copy(item, [...path, key])]));
      // A required key that was missing altogether: reading it is reading a part the schema rejected.
      if (path.length === 0) gone.push(...[...cuts.values()].filter((at) => at.length === 1 && !(String(at[0]) in value)));
    }
    if (gone.length > 0) cut.set(result, gone);
    return result;
  };
  const document = copy(data, []);
  const original = (path: Path): Path => {
    let node = document;
    return path.map((part) => {
      const index = Array.isArray(node) && typeof part === 'number' ? indexes.get(node)?.[part] : undefined;
      node = (node as Record<string | number, unknown> | undefined)?.[part];
      return index ?? part;
    });
  };
  return { document, original, cut };
}
