import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { schemaErrors } from '../../src/validate/validate.js';
import { classifySections } from '../../src/import/sections.js';
import { recognise } from '../../src/import/recognise/index.js';
import { EXAMPLES, NOTICES } from './measure.js';
import { referenceOutline, seedOutline } from './outlines.js';

type Node = Record<string | number, unknown>;

/** A document with every recognised value at its path (a value for a list's path is a list of items, appended). */
function documentOf(found: ReturnType<typeof recognise>): unknown {
  const doc: Node = { title: 'Privacyverklaring', controller: { entities: [] } };
  for (const { path, value } of found) {
    let node: Node = doc;
    path.slice(0, -1).forEach((key, i) => {
      node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
      node = node[key] as Node;
    });
    const last = path.at(-1)!;
    node[last] = Array.isArray(value) && Array.isArray(node[last]) ? [...(node[last] as unknown[]), ...value] : value;
  }
  for (const entity of (doc.controller as { entities: Node[] }).entities) entity.name ??= 'naam';
  if ((doc.controller as { entities: Node[] }).entities.length === 0) (doc.controller as { entities: Node[] }).entities.push({ name: 'naam' });
  return doc;
}

test.each([...EXAMPLES.map((n) => [n, seedOutline(readFileSync(`test/seeds/${n}.txt`, 'utf8'))] as const), ...NOTICES.map((n) => [n, referenceOutline(readFileSync(`test/notices/${n}/reference.txt`, 'utf8'))] as const)])(
  '%s: every recognised value has the shape the schema asks at its path',
  (_, outline) => {
    const found = recognise(outline, classifySections(outline));
    expect(schemaErrors(documentOf(found)).map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  },
);
