import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import type { Statement } from '../src/model/input.js';
import { applicableRights } from '../src/model/rights.js';
import { allSections, type StatementModel } from '../src/model/statement.js';
import type { ViewOf } from '../src/model/views.js';
import { ruleIds } from '../src/rules/index.js';

const BASE = 'title: T\ncontroller:\n  entities:\n    - name: A\n';
const RULES_OFF = { rules: Object.fromEntries(ruleIds.map((id) => [id, 'off' as const])) };
const compile = (extra: string) => {
  const { document, model, diagnostics } = compileDocument({ file: 'x.yaml', text: BASE + extra }, { config: RULES_OFF });
  expect(diagnostics).toEqual([]);
  return { statement: document as Statement, model: model as StatementModel };
};
const rightsOf = (extra: string) => applicableRights(compile(extra).statement).map(({ right }) => right);
const purposes = (...bases: string[]) => `purposes:\n  items:\n${bases.map((basis, i) => `    - { name: P${i}, basis: [{ basis: ${basis} }] }\n`).join('')}`;
const ALWAYS = ['inzage', 'verbetering', 'wissing', 'beperking'];

describe('the rights the legal bases give (docs/legal-model.md, "Rights")', () => {
  test('access, rectification, erasure and restriction always, and nothing else without a basis', () => {
    expect(rightsOf('')).toEqual(ALWAYS);
    expect(rightsOf(purposes('wettelijke-verplichting', 'vitaal-belang'))).toEqual(ALWAYS);
  });

  test('portability with consent or a contract; withdrawal with consent', () => {
    expect(rightsOf(purposes('overeenkomst'))).toEqual([...ALWAYS, 'overdraagbaarheid']);
    expect(rightsOf(purposes('toestemming'))).toEqual([...ALWAYS, 'overdraagbaarheid', 'intrekking']);
  });

  test('objection with a task in the public interest, a legitimate interest or direct marketing', () => {
    expect(rightsOf(purposes('algemeen-belang'))).toEqual([...ALWAYS, 'bezwaar']);
    expect(rightsOf(purposes('gerechtvaardigd-belang'))).toEqual([...ALWAYS, 'bezwaar']);
    expect(rightsOf('purposes:\n  items:\n    - { name: Nieuwsbrief, directMarketing: true }\n')).toEqual([...ALWAYS, 'bezwaar']);
  });

  test('a special category on explicit consent (9.2.a) gives portability and withdrawal', () => {
    const special = 'data:\n  special:\n    categories:\n      - { name: Gezondheid, ground: [a, g] }\n';
    expect(rightsOf(special)).toEqual([...ALWAYS, 'overdraagbaarheid', 'intrekking']);
    expect(rightsOf(special.replace('[a, g]', 'b'))).toEqual(ALWAYS);
    // … but not when the document says special categories are not processed
    expect(rightsOf(special.replace('  special:\n', '  special:\n    processed: false\n'))).toEqual(ALWAYS);
  });

  test('the bases of legalBases count too, and each right says what gives it', () => {
    const rights = applicableRights(compile(`legalBases:\n  items: [{ basis: gerechtvaardigd-belang }]\n${purposes('toestemming')}`).statement);
    expect(rights.filter((r) => r.because)).toEqual([
      { right: 'overdraagbaarheid', because: ['purposes', 'items', 0, 'basis', 0, 'basis'] },
      { right: 'bezwaar', because: ['legalBases', 'items', 0, 'basis'] },
      { right: 'intrekking', because: ['purposes', 'items', 0, 'basis', 0, 'basis'] },
    ]);
  });
});

describe('the rights section', () => {
  const rightsView = (extra: string) => allSections(compile(extra).model).find((s) => s.id === 'rights')!.content as ViewOf<'rights'>;

  test('without a list of its own it lists the derived rights, the objection apart (art. 21.4)', () => {
    const view = rightsView(`rights: {}\n${purposes('algemeen-belang', 'toestemming')}`);
    expect(view.items.map((item) => item.right)).toEqual([...ALWAYS, 'overdraagbaarheid', 'intrekking']);
    expect(view.objection).toMatchObject({ right: 'bezwaar', label: 'Recht van bezwaar', article: 'AVG art. 21' });
  });

  test('an own list is printed as written, its objection apart too', () => {
    const view = rightsView('rights:\n  items: [{ right: bezwaar, text: Bezwaar. }, { right: inzage }]\n');
    expect(view.items.map((item) => item.right)).toEqual(['inzage']);
    expect(view.objection?.text).toBe('Bezwaar.');
  });

  test('an objection with nothing to say (its text switched off) stays in the list, not under an empty heading', () => {
    const view = rightsView('texts: { rights: { bezwaar: { text: false } } }\nrights:\n  items: [{ right: inzage }, { right: bezwaar }, { right: wissing }]\n');
    expect(view.items.map((item) => item.right)).toEqual(['inzage', 'bezwaar', 'wissing']);
    expect(view.objection).toBeUndefined();
  });
});
