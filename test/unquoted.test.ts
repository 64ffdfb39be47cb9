import { describe, expect, test } from 'vitest';
import { load } from '../src/load/load.js';
import { validate } from '../src/validate/validate.js';

const check = (text: string) => {
  const { data, sourceMap, diagnostics } = load(text, 'x.yaml');
  return [...diagnostics, ...validate(data, sourceMap, 'x.yaml')].map(({ line, column, ruleId, message }) => ({ line, column, ruleId, message }));
};

const CONTROLLER = 'controller:\n  entities:\n    - name: A\n';
const ENTITY = `title: T\n${CONTROLLER}`;
const PROTOCOL = 'kind: protocol\ntitle: P\nparties: [{ name: A }, { name: B }]\narticles: [{ text: x }]\n';

describe('a word YAML reads as a number, true/false or null is shown as written, with how to keep it', () => {
  test.each<[string, string, string]>([
    // Text fields.
    ['a leading zero', `${ENTITY}      kbo: 0671516647\n`,
      'verwacht tekst, gevonden het getal 0671516647: zet de waarde tussen aanhalingstekens: kbo: "0671516647" (zonder aanhalingstekens valt de 0 vooraan weg)'],
    ['a postal code with a leading zero, in a flow mapping', `${ENTITY}      address: { city: Gent, postalCode: 0612 }\n`,
      'verwacht tekst, gevonden het getal 0612: zet de waarde tussen aanhalingstekens: postalCode: "0612" (zonder aanhalingstekens valt de 0 vooraan weg)'],
    ['a number written another way', `${ENTITY}rights:\n  exercise:\n    fee:\n      amount: 12.50\n`,
      'verwacht tekst, gevonden het getal 12.50: zet de waarde tussen aanhalingstekens: amount: "12.50" (zonder aanhalingstekens wordt het 12.5)'],
    ['a hexadecimal number', `${ENTITY}rights:\n  exercise:\n    fee:\n      amount: 0x1F\n`,
      'verwacht tekst, gevonden het getal 0x1F: zet de waarde tussen aanhalingstekens: amount: "0x1F" (zonder aanhalingstekens wordt het 31)'],
    ['a list element', `${ENTITY}recipients:\n  items: [0471, iemand]\n`,
      'verwacht tekst, gevonden het getal 0471: zet de waarde tussen aanhalingstekens: "0471" (zonder aanhalingstekens valt de 0 vooraan weg)'],
    ['true', `title: TRUE\n${CONTROLLER}`,
      'verwacht tekst, gevonden de ja/nee-waarde TRUE: zet de waarde tussen aanhalingstekens: title: "TRUE"'],
    ['~', `${ENTITY}      website: ~\n`,
      'verwacht tekst, gevonden ~, dat in YAML "niets" betekent: vul een tekst in, of laat "website" weg; bedoel je de tekst ~, zet de waarde tussen aanhalingstekens: website: "~"'],
    ['null', `title: null\n${CONTROLLER}`,
      'verwacht tekst, gevonden null, dat in YAML "niets" betekent: vul een tekst in; bedoel je de tekst null, zet de waarde tussen aanhalingstekens: title: "null"'],
    ['a number too large for a number', `title: 1e400\n${CONTROLLER}`,
      'verwacht tekst, gevonden het getal 1e400, te groot (YAML leest het als oneindig): zet de waarde tussen aanhalingstekens: title: "1e400"'],
    // Text or a mapping (a phone number, an e-mail address, a source).
    ['a phone number with a plus', `${ENTITY}      phone: +3211223344\n`,
      'verwacht tekst of een mapping met label (verplicht), phone (verplicht) of een lijst, gevonden het getal +3211223344: zet de waarde tussen aanhalingstekens: phone: "+3211223344" (zonder aanhalingstekens valt de + vooraan weg)'],
    ['infinity', `${ENTITY}      email: -.Inf\n`,
      'verwacht tekst of een mapping met label (verplicht), email (verplicht) of een lijst, gevonden oneindig (-.Inf): zet de waarde tussen aanhalingstekens: email: "-.Inf"'],
    ['not a number', `${ENTITY}sources:\n  from:\n    - .nan\n`,
      'verwacht een mapping met name (verplicht), dataSubject, public, text of tekst, gevonden "geen getal" (.nan): zet de waarde tussen aanhalingstekens: ".nan"'],
    // A date written as a number.
    ['a date without dashes', `${ENTITY}version:\n  date: 20240101\n`,
      'verwacht tekst, gevonden het getal 20240101: zet de waarde tussen aanhalingstekens: date: "20240101"'],
    // Choices, true/false, numbers.
    ['a choice', `${ENTITY}      type: 1e400\n`, 'ongeldige waarde 1e400 (toegelaten: vlaamse-overheid, overheid, vereniging, onderneming)'],
    ['true or false', `${ENTITY}      seat: .NaN\n`, 'verwacht true of false, gevonden "geen getal" (.NaN): schrijf true (ja) of false (nee)'],
    ['true or false left empty with ~', `${ENTITY}      seat: ~\n`, 'verwacht true of false, gevonden ~, dat in YAML "niets" betekent: vul true of false in, of laat "seat" weg'],
    ['on, true in YAML 1.1', `${ENTITY}      seat: on\n`, 'verwacht true of false, gevonden tekst "on": schrijf true in plaats van "on"'],
    ['a number too large', `${PROTOCOL}signature:\n  copies: 1e400\n`,
      'verwacht een geheel getal, gevonden het getal 1e400, te groot (YAML leest het als oneindig): schrijf een geheel getal'],
    ['a number that is none', `${PROTOCOL}signature:\n  copies: .nan\n`, 'verwacht een geheel getal, gevonden "geen getal" (.nan): schrijf een geheel getal'],
  ])('%s', (_, text, message) => {
    expect(check(text)).toEqual([expect.objectContaining({ message })]);
  });

  test('the message stands at the value', () => {
    expect(check(`${ENTITY}      kbo: 0671516647\n`)).toEqual([expect.objectContaining({ line: 5, column: 12, ruleId: 'schema-type' })]);
  });

  test('a quoted number is text; a number through an alias is shown as its anchor writes it', () => {
    expect(check(`${ENTITY}      kbo: "0671516647"\n`)).toEqual([]);
    const aliased = check(`${ENTITY}      kbo: &k 0671516647\n      vat: *k\n`).map((d) => d.message);
    expect(aliased[1]).toBe('verwacht tekst, gevonden het getal 0671516647: zet de waarde tussen aanhalingstekens: vat: "0671516647" (zonder aanhalingstekens valt de 0 vooraan weg)');
  });

  test.each([
    ['dates', 'version:\n  date: 2024-01-01\n  effective: 2024-02-01\n'],
    ['yes, no, on and off', 'version:\n  label: yes\n  number: no\npurposes:\n  items:\n    - name: on\n    - name: off\n'],
  ])('%s are text, also under %%YAML 1.1', (_, fields) => {
    expect(check(`${ENTITY}${fields}`)).toEqual([]);
    expect(check(`%YAML 1.1\n---\n${ENTITY}${fields}`)).toEqual([]);
  });
});
