import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from '../src/load/load.js';
import { schemaPath } from '../src/paths.js';
import { suggest } from '../src/suggest.js';
import { SchemaNode, type Schema } from '../src/diff/schema.js';
import { dutchFields } from '../src/validate/dutch.js';
import { fieldNode } from '../src/validate/place.js';
import { SYNONYMS } from '../src/validate/synonyms.js';
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
      expect.objectContaining({
        ruleId: 'schema-required', line: 1, column: 1,
        message: 'verplicht veld "controller" (verwerkingsverantwoordelijke) ontbreekt op het hoogste niveau: voeg "controller:" toe met daaronder entities (verantwoordelijken)',
      }),
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
    expect(finding!.message).toBe(
      'verwacht een lijst met per element een vertegenwoordiger (- role: …), gevonden tekst "Jan": zet elk element op een eigen regel na "- ", met zijn velden erachter',
    );
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
    expect(finding!.message).toBe('"2022-02-30" is geen geldige datum (JJJJ-MM-DD): schrijf bv. 2022-07-18');
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
    // The missing `name` is the mistyped `nam`: one error says both.
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([['schema-unknown-key', 'onbekend veld "nam"; bedoelde je "name"?']]);
  });

  test('a wrong field of the mapping is reported at that field', () => {
    const [finding, ...rest] = check(`${SOURCES}    - name: Rijksregister\n      dataSubject: ja\n`);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'schema-type', line: 8, column: 20, message: 'verwacht true of false, gevonden tekst "ja": schrijf true in plaats van "ja"' });
  });

  test('a value of neither form names both, the mapping with its fields', () => {
    const findings = check(`${SOURCES}    - [van jou]\n`);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'schema-type',
        line: 7,
        column: 7,
        message: 'verwacht een mapping met name (verplicht), dataSubject, public, text of tekst, gevonden een lijst ["van jou"]: haal de geneste lijst ("[ ]" of de tweede "- ") weg',
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

describe('a Dutch key gets the field it means there', () => {
  const ENTITY = 'title: T\ncontroller:\n  entities:\n    - name: A\n';
  const PURPOSE = `${ENTITY}purposes:\n  items:\n    - name: X\n`;
  const ENGLISH = 'privnote gebruikt Engelse veldnamen; bedoelde je';
  // [where, the document, the key's line and column, the message]; from the schema's Dutch titles unless marked.
  test.each<[string, string, [number, number], string]>([
    ['stad onder een organisatie (table, one level down)', `${ENTITY}      stad: Gent\n`, [5, 7], `onbekend veld "stad": ${ENGLISH} "city" (gemeente) onder "address"?`],
    ['stad onder een adres (table)', `${ENTITY}      address:\n        stad: Gent\n`, [6, 9], `onbekend veld "stad": ${ENGLISH} "city" (gemeente)?`],
    ['gemeente onder een adres', `${ENTITY}      address:\n        gemeente: Gent\n`, [6, 9], `onbekend veld "gemeente": ${ENGLISH} "city"?`],
    ['straat onder een adres', `${ENTITY}      address:\n        city: Gent\n        straat: Markt 1\n`, [7, 9], `onbekend veld "straat": ${ENGLISH} "street"?`],
    ['postcode onder een adres', `${ENTITY}      address:\n        city: Gent\n        postcode: "9000"\n`, [7, 9], `onbekend veld "postcode": ${ENGLISH} "postalCode"?`],
    ['naam onder een organisatie', 'title: T\ncontroller:\n  entities:\n    - naam: A\n', [4, 7], `onbekend veld "naam": ${ENGLISH} "name"?`],
    ['adres onder een organisatie', `${ENTITY}      adres:\n        city: Gent\n`, [5, 7], `onbekend veld "adres": ${ENGLISH} "address"?`],
    ['telefoon onder een organisatie', `${ENTITY}      telefoon: 09 123 45 67\n`, [5, 7], `onbekend veld "telefoon": ${ENGLISH} "phone"?`],
    ['e-mail onder een organisatie', `${ENTITY}      e-mail: a@b.be\n`, [5, 7], `onbekend veld "e-mail": ${ENGLISH} "email"?`],
    ['titel op het hoogste niveau', 'titel: T\ncontroller:\n  entities:\n    - name: A\n', [1, 1], `onbekend veld "titel": ${ENGLISH} "title"?`],
    ['titel in een sectie', `${ENTITY}rights:\n  titel: Jouw rechten\n`, [6, 3], `onbekend veld "titel": ${ENGLISH} "heading"?`],
    ['verantwoordelijke op het hoogste niveau (table)', 'title: T\nverantwoordelijke:\n  entities:\n    - name: A\n', [2, 1], `onbekend veld "verantwoordelijke": ${ENGLISH} "controller" (verwerkingsverantwoordelijke)?`],
    ['inleiding', `${ENTITY}inleiding:\n  text: Hallo\n`, [5, 1], `onbekend veld "inleiding": ${ENGLISH} "introduction"?`],
    ['doeleinden op het hoogste niveau', `${ENTITY}doeleinden:\n  items: []\n`, [5, 1], `onbekend veld "doeleinden": ${ENGLISH} "purposes"?`],
    ['doeleinden onder purposes', `${ENTITY}purposes:\n  doeleinden: []\n`, [6, 3], `onbekend veld "doeleinden": ${ENGLISH} "items"?`],
    ['rechtsgronden op het hoogste niveau', `${ENTITY}rechtsgronden: {}\n`, [5, 1], `onbekend veld "rechtsgronden": ${ENGLISH} "legalBases"?`],
    ['rechtsgrond onder een doeleinde (singular of its title)', `${PURPOSE}      rechtsgrond: toestemming\n`, [8, 7], `onbekend veld "rechtsgrond": ${ENGLISH} "basis" (rechtsgronden)?`],
    ['bewaartermijn onder een doeleinde', `${PURPOSE}      bewaartermijn: 5 jaar\n`, [8, 7], `onbekend veld "bewaartermijn": ${ENGLISH} "retention"?`],
    ['bewaartermijn onder een cookie', `${ENTITY}cookies:\n  items:\n    - name: _ga\n      bewaartermijn: 2 jaar\n`, [8, 7], `onbekend veld "bewaartermijn": ${ENGLISH} "lifetime"?`],
    ['ontvangers onder een doeleinde', `${PURPOSE}      ontvangers: de stad\n`, [8, 7], `onbekend veld "ontvangers": ${ENGLISH} "recipients"?`],
    ['bron onder een doeleinde', `${PURPOSE}      bron: jij\n`, [8, 7], `onbekend veld "bron": ${ENGLISH} "source"?`],
    ['verwerkers onder recipients', `${ENTITY}recipients:\n  verwerkers: []\n`, [6, 3], `onbekend veld "verwerkers": ${ENGLISH} "processors"?`],
    ['verwerkers op het hoogste niveau (table, one level down)', `${ENTITY}verwerkers: []\n`, [5, 1], `onbekend veld "verwerkers": ${ENGLISH} "processors" onder "recipients"?`],
    ['rechten ("Je rechten")', `${ENTITY}rechten: {}\n`, [5, 1], `onbekend veld "rechten": ${ENGLISH} "rights" (je rechten)?`],
    ['categorieën onder data', `${ENTITY}data:\n  categorieën: []\n`, [6, 3], `onbekend veld "categorieën": ${ENGLISH} "categories"?`],
    ['Categorieen, capital and no diaeresis', `${ENTITY}data:\n  Categorieen: []\n`, [6, 3], `onbekend veld "Categorieen": ${ENGLISH} "categories"?`],
    ['categorieën op het hoogste niveau (table, one level down)', `${ENTITY}categorieën: []\n`, [5, 1], `onbekend veld "categorieën": ${ENGLISH} "categories" onder "data"?`],
    ['bronnen op het hoogste niveau', `${ENTITY}bronnen: {}\n`, [5, 1], `onbekend veld "bronnen": ${ENGLISH} "sources"?`],
    ['bronnen onder sources', `${ENTITY}sources:\n  bronnen: [jij]\n`, [6, 3], `onbekend veld "bronnen": ${ENGLISH} "from"?`],
    ['klachten', `${ENTITY}klachten: {}\n`, [5, 1], `onbekend veld "klachten": ${ENGLISH} "complaints"?`],
    ['naam onder een toezichthouder (table: its title is "eigen naam")', `${ENTITY}complaints:\n  authorities:\n    - authority: gba\n      naam: GBA\n`, [8, 7], `onbekend veld "naam": ${ENGLISH} "name" (eigen naam)?`],
    ['tekst onder een rechtsgrond (table: its title is "uitleg")', `${ENTITY}legalBases:\n  items:\n    - basis: toestemming\n      tekst: Omdat je het vraagt.\n`, [8, 7], `onbekend veld "tekst": ${ENGLISH} "text" (uitleg)?`],
    ['land onder een verwerker', `${ENTITY}recipients:\n  processors:\n    - name: P\n      land: US\n`, [8, 7], `onbekend veld "land": ${ENGLISH} "country"?`],
  ])('%s', (_, text, [line, column], message) => {
    const findings = check(text);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'schema-unknown-key', line, column, message })]);
  });

  test('a Dutch word for a field that is not allowed there is no suggestion; what is allowed is listed', () => {
    const [finding] = check(`${ENTITY}purposes:\n  naam: X\n  items:\n    - name: X\n`);
    expect(finding!.message).toMatch(/^onbekend veld "naam" onder "purposes" \(doeleinden\): toegelaten zijn items \(doeleinden, verplicht\), /);
  });

  test('a typo of an English key still gets the edit-distance suggestion, not a Dutch one', () => {
    expect(check(`${ENTITY}      adress:\n        city: Gent\n`)[0]!.message).toBe('onbekend veld "adress"; bedoelde je "address"?');
  });

  test('a required field written in Dutch is one error, not also "missing"', () => {
    expect(check('title: T\ncontroller:\n  entities:\n    - naam: A\n').map((f) => f.ruleId)).toEqual(['schema-unknown-key']);
  });

  test('the table holds only words the titles do not give: each entry suggests, somewhere, what no title does', () => {
    const root = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
    const places: SchemaNode[] = [];
    const visit = (node: SchemaNode, depth: number) => {
      if (depth > 8 || places.some((p) => p.parts[0] === node.parts[0])) return;
      places.push(node);
      for (const key of node.propertyNames) {
        const field = fieldNode(node, key, root);
        visit(field, depth + 1);
        if (field.items.length) visit(SchemaNode.of(field.items, [], root), depth + 1);
      }
    };
    visit(SchemaNode.of([root], [{}], root), 0);
    visit(SchemaNode.of([root], [{ kind: 'protocol' }], root), 0);
    const joined = (paths: string[][]) => paths.map((p) => p.join('.')).sort().join(' ');
    for (const word of Object.keys(SYNONYMS)) {
      const needed = places.some((node) => joined(dutchFields(word, node, root)) !== joined(dutchFields(word, node, root, {})));
      expect(needed, `"${word}" is given by the titles wherever its fields are allowed`).toBe(true);
    }
    const source = readFileSync('src/validate/synonyms.ts', 'utf8');
    expect(source.split('\n').filter((line) => /^ {2}\S.*: \[.*\],$/.test(line))).toHaveLength(Object.keys(SYNONYMS).length);
  });
});

