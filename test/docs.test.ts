import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { schemaReference } from '../src/docs/reference.js';
import { checks } from '../src/docs/checks.js';
import { checkPage, rulePage, rulesIndex } from '../src/docs/rules.js';
import { textsReference } from '../src/docs/texts.js';
import { rules } from '../src/rules/index.js';

test('docs/schema.md is generated from the schema and up to date (run `npm run docs`)', () => {
  expect(readFileSync('docs/schema.md', 'utf8')).toBe(schemaReference());
});

test('the reference documents every field, nested ones included', () => {
  const reference = schemaReference();
  for (const path of ['`controller.entities[].kbo`', '`purposes.items[].retention`', '`articles[].dataItems[].justification`', '`style.headings`']) {
    expect(reference).toContain(path);
  }
  expect(reference).toContain('| `purposes.items[].retention` | bewaartermijn |');
  expect(reference).toContain('| `purposes.items` (verplicht) | doeleinden; element: doeleinde, herkend aan `name` |');
  expect(reference).toContain('| `heading` | titel _(vorm)_ |');
});

test('every field in the reference has a label, a description and an example', () => {
  const rows = schemaReference().split('\n').filter((line) => line.startsWith('| `'));
  const cells = rows.map((row) => row.split(/(?<!\\)\|/).map((cell) => cell.trim()));
  expect(cells.filter((c) => !c[2] || !c[4] || !c[5]).map((c) => c[1])).toEqual([]);
  expect(rows.length).toBeGreaterThan(150);
});

test('docs/texts.md lists every standard text, up to date (run `npm run docs`)', () => {
  const texts = readFileSync('docs/texts.md', 'utf8');
  expect(texts).toBe(textsReference());
  for (const key of ['labels.basis', 'rights.inzage.label', 'legalBases.toestemming.article', 'sections.rights.vragen']) {
    expect(texts).toContain(`| \`${key}\` |`);
  }
  expect(texts).toContain('| `rights.inzage.label` | Recht op inzage | AVG art. 15 |');
});

test('docs/rules has one generated page per rule and per other check, up to date (run `npm run docs`)', () => {
  const pages = readdirSync('docs/rules').filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
  expect(pages.sort()).toEqual([...rules, ...checks].map((r) => r.id).sort());
  for (const rule of rules) expect(readFileSync(`docs/rules/${rule.id}.md`, 'utf8')).toBe(rulePage(rule));
  for (const check of checks) expect(readFileSync(`docs/rules/${check.id}.md`, 'utf8')).toBe(checkPage(check));
  expect(readFileSync('docs/rules/README.md', 'utf8')).toBe(rulesIndex());
});
