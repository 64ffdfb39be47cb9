import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { compileDocument } from '../src/compile.js';
import type { Outline } from '../src/import/outline.js';
import type { Recognised } from '../src/import/recognise/index.js';
import { NAME_PLACEHOLDER, writeNotice } from '../src/import/write.js';
import { renderHtml } from '../src/render/html.js';
import { htmlText } from './helpers.js';

const outline: Outline = {
  file: 'bron.md',
  format: 'md',
  blocks: [
    { kind: 'heading', level: 1, text: 'Privacyverklaring Testgemeente', line: 1 },
    { kind: 'paragraph', text: 'Welkom bij **Testgemeente**.', line: 3 },
    { kind: 'heading', level: 2, text: 'Wie zijn wij?', line: 5 },
    { kind: 'paragraph', text: 'Testgemeente, Markt 1, 3000 Leuven.', line: 7 },
    { kind: 'heading', level: 2, text: 'Waarom?', line: 9 },
    { kind: 'list', ordered: false, items: ['dienstverlening aan burgers', 'communicatie over evenementen'], line: 11 },
    { kind: 'paragraph', text: 'Lees ook [de website](https://testgemeente.be).', line: 14 },
    { kind: 'heading', level: 3, text: 'Subsidies', line: 16 },
    { kind: 'paragraph', text: 'Voor subsidies vragen we je rekeningnummer.', line: 18 },
    { kind: 'heading', level: 2, text: 'Camerabewaking', line: 20 },
    { kind: 'table', rows: [['Plaats', 'Termijn'], ['Markt', '1 maand']], header: true, line: 22 },
    { kind: 'heading', level: 2, text: 'Nog meer doeleinden', line: 26 },
    { kind: 'paragraph', text: 'We sturen ook een nieuwsbrief.', line: 28 },
  ],
};
const classified = new Map<number, string | undefined>([[2, 'controller'], [4, 'purposes'], [9, undefined], [11, 'purposes']]);
const name: Recognised = { path: ['controller', 'entities', 0, 'name'], value: 'Testgemeente', line: 7, what: 'naam van de verantwoordelijke', consumed: [] };
const purposes: Recognised = {
  path: ['purposes', 'items'],
  value: [{ name: 'dienstverlening aan burgers' }, { name: 'communicatie over evenementen' }],
  line: 11,
  what: 'lijst van doeleinden',
  consumed: [5],
};
const badEmail: Recognised = { path: ['controller', 'entities', 0, 'email'], value: 42, line: 7, what: 'e-mailadres', consumed: [] };

const compiled = (yaml: string) => compileDocument({ file: 'x.yaml', text: yaml }, { rules: false });