describe('nesting where the schema has none: what is allowed there instead', () => {
  const ENTITY = 'title: T\ncontroller:\n  entities:\n    - name: A\n';
  const PURPOSE = `${ENTITY}purposes:\n  items:\n    - name: X\n`;
  test.each<[string, string, [number, number], string, string]>([
    [
      'purposes under a purpose',
      `${PURPOSE}      purposes:\n        - name: Y\n`, [8, 7], 'schema-unknown-key',
      'onbekend veld "purposes" onder een doeleinde: toegelaten zijn name (naam, verplicht), id (sleutel), description (toelichting), basis (rechtsgronden), directMarketing, data (gegevens), source (bron), retention (bewaartermijn) en nog 5 andere',
    ],
    [
      'an unknown key under an address',
      `${ENTITY}      address:\n        city: Gent\n        bus: 3\n`, [7, 9], 'schema-unknown-key',
      'onbekend veld "bus" onder "address" (adres): toegelaten zijn city (gemeente, verplicht), building (gebouw), street (straat), postalCode (postcode), country (land)',
    ],
    [
      'a list where a text is expected (a Markdown field)',
      `${PURPOSE}      retention:\n        - 5 jaar\n        - 10 jaar\n`, [9, 9], 'schema-type',
      'verwacht tekst, gevonden een lijst ["5 jaar","10 jaar"]: schrijf één tekst; voor een opsomming zet je "|" na "retention:" en de punten ("- …") ingesprongen eronder',
    ],
    [
      'a list where a plain text is expected',
      `${ENTITY.replace('name: A', 'name: [A, B]')}`, [4, 13], 'schema-type',
      'verwacht tekst, gevonden een lijst ["A","B"]: schrijf één tekst na "name:"',
    ],
    [
      'a mapping where a list of texts is expected',
      `${ENTITY}retention:\n  items:\n    boekhouding: 7 jaar\n    personeel: 5 jaar\n`, [7, 5], 'schema-type',
      'verwacht een lijst van teksten (bv. - eerste, - tweede), gevonden een mapping (sleutel: waarde) {"boekhouding":"7 jaar","personeel":"5 jaar"}: haal de sleutels weg en zet "- " vóór elke tekst',
    ],
    [
      'a mapping where a list of purposes is expected: one purpose without its "- "',
      `${ENTITY}purposes:\n  items:\n    name: X\n    data: naam\n`, [7, 5], 'schema-type',
      'verwacht een lijst met per element een doeleinde (- name: …), gevonden een mapping (sleutel: waarde) {"name":"X","data":"naam"}: is dit één element, zet dan "- " vóór "name:" en spring de andere velden mee in',
    ],
    [
      'a text where a list of texts is expected',
      `${ENTITY}retention:\n  items: 7 jaar\n`, [6, 10], 'schema-type',
      'verwacht een lijst van teksten (bv. - eerste, - tweede), gevonden tekst "7 jaar": zet "- " vóór de tekst, en elk volgend element op een eigen regel na "- "',
    ],
    [
      'a code where a list of mappings named by it is expected',
      `${PURPOSE}      basis: toestemming\n`, [8, 14], 'schema-type',
      'verwacht een lijst met per element een rechtsgrond (- basis: …), gevonden tekst "toestemming": schrijf het als element van de lijst, op een eigen regel onder "basis:": - basis: toestemming',
    ],
    [
      'a key under a text: the field belongs next to it',
      `${ENTITY}version:\n  date: 2022-01-01\n  label:\n    date: x\n`, [8, 5], 'schema-type',
      'verwacht tekst, gevonden een mapping (sleutel: waarde) {"date":"x"}: "label" heeft geen velden: spring "date" even ver in als "label"',
    ],
    [
      'a key under a text: a field the text does not have',
      'title:\n  text: Privacyverklaring\ncontroller:\n  entities:\n    - name: A\n', [2, 3], 'schema-type',
      'verwacht tekst, gevonden een mapping (sleutel: waarde) {"text":"Privacyverklaring"}: "title" heeft geen velden: schrijf de tekst direct na "title:"',
    ],
    [
      'a text with ": " in a list is read as a mapping',
      `${ENTITY}retention:\n  items:\n    - Boekhouding: 7 jaar\n`, [7, 7], 'schema-type',
      'verwacht tekst, gevonden een mapping (sleutel: waarde) {"Boekhouding":"7 jaar"}: staat er ": " in de tekst, zet de tekst dan tussen aanhalingstekens ("Boekhouding: 7 jaar")',
    ],
    [
      'a text where a mapping is expected',
      `${ENTITY}      address: Markt 1, Gent\n`, [5, 16], 'schema-type',
      'verwacht een mapping met city (gemeente, verplicht), building (gebouw), street (straat), postalCode (postcode), country (land), gevonden tekst "Markt 1, Gent": zet de velden ingesprongen onder "address:", elk op een eigen regel (bv. city: …)',
    ],
    [
      'a list where a mapping is expected',
      `${ENTITY}      address:\n        - city: Gent\n`, [6, 9], 'schema-type',
      'verwacht een mapping met city (gemeente, verplicht), building (gebouw), street (straat), postalCode (postcode), country (land), gevonden een lijst [{"city":"Gent"}]: haal de "- " weg: "address" bevat velden, geen lijst',
    ],
  ])('%s', (_, text, [line, column], ruleId, message) => {
    expect(check(text)).toEqual([expect.objectContaining({ ruleId, line, column, message })]);
  });
});

