import { describe, expect, test } from 'vitest';
import { load } from '../src/load/load.js';
import { suggest } from '../src/suggest.js';
import { validate } from '../src/validate/validate.js';

const check = (text: string) => {
  const { data, sourceMap } = load(text, 'x.yaml');
  return validate(data, sourceMap, 'x.yaml');
};

const VALID = 'title: T\ncontroller:\n  entities:\n    - name: A\n';

describe('validate', () => {
  test('a minimal statement is valid', () => {
    expect(check(VALID)).toEqual([]);
  });

  test('a missing required field is reported on its parent mapping', () => {
    expect(check('title: T\npurposes:\n  items: []\n')).toContainEqual(
      expect.objectContaining({ ruleId: 'schema-required', line: 1, column: 1, message: 'verplicht veld "controller" ontbreekt' }),
    );
  });

  test('an unknown key is reported at the key, with a suggestion', () => {
    const [finding] = check(`${VALID}      emial: a@b.be\n`);
    expect(finding).toMatchObject({ ruleId: 'schema-unknown-key', line: 5, column: 7 });
    expect(finding!.message).toBe('onbekend veld "emial"; bedoelde je "email"?');
  });

  test('an unknown key in a section suggests the section fields shared by all sections', () => {
    const [finding] = check(`${VALID}rights:\n  txet: hallo\n`);
    expect(finding!.message).toBe('onbekend veld "txet"; bedoelde je "text"?');
  });

  test('a wrong type names what was expected and found, at the value', () => {
    const [finding] = check(`${VALID}      representatives: Jan\n`);
    expect(finding).toMatchObject({ ruleId: 'schema-type', line: 5, column: 24 });
    expect(finding!.message).toBe('verwacht een lijst, gevonden tekst "Jan"');
  });

  test('a wrong enum value gets the closest allowed value', () => {
    const [finding] = check(`${VALID}purposes:\n  items:\n    - name: X\n      basis: [{ basis: toestemmig }]\n`);
    expect(finding!.ruleId).toBe('schema-enum');
    expect(finding!.message).toContain('bedoelde je "toestemming"?');
  });

  test('a javascript: URL is refused', () => {
    const [finding] = check(`${VALID}      website: "javascript:alert(1)"\n`);
    expect(finding).toMatchObject({ ruleId: 'schema-format', line: 5 });
    expect(finding!.message).toContain('http:// of https://');
  });

  test('a date that does not exist is refused', () => {
    const [finding] = check(`${VALID}version:\n  date: 2022-02-30\n`);
    expect(finding!.message).toBe('"2022-02-30" is geen geldige datum (JJJJ-MM-DD)');
  });

  test('a protocol is checked against the protocol schema', () => {
    const findings = check('kind: protocol\ntitle: P\nparties: []\narticles: []\n');
    expect(findings.map((f) => f.ruleId)).toEqual(['schema-empty', 'schema-empty']);
  });

  test('an unknown kind gets a suggestion, once', () => {
    const onKind = check('kind: protocl\ntitle: P\n').filter((f) => f.path?.[0] === 'kind');
    expect(onKind).toHaveLength(1);
    expect(onKind[0]!.message).toContain('bedoelde je "protocol"?');
  });
});