describe('the writer', () => {
  const written = writeNotice(outline, classified, [name, badEmail, purposes]);
  const document = parse(written.yaml);

  test('writes a document without errors that builds', () => {
    const result = compiled(written.yaml);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.model).toBeDefined();
    expect(result.diagnostics.filter((d) => /not-placed/.test(d.ruleId))).toEqual([]);
  });
  test('the outline becomes sections in the source order: standard ones, own ones, a repeated heading as a subheading', () => {
    expect(document.title).toBe('Privacyverklaring Testgemeente');
    expect(document.style.sections).toEqual(['introduction', 'controller', 'purposes', 'camerabewaking']);
    // The first text of a standard section is its `text` (the rules read that), placed where it stood.
    expect(document.introduction).toEqual({ display: 'zonder-titel', text: 'Welkom bij **Testgemeente**.', blocks: [{ part: 'text' }] });
    expect(document.purposes.blocks).toEqual([
      { part: 'items' },
      { part: 'text' },
      { heading: 'Subsidies' },
      { text: 'Voor subsidies vragen we je rekeningnummer.' },
      { heading: 'Nog meer doeleinden' },
      { text: 'We sturen ook een nieuwsbrief.' },
    ]);
    expect(document.extraSections).toEqual([{ id: 'camerabewaking', heading: 'Camerabewaking', blocks: [{ text: '- **Plaats** — **Termijn**\n- Markt — 1 maand' }] }]);
  });
  test('recognised values go in their fields with a comment naming the source line; a value the schema rejects is dropped', () => {
    expect(document.controller.entities).toEqual([{ name: 'Testgemeente' }]);
    // A value whose text stays is placed after the block it was found in, so the section places every part it has.
    expect(document.controller).toMatchObject({ text: 'Testgemeente, Markt 1, 3000 Leuven.', blocks: [{ part: 'text' }, { part: 'entities' }] });
    expect(document.purposes.text).toBe('Lees ook [de website](https://testgemeente.be).');
    expect(document.purposes.items).toEqual(purposes.value);
    expect(written.recognised).toEqual([name, purposes]);
    expect(written.dropped).toEqual([badEmail]);
    expect(written.yaml).toMatch(/# herkend: naam van de verantwoordelijke \(bron, regel 7\)\n\s+name: Testgemeente/);
    expect(written.yaml).toMatch(/# herkend: lijst van doeleinden \(bron, regel 11\)\n\s+items:/);
    expect(written.yaml).toMatch(/# herkend: lijst van doeleinden \(bron, regel 11\)\n\s+- part: items/);
    expect(written.yaml).toMatch(/# herkend: naam van de verantwoordelijke \(bron, regel 7\)\n\s+- part: entities/);
  });
  test('every sentence of the source is in the rendered notice, once', () => {
    // Inline markup joins its words without a space (htmlText would put one between "Testgemeente" and "."); the table
    // of contents repeats the headings.
    const html = renderHtml(compiled(written.yaml).model!).replace(/<\/?(strong|em|a)\b[^>]*>/g, '').replace(/<nav\b[\s\S]*?<\/nav>/g, '');
    const text = htmlText(html);
    const sentences = ['Welkom bij Testgemeente.', 'Testgemeente, Markt 1, 3000 Leuven.', 'dienstverlening aan burgers', 'Lees ook de website.', 'Subsidies', 'Voor subsidies vragen we je rekeningnummer.', 'Camerabewaking', 'Markt — 1 maand', 'Nog meer doeleinden', 'We sturen ook een nieuwsbrief.'];
    for (const sentence of sentences) expect(text.split(sentence).length - 1, sentence).toBe(1);
  });
  test('counts the free text per section', () => {
    expect(written.free).toEqual([
      { section: 'introduction', count: 1 },
      { section: 'Wie zijn wij?', count: 1 },
      { section: 'Waarom?', count: 3 },
      { section: 'Camerabewaking', count: 1 },
    ]);
  });
});

describe('the writer on what the schema does not accept as it is', () => {
  test('a standard section without its required fields becomes an own section; without a name the controller gets a placeholder', () => {
    const written = writeNotice(outline, classified, []);
    const document = parse(written.yaml);
    expect(compiled(written.yaml).model).toBeDefined();
    expect(document.controller.entities).toEqual([{ name: NAME_PLACEHOLDER }]);
    expect(document.purposes).toBeUndefined();
    expect(document.style.sections).toEqual(['introduction', 'controller', 'eigen-purposes', 'camerabewaking']);
    expect(document.extraSections[0]).toMatchObject({ id: 'eigen-purposes', heading: 'Waarom?' });
    expect(document.extraSections[0].blocks[0]).toEqual({ text: '- dienstverlening aan burgers\n- communicatie over evenementen' });
  });
  test('a recognised value on several lines is one comment line', () => {
    const address: Recognised = { path: ['controller', 'entities', 0, 'address'], value: { street: 'Markt 1', postalCode: '3000', city: 'Leuven' }, line: 7, what: 'adres:\nMarkt 1\n3000 Leuven', consumed: [] };
    expect(writeNotice(outline, classified, [purposes, address]).yaml).toContain('# herkend: adres: Markt 1 3000 Leuven (bron, regel 7)\n');
  });
  test('a recognition that mends a required field is kept even when the rest is invalid', () => {
    const wrongItems: Recognised = { ...purposes, value: [{ naam: 'x' }], consumed: [] };
    const written = writeNotice(outline, classified, [wrongItems, purposes]);
    expect(written.dropped).toEqual([wrongItems]);
    expect(parse(written.yaml).purposes.items).toEqual(purposes.value);
  });
  test.each([
    ['an empty source', []],
    ['a title alone', [{ kind: 'heading', level: 1, text: 'Privacy', line: 1 }]],
    ['headings without text, one of them a section the statement has no key for', [
      { kind: 'heading', level: 2, text: 'Cookies', line: 1 },
      { kind: 'heading', level: 2, text: 'Doelen', line: 2 },
      { kind: 'heading', level: 4, text: 'Diep', line: 3 },
      { kind: 'heading', level: 2, text: 'Functionaris', line: 4 },
      { kind: 'heading', level: 2, text: 'Functionaris', line: 5 },
    ]],
  ] as [string, Outline['blocks']][])('%s still makes a document that builds', (_, blocks) => {
    const classified = new Map(blocks.flatMap((b, i): [number, string | undefined][] => (b.kind === 'heading' ? [[i, ['cookies', 'purposes', undefined, 'dpo', undefined][i]]] : [])));
    const written = writeNotice({ file: 'x.md', format: 'md', blocks }, classified, []);
    expect(compiled(written.yaml).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(written.sections.map((s) => s.key)).toEqual(blocks.length > 1 ? ['cookies', 'eigen-purposes', 'eigen-dpo', 'functionaris'] : []);
  });
  test('headings are written as privnote prints them: plain text, without escapes or markers', () => {
    const blocks: Outline['blocks'] = [
      { kind: 'heading', level: 2, text: 'Laatst bijgewerkt \\[datum\\]', line: 1 },
      { kind: 'heading', level: 3, text: '**Kosten** van 5 \\* 3 [euro](https://x.be)', line: 2 },
    ];
    const document = parse(writeNotice({ file: 'x.md', format: 'md', blocks }, new Map([[0, undefined]]), []).yaml);
    expect(document.extraSections).toEqual([{ id: 'laatst-bijgewerkt-datum', heading: 'Laatst bijgewerkt [datum]', blocks: [{ heading: 'Kosten van 5 * 3 euro' }] }]);
  });
  test('a source without headings is one introduction', () => {
    const written = writeNotice({ file: 'x.txt', format: 'txt', blocks: [{ kind: 'paragraph', text: 'Alleen tekst.', line: 1 }] }, new Map(), []);
    expect(parse(written.yaml)).toMatchObject({ title: 'Privacyverklaring', introduction: { text: 'Alleen tekst.', blocks: [{ part: 'text' }] } });
    expect(compiled(written.yaml).model).toBeDefined();
  });
});
