import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { ruleIds } from '../src/rules/index.js';
import { allSections, type StatementModel } from '../src/model/statement.js';
import { dutchDate, texts } from '../src/model/texts.js';
import { templateSources } from '../src/render/templates.js';
import type { ViewOf } from '../src/model/views.js';
import { SECTION_IDS, SECTION_PARTS, type SectionId } from '../src/generated/sections.js';

const BASE = 'title: T\ncontroller:\n  entities:\n    - name: A\n';
/** The model is tested on its own: the rules (tested in rules.test.ts) are off. */
const RULES_OFF = { rules: Object.fromEntries(ruleIds.map((id) => [id, 'off' as const])) };
const model = (extra: string) => {
  const compiled = compileDocument({ file: 'x.yaml', text: BASE + extra }, { config: RULES_OFF });
  return { model: compiled.model as StatementModel | undefined, diagnostics: compiled.diagnostics };
};
/** The content of a standard section, typed as the templates get it. */
const contentOf = <K extends SectionId>(m: StatementModel, id: K) => allSections(m).find((s) => s.id === id)!.content as ViewOf<K>;

describe('model', () => {
  test('dates are written in Dutch', () => {
    expect(dutchDate('2022-07-18')).toBe('18 juli 2022');
    expect(dutchDate('2023-12-01')).toBe('1 december 2023');
  });

  test('sections follow the standard order and only those present appear', () => {
    const { model: m } = model('rights: {}\npurposes:\n  items: [{ name: X }]\ndpo: { email: dpo@a.be }\n');
    expect(m!.sections.map((s) => s.id)).toEqual(['controller', 'purposes', 'rights', 'contact']);
  });

  test('style.sections sets order and numbering; headings can be titles', () => {
    const { model: m } = model('style:\n  numbering: true\n  headings: titels\n  sections: [rights, controller]\nrights: {}\n');
    expect(m!.sections.map((s) => [s.number, s.heading])).toEqual([
      [1, 'Je rechten'],
      [2, 'Verwerkingsverantwoordelijke'],
    ]);
  });

  test('the introduction stays unnumbered; special processings can be sections of their own', () => {
    const { model: m } = model(
      'style: { numbering: true }\nintroduction: { text: Hallo }\nspecialProcessings:\n  asSections: true\n  items:\n' +
        '    - { type: cookies, heading: Welke cookies? }\n    - { type: camera }\n',
    );
    expect(m!.sections.map((s) => [s.number, s.heading, s.anchor])).toEqual([
      [undefined, 'Inleiding', 'introduction'],
      [1, 'Wie is verantwoordelijk voor je persoonsgegevens?', 'controller'],
      [2, 'Welke cookies?', 'cookies-1'],
      [3, 'Cameratoezicht', 'camera-2'],
    ]);
  });

  test('an unknown section in style.sections is an error with a suggestion, at the item', () => {
    const { model: m, diagnostics } = model('style:\n  sections: [controller, right]\n');
    expect(m).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { ruleId: 'unknown-section', line: 6, column: 26, message: 'onbekende sectie "right"; bedoelde je "rights"?' },
    ]);
  });

  test('rights without a list get the rights their legal bases give, with their articles', () => {
    const { model: m } = model('rights: {}\npurposes:\n  items: [{ name: X, basis: [{ basis: overeenkomst }] }]\n');
    const rights = contentOf(m!, 'rights').items;
    expect(rights.map((r) => r.article)).toEqual(['AVG art. 15', 'AVG art. 16', 'AVG art. 17', 'AVG art. 18', 'AVG art. 20']);
  });

  test('a supervisory authority gets its standard contact details, overridable per document', () => {
    const { model: m } = model('complaints:\n  authorities:\n    - authority: gba\n      website: https://www.privacycommission.be\n');
    const [gba] = contentOf(m!, 'complaints').authorities!;
    expect(gba).toMatchObject({
      name: 'Gegevensbeschermingsautoriteit',
      addressLine: 'Drukpersstraat 35, 1000 Brussel',
      email: 'contact@apd-gba.be',
      website: 'https://www.privacycommission.be',
    });
  });

  test('purposes grouped by legal basis keep their order of first appearance', () => {
    const { model: m } = model(
      'purposes:\n  groupByBasis: true\n  items:\n' +
        '    - { name: P1, basis: [{ basis: wettelijke-verplichting }] }\n' +
        '    - { name: P2, basis: [{ basis: toestemming }] }\n' +
        '    - { name: P3, basis: [{ basis: wettelijke-verplichting }] }\n',
    );
    const groups = contentOf(m!, 'purposes').groups!;
    expect(groups.map((g) => [g.article, g.items.map((i) => i.name)])).toEqual([
      ['AVG art. 6.1.c', ['P1', 'P3']],
      ['AVG art. 6.1.a', ['P2']],
    ]);
  });
});

describe('one list of sections: the schema', () => {
  test('every section of the schema has its standard headings and a template per format, and nothing else has', () => {
    expect(Object.keys(texts().sections).sort()).toEqual([...SECTION_IDS].sort());
    for (const format of ['html', 'md'] as const) {
      const partials = new Set(Object.keys(templateSources(format).partials));
      expect(SECTION_IDS.filter((id) => !partials.has(id)), format).toEqual([]);
    }
  });

  test('every part of every section (read from the schema) has a partial per format, and every part partial a part', () => {
    const common = ['summary', 'text', 'closing', 'examples'];
    const expected = Object.entries(SECTION_PARTS).flatMap(([kind, { parts }]) => parts.filter((p) => !common.includes(p)).map((p) => `${kind}.${p}`));
    expect(SECTION_PARTS.rights.parts).toEqual(['summary', 'text', 'items', 'exercise', 'automatedDecisions', 'automated', 'objection', 'dpo', 'closing', 'examples']);
    expect(SECTION_PARTS.sources.partOf).toEqual({ fromIntro: 'from', channelsIntro: 'channels' });
    for (const format of ['html', 'md'] as const) {
      const partials = Object.keys(templateSources(format).partials);
      expect(expected.filter((name) => !partials.includes(name)), format).toEqual([]);
      const kinds = new Set([...SECTION_IDS, 'extra']);
      const parts = partials.filter((name) => kinds.has(name.split('.')[0]!) && name.includes('.'));
      expect(parts.filter((name) => !expected.includes(name)), format).toEqual([]);
      expect(common.filter((part) => !partials.includes(`section.${part}`)), format).toEqual([]);
    }
  });
});

test('a section named in style.sections that the document does not have is left out with a warning, not a crash', () => {
  const { model: m, diagnostics } = model('style:\n  sections: [controller, purposes, rights]\n');
  expect(m!.sections.map((s) => s.id)).toEqual(['controller']);
  expect(diagnostics).toMatchObject([
    { ruleId: 'unknown-section', severity: 'warning', line: 6, message: expect.stringContaining('"purposes"') },
    { ruleId: 'unknown-section', severity: 'warning', line: 6, message: expect.stringContaining('"rights"') },
  ]);
});