describe('replaced keys', () => {
  const ENTITY = 'title: T\ncontroller:\n  entities:\n    - name: A\n';
  test.each([
    [
      'publicBody',
      'title: T\npublicBody: true\ncontroller:\n  entities:\n    - name: A\n',
      { line: 2, column: 1, path: ['publicBody'] },
      '`publicBody` is vervangen: zet bij elke verantwoordelijke `type: vlaamse-overheid` of `type: overheid` (zie docs/legal-model.md)',
    ],
    [
      'publicBody: false',
      'title: T\npublicBody: false\ncontroller:\n  entities:\n    - name: A\n',
      { line: 2, column: 1 },
      '`publicBody` is vervangen: zet bij elke verantwoordelijke `type: vereniging` of `type: onderneming` (zie docs/legal-model.md)',
    ],
    [
      'sector of a controller',
      `${ENTITY}      sector: publiek\n`,
      { line: 5, column: 7, path: ['controller', 'entities', 0, 'sector'] },
      '`sector` is vervangen door `type`: zet `type: vlaamse-overheid` of `type: overheid` (zie docs/legal-model.md)',
    ],
    [
      'sector of another controller',
      `${ENTITY}  others:\n    - organisation: { name: B, sector: privaat }\n`,
      { line: 6, column: 32, path: ['controller', 'others', 0, 'organisation', 'sector'] },
      '`sector` is vervangen door `type`: zet `type: vereniging` of `type: onderneming` (zie docs/legal-model.md)',
    ],
    [
      'sector of a party of a protocol',
      'kind: protocol\ntitle: P\nparties:\n  - name: A\n    sector: publiek\n  - name: B\narticles:\n  - text: x\n',
      { line: 5, column: 5, path: ['parties', 0, 'sector'] },
      '`sector` is vervangen door `type`: zet `type: vlaamse-overheid` of `type: overheid` (zie docs/legal-model.md)',
    ],
    [
      'data.special.grounds',
      `${ENTITY}data:\n  special:\n    grounds: [b]\n    categories: [{ name: Gezondheid }]\n`,
      { line: 7, column: 5, path: ['data', 'special', 'grounds'] },
      '`data.special.grounds` is vervangen: zet de uitzonderingsgrond bij elke categorie die erop steunt, als `ground: b` in `data.special.categories` (zie docs/legal-model.md)',
    ],
  ])('%s: a positioned error that says how to write it now', (_name, text, position, message) => {
    const findings = check(text);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'schema-replaced', severity: 'error', message, ...position })]);
  });

  test('several grounds are written as a list', () => {
    const [finding] = check(`${ENTITY}data:\n  special:\n    grounds: [a, g]\n`);
    expect(finding!.message).toContain('`ground: [a, g]`');
  });

  test('a key of that name elsewhere is an ordinary unknown key', () => {
    const [finding] = check(`${ENTITY}rights:\n  publicBody: true\n`);
    expect(finding!.ruleId).toBe('schema-unknown-key');
  });
});

describe('a text or a mapping (anyOf)', () => {
  const SOURCES = `${VALID}sources:\n  from:\n`;
  test('both forms are valid', () => {
    expect(check(`${SOURCES}    - van jou\n    - { name: Rijksregister, dataSubject: false, public: false }\n`)).toEqual([]);
  });

  test('a mapping is checked as a mapping only: the text form does not complain', () => {
    const findings = check(`${SOURCES}    - { nam: Rijksregister }\n`);
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['schema-required', 'verplicht veld "name" ontbreekt'],
      ['schema-unknown-key', 'onbekend veld "nam"; bedoelde je "name"?'],
    ]);
  });

  test('a wrong field of the mapping is reported at that field', () => {
    const [finding, ...rest] = check(`${SOURCES}    - name: Rijksregister\n      dataSubject: ja\n`);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'schema-type', line: 8, column: 20, message: 'verwacht true of false, gevonden tekst "ja"' });
  });

  test('a value of neither form names both, the mapping with its fields', () => {
    const findings = check(`${SOURCES}    - [van jou]\n`);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'schema-type',
        line: 7,
        column: 7,
        message: 'verwacht een mapping met name (verplicht), dataSubject, public, text of tekst, gevonden een lijst ["van jou"]',
      }),
    ]);
  });

  test('a ground is a letter or a list of letters', () => {
    const DATA = `${VALID}data:\n  special:\n    categories:\n      - name: Gezondheid\n`;
    expect(check(`${DATA}        ground: b\n`)).toEqual([]);
    expect(check(`${DATA}        ground: [a, g]\n`)).toEqual([]);
    expect(check(`${DATA}        ground: k\n`).map((f) => [f.ruleId, f.path])).toEqual([['schema-enum', ['data', 'special', 'categories', 0, 'ground']]]);
    expect(check(`${DATA}        ground: [a, k]\n`).map((f) => [f.ruleId, f.path])).toEqual([['schema-enum', ['data', 'special', 'categories', 0, 'ground', 1]]]);
  });
});

describe('suggest', () => {
  test('proposes a close candidate and nothing for a distant one', () => {
    expect(suggest('emial', ['email', 'phone'])).toBe('email');
    expect(suggest('zzzzzz', ['email', 'phone'])).toBeUndefined();
  });
});
