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

test('every field in the reference has a description and an example', () => {
  const rows = schemaReference().split('\n').filter((line) => line.startsWith('| `'));
  const cells = rows.map((row) => row.split(/(?<!\\)\|/).map((cell) => cell.trim()));
  expect(cells.filter((c) => !c[3] || !c[4]).map((c) => c[1])).toEqual([]);
  expect(rows.length).toBeGreaterThan(150);
});
