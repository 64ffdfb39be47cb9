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

describe('suggest', () => {
  test('proposes a close candidate and nothing for a distant one', () => {
    expect(suggest('emial', ['email', 'phone'])).toBe('email');
    expect(suggest('zzzzzz', ['email', 'phone'])).toBeUndefined();
  });
});
