import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { documentSchema, SchemaNode, type Schema } from '../src/diff/schema.js';
import { texts } from '../src/model/texts.js';
import { PRIVNOTE_KEYWORDS, privnoteVocabulary } from '../src/validate/vocabulary.js';

const root = documentSchema();
const defs = root.$defs as Record<string, Schema>;

/** Every schema object that describes part of a document, with where it sits (a JSON pointer) and its role (not the `if` condition). */
function* schemas(node: Schema = root, at = '', role: 'property' | 'items' | 'other' = 'other'): Generator<{ schema: Schema; at: string; role: string }> {
  yield { schema: node, at, role };
  const children = (keyword: string) => Object.entries((node[keyword] as Record<string, Schema> | undefined) ?? {});
  for (const [key, child] of children('properties')) yield* schemas(child, `${at}/properties/${key}`, 'property');
  for (const [key, child] of children('patternProperties')) yield* schemas(child, `${at}/patternProperties/${key}`, 'property');
  for (const [key, child] of children('$defs')) yield* schemas(child, `${at}/$defs/${key}`);
  for (const keyword of ['items', 'additionalProperties', 'propertyNames', 'then', 'else'] as const) {
    const child = node[keyword];
    if (typeof child === 'object' && child !== null) yield* schemas(child as Schema, `${at}/${keyword}`, keyword === 'items' ? 'items' : 'other');
  }
  for (const keyword of ['allOf', 'anyOf'] as const) {
    for (const [index, child] of ((node[keyword] as Schema[] | undefined) ?? []).entries()) yield* schemas(child, `${at}/${keyword}/${index}`);
  }
}

const all = [...schemas()];
const isObjectList = (node: SchemaNode) => node.items.length > 0 && SchemaNode.of(node.items).type === 'object';

describe('the schema carries the labels and annotations the diff and the docs use', () => {
  test('ajv in strict mode accepts the x-privnote-* keywords only because they are registered', () => {
    const require = createRequire(import.meta.url);
    const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const strict = () => {
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      (require('ajv-formats') as { default: (a: unknown) => void }).default(ajv);
      return ajv;
    };
    expect(() => strict().compile(root)).toThrow(/unknown keyword: "x-privnote-/);
    expect(() => strict().addVocabulary(privnoteVocabulary).compile(root)).not.toThrow();
  });

  test('no misspelt x-privnote-* keyword', () => {
    const used = all.flatMap(({ schema, at }) => Object.keys(schema).filter((k) => k.startsWith('x-privnote-')).map((k) => `${at} ${k}`));
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((u) => !(u.split(' ')[1]! in PRIVNOTE_KEYWORDS))).toEqual([]);
  });

  test('every property, list item and referenced definition has a title', () => {
    const untitled = all.filter(({ schema, role }) => role !== 'other' && !SchemaNode.of([schema]).title).map(({ at }) => at);
    expect(untitled).toEqual([]);
    const referenced = new Set(JSON.stringify(root).match(/#\/\$defs\/\w+/g)!.map((ref) => ref.slice('#/$defs/'.length)));
    expect([...referenced].filter((name) => !defs[name]!.title)).toEqual([]);
  });

  test('titles are lower-case phrases; the sections of a document are titled with their heading', () => {
    const sectionLevel = new Set(
      [defs.statement!, defs.protocol!].flatMap((def) =>
        Object.entries(def.properties as Record<string, Schema>).filter(([, p]) => p.type !== 'string' && !p.$ref?.toString().includes('markdown')).map(([, p]) => p),
      ),
    );
    const wrong = all
      .filter(({ schema }) => typeof schema.title === 'string' && !sectionLevel.has(schema) && schema !== root)
      .filter(({ schema }) => /^\p{Lu}/u.test(schema.title as string) && !/^[A-Z]{2,}/.test(schema.title as string))
      .map(({ at, schema }) => `${at}: ${String(schema.title)}`);
    expect(wrong).toEqual([]);
    const statement = defs.statement!.properties as Record<string, Schema>;
    for (const [id, heading] of Object.entries(texts().sections)) expect([id, statement[id]!.title]).toEqual([id, heading.titels]);
  });

  test('every list of mappings says which property identifies an item, and that property exists', () => {
    const lists = all.map(({ schema, at }) => ({ node: SchemaNode.of([schema]), at })).filter(({ node }) => isObjectList(node));
    expect(lists.length).toBeGreaterThan(20);
    for (const { node, at } of lists) {
      const item = SchemaNode.of(node.items);
      const key = item.get<string | string[]>('x-privnote-key');
      expect(key, at).toBeDefined();
      if (key === '*') expect(item.get('maxProperties'), at).toBe(1);
      else for (const name of [key!].flat()) expect(item.propertyNames, at).toContain(name);
    }
  });

  test('every x-privnote-labels names a table of the standard texts that labels each code', () => {
    const labelled = all.filter(({ schema }) => schema['x-privnote-labels']);
    expect(labelled.length).toBeGreaterThanOrEqual(6);
    for (const { schema, at } of labelled) {
      const node = SchemaNode.of([schema]);
      for (const code of node.enumValues ?? []) expect(node.label(code), `${at} ${String(code)}`).toBeTruthy();
    }
  });
});

test("an anyOf contributes the branch of the value's JSON type, and every branch without a value", () => {
  const root: Schema = {
    $defs: {
      text: { title: 'tekst', type: 'string' },
      source: { title: 'bron', 'x-privnote-key': 'name', type: 'object', properties: { name: { title: 'naam', type: 'string' } } },
      code: { title: 'code', enum: ['a', 'b'] },
    },
  };
  const item = { title: 'bron', anyOf: [{ $ref: '#/$defs/source' }, { $ref: '#/$defs/text' }] };
  expect(SchemaNode.of([item], ['van jou'], root).type).toBe('string');
  expect(SchemaNode.of([item], ['van jou'], root).get('x-privnote-key')).toBeUndefined();
  expect(SchemaNode.of([item], [{ name: 'Rijksregister' }], root).get('x-privnote-key')).toBe('name');
  expect(SchemaNode.of([item], [], root).propertyNames).toEqual(['name']);
  // an enum branch is of the type of its values
  const ground = { title: 'grond', anyOf: [{ $ref: '#/$defs/code' }, { type: 'array', items: { $ref: '#/$defs/code' } }] };
  expect(SchemaNode.of([ground], ['a'], root).type).toBeUndefined();
  expect(SchemaNode.of([ground], ['a'], root).enumValues).toEqual(['a', 'b']);
  expect(SchemaNode.of([ground], [['a']], root).type).toBe('array');
});
