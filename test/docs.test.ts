import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { schemaReference } from '../src/docs/reference.js';

test('docs/schema.md is generated from the schema and up to date (run `npm run docs`)', () => {
  expect(readFileSync('docs/schema.md', 'utf8')).toBe(schemaReference());
});

test('the reference documents every field, nested ones included', () => {
  const reference = schemaReference();
  for (const path of ['`controller.entities[].kbo`', '`purposes.items[].retention`', '`articles[].dataItems[].justification`', '`style.headings`']) {
    expect(reference).toContain(path);
  }
});
