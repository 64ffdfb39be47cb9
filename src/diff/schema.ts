import { readFileSync } from 'node:fs';
import { jsonType, schemaType } from '../json.js';
import { fromPointer } from '../load/source-map.js';
import { texts } from '../model/texts.js';
import { schemaPath } from '../paths.js';
import type { PrivnoteKeyword } from '../validate/vocabulary.js';

/** A JSON Schema object as written in schemas/privacy-notice.schema.json. */
export type Schema = Record<string, unknown>;

let cached: Schema | undefined;

/** The document schema, read once. */
export function documentSchema(): Schema {
  cached ??= JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
  return cached;
}

/**
 * Every schema that applies to one node, in order of precedence: the schema itself, then what its `$ref` points at,
 * then its `allOf` parts, then the `anyOf` branches of the values' JSON types (a source written as a text or as a
 * mapping), then the `then` or `else` its `if` selects for the values given (both when two values disagree, as when a
 * document changes kind). Annotations are read from the first part that has them, so a
 * property's own `title` wins over the one of the definition it refers to.
 */
export class SchemaNode {
  constructor(readonly parts: readonly Schema[]) {}

  static of(schemas: readonly Schema[], values: readonly unknown[] = [], root = documentSchema()): SchemaNode {
    const parts: Schema[] = [];
    const given = values.filter((v) => v !== undefined);
    const add = (schema: Schema) => {
      if (parts.includes(schema)) return;
      parts.push(schema);
      if (typeof schema.$ref === 'string') add(resolveRef(schema.$ref, root));
      for (const part of (schema.allOf as Schema[] | undefined) ?? []) add(part);
      // `anyOf` (a text or a mapping): the branches of the values' JSON types; without values (or none fits) all of them.
      const branches = (schema.anyOf as Schema[] | undefined) ?? [];
      const fitting = branches.filter((branch) => given.some((value) => fits(branch, value, root)));
      for (const branch of fitting.length ? fitting : branches) add(branch);
      if (schema.if) {
        const chosen = values.filter((v) => v !== undefined).map((v) => (matches(schema.if as Schema, v) ? schema.then : schema.else));
        for (const branch of chosen.length ? chosen : [schema.else]) if (branch) add(branch as Schema);
      }
    };
    for (const schema of schemas) add(schema);
    return new SchemaNode(parts);
  }

  /** The first value of an annotation (`title`, `x-privnote-key`, …) among the parts. */
  get<T = unknown>(keyword: PrivnoteKeyword | 'title' | 'examples' | 'format' | 'pattern' | 'minItems' | 'maxLength' | 'maxProperties'): T | undefined {
    return this.parts.find((p) => p[keyword] !== undefined)?.[keyword] as T | undefined;
  }

  get title(): string | undefined {
    return this.get<string>('title');
  }

  /** The declared properties, in schema order: the node's own first, then those of its `$ref` and `allOf` parts. */
  get propertyNames(): string[] {
    return [...new Set(this.parts.flatMap((p) => Object.keys((p.properties as Schema | undefined) ?? {})))];
  }

  get required(): Set<string> {
    return new Set(this.parts.flatMap((p) => (p.required as string[] | undefined) ?? []));
  }

  get enumValues(): unknown[] | undefined {
    const part = this.parts.find((p) => p.enum !== undefined || p.const !== undefined);
    return part && ((part.enum as unknown[] | undefined) ?? [part.const]);
  }

  /** The type the schema asks for (`object`, `array`, `string`, …), if any part says. */
  get type(): string | undefined {
    return this.parts.find((p) => typeof p.type === 'string')?.type as string | undefined;
  }

  /**
   * The schemas of property `key` and where they come from: `properties`, else a matching `patternProperties`, else
   * `additionalProperties` (a schema; `false` gives none, as does a key no schema knows).
   */
  property(key: string): { schemas: Schema[]; from: 'properties' | 'patternProperties' | 'additionalProperties' | 'none' } {
    const declared = this.parts.map((p) => (p.properties as Record<string, Schema> | undefined)?.[key]).filter((s) => s !== undefined);
    if (declared.length) return { schemas: declared, from: 'properties' };
    const patterned = this.parts.flatMap((p) =>
      Object.entries((p.patternProperties as Record<string, Schema> | undefined) ?? {})
        .filter(([pattern]) => new RegExp(pattern, 'u').test(key))
        .map(([, schema]) => schema),
    );
    if (patterned.length) return { schemas: patterned, from: 'patternProperties' };
    const additional = this.parts.map((p) => p.additionalProperties).filter((s): s is Schema => typeof s === 'object' && s !== null);
    return { schemas: additional, from: additional.length ? 'additionalProperties' : 'none' };
  }

  /** The schemas of a list's items. */
  get items(): Schema[] {
    return this.parts.map((p) => p.items).filter((s): s is Schema => typeof s === 'object' && s !== null);
  }

  /** The schemas of the keys of a mapping with free keys (`propertyNames`). */
  get keys(): Schema[] {
    return this.parts.map((p) => p.propertyNames).filter((s): s is Schema => typeof s === 'object' && s !== null);
  }

  /** The Dutch label of a code, from the table of templates/texts/nl-BE.yaml named by `x-privnote-labels`. */
  label(code: unknown): string | undefined {
    const table = this.get<string>('x-privnote-labels');
    const entry = table && typeof code === 'string' ? (standardText(table) as Record<string, unknown> | undefined)?.[code] : undefined;
    if (typeof entry === 'string') return entry;
    const named = entry as { label?: string; name?: string; titels?: string } | undefined;
    return named?.label ?? named?.name ?? named?.titels;
  }
}

/** An entry of templates/texts/nl-BE.yaml by its dotted path (`protocol.articles`). */
const standardText = (path: string): unknown => path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts());

export function resolveRef(ref: string, root: Schema = documentSchema()): Schema {
  if (!ref.startsWith('#')) throw new Error(`privnote: only local $ref is supported, found ${ref}`);
  return fromPointer(ref.slice(1)).reduce<Schema>((node, part) => node[part] as Schema, root);
}

/** Whether a branch of an `anyOf` is the one for this value: its JSON type is the value's. */
const fits = (branch: Schema, value: unknown, root: Schema) => {
  const type = schemaType(branch, (ref) => resolveRef(ref, root));
  return type === undefined || type === jsonType(value);
};

/**
 * Whether `value` satisfies an `if` schema. The schema uses only `properties`, `const`, `enum`, `pattern`, `not` and
 * `required` there (`kind: protocol`, an address outside Belgium, a web address written `www.`); anything else is refused loudly, so a change to the schema
 * cannot silently pick a wrong branch.
 */
function matches(schema: Schema, value: unknown): boolean {
  for (const [keyword, argument] of Object.entries(schema)) {
    const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : undefined;
    switch (keyword) {
      case 'const':
        if (value !== argument) return false;
        break;
      case 'enum':
        if (!(argument as unknown[]).includes(value)) return false;
        break;
      case 'required':
        if (object && !(argument as string[]).every((key) => key in object)) return false;
        break;
      case 'properties':
        if (object && !Object.entries(argument as Record<string, Schema>).every(([key, sub]) => !(key in object) || matches(sub, object[key]))) return false;
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(argument as string, 'u').test(value)) return false;
        break;
      case 'not':
        if (matches(argument as Schema, value)) return false;
        break;
      default:
        throw new Error(`privnote: the diff cannot evaluate "${keyword}" in an "if" of the schema`);
    }
  }
  return true;
}