describe('every schema message says how to fix it', () => {
  const ENTITY = 'title: T\ncontroller:\n  entities:\n    - name: A\n';
  test.each<[string, string, string, string]>([
    ['a missing field under an address', `${ENTITY}      address:\n        street: Markt 1\n`, 'schema-required', 'verplicht veld "city" (gemeente) ontbreekt onder "address" (adres): voeg "city: …" toe'],
    ['a missing list', `${ENTITY}purposes:\n  numbered: true\n`, 'schema-required', 'verplicht veld "items" (doeleinden) ontbreekt onder "purposes" (doeleinden): voeg "items:" toe met daaronder de elementen, elk na "- "'],
    ['an empty optional text', `${ENTITY}      website:\n`, 'schema-type', 'verwacht tekst, gevonden niets: vul een tekst in, of laat "website" weg'],
    ['an empty required text', 'title: T\ncontroller:\n  entities:\n    - name:\n', 'schema-type', 'verwacht tekst, gevonden niets: vul een tekst in'],
    ['an empty quoted text', 'title: T\ncontroller:\n  entities:\n    - name: ""\n', 'schema-empty', '"name" mag niet leeg zijn: vul een tekst in'],
    ['an empty list', `${ENTITY}purposes:\n  items: []\n`, 'schema-empty', 'verwacht minstens 1 element in "items": voeg een element toe na "- "'],
    ['a yes in Dutch', `${ENTITY}data:\n  special:\n    processed: ja\n`, 'schema-type', 'verwacht true of false, gevonden tekst "ja": schrijf true in plaats van "ja"'],
    ['a number where a text is expected', `${ENTITY}rights:\n  exercise:\n    fee:\n      amount: 5\n`, 'schema-type', 'verwacht tekst, gevonden het getal 5: zet de waarde tussen aanhalingstekens: amount: "5"'],
    ['a phone number', `${ENTITY}      phone: bel ons\n`, 'schema-format', '"bel ons" is geen geldig telefoonnummer: schrijf bv. 011 43 02 01'],
    ['an e-mail address', `${ENTITY}      email: info\n`, 'schema-format', '"info" is geen geldig e-mailadres: schrijf bv. dpo@limburg.be'],
    ['a key of a group heading', `${ENTITY}purposes:\n  items:\n    - name: X\n  groupHeadings:\n    toestemmig: Met je toestemming\n`, 'schema-enum', 'ongeldige sleutel "toestemmig"; bedoelde je "toestemming"? (toegelaten: toestemming, overeenkomst, wettelijke-verplichting, vitaal-belang, algemeen-belang, gerechtvaardigd-belang)'],
    ['two rules in one ignore', `${ENTITY}      x-privnote-ignore:\n        - { phone-number: a, website: b }\n`, 'schema-maxProperties', 'verwacht één "sleutel: waarde" per element, gevonden 2: zet elk in een eigen element, na "- "'],
    ['a number where a text or a mapping is expected', `${ENTITY}sources:\n  from:\n    - 5\n`, 'schema-type', 'verwacht een mapping met name (verplicht), dataSubject, public, text of tekst, gevonden het getal 5: zet de waarde tussen aanhalingstekens: "5"'],
    ['an empty element where a text or a mapping is expected', `${ENTITY}sources:\n  from:\n    - jij\n    -\n`, 'schema-type', 'verwacht een mapping met name (verplicht), dataSubject, public, text of tekst, gevonden niets: vul het in, of verwijder het element'],
    ['a mapping where a letter or a list of letters is expected', `${ENTITY}data:\n  special:\n    categories:\n      - name: Gezondheid\n        ground: { a: 1 }\n`, 'schema-type', 'verwacht een van a, b, c, d, e, f, g, h, i, j of een lijst, gevonden een mapping (sleutel: waarde) {"a":1}: schrijf de waarde zelf, zonder sleutel en ":"'],
    ['a section twice', `${ENTITY}style:\n  sections: [purposes, rights, purposes]\n`, 'schema-duplicate', 'dubbel element in de lijst: "purposes" staat er twee keer in (element 1 en 3): verwijder er een'],
    ['a number below its minimum', 'kind: protocol\ntitle: P\nparties: [{ name: A }, { name: B }]\narticles: [{ text: x }]\nsignature:\n  copies: 0\n', 'schema-minimum', 'verwacht minstens 1, gevonden 0: schrijf een getal vanaf 1'],
  ])('%s', (_, text, ruleId, message) => {
    expect(check(text)).toEqual([expect.objectContaining({ ruleId, message })]);
  });
});
