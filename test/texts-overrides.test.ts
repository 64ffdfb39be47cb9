import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { check } from '../src/check.js';
import { compileDocument } from '../src/compile.js';
import { parseConfig } from '../src/config/config.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { tempDir } from './cli-helpers.js';
import { htmlText, markdownText } from './helpers.js';

/** The minimal notice with a processor that has an agreement ("met verwerkersovereenkomst"). */
const NOTICE = readFileSync('test/fixtures/minimal.yaml', 'utf8').replace(
  'recipients:\n',
  'recipients:\n  processors: [{ name: Mailverzender, service: nieuwsbrief, agreement: true }]\n',
);

const shown = (diagnostics: { line: number; column: number; ruleId: string; message: string }[]) =>
  diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

/** Compiles and renders a notice text with a project config text; fails on errors. */
function render(notice: string, configText = 'rules: {}') {
  const { config, diagnostics: configProblems } = parseConfig(configText, 'privnote.config.yaml');
  expect(shown(configProblems)).toEqual([]);
  const { model, diagnostics } = compileDocument({ file: 'notice.yaml', text: notice }, { config });
  expect(shown(diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
  return { html: htmlText(renderHtml(model!)), markdown: markdownText(renderMarkdown(model!)) };
}

describe('standard texts overridden per project and per document', () => {
  test('built-in ← project ← document, deep; false switches a text off; {je|u} is resolved in overrides too', () => {
    const plain = render(NOTICE);
    expect(plain.html).toContain('Wat zijn je rechten?');
    expect(plain.html).toContain('met verwerkersovereenkomst');
    expect(plain.html).toContain('Recht op inzage');

    const project = [
      'texts:',
      '  labels: { processorAgreement: false }',
      '  sections: { rights: { vragen: "Welke rechten {heb je|hebt u}?" } }',
      '  rights: { inzage: { label: Gegevens inkijken }, wissing: { label: Gegevens laten wissen } }',
    ].join('\n');
    const own = `${NOTICE}texts:\n  rights: { inzage: { label: "Inzage in {jouw|uw} gegevens" } }\n`;
    for (const [form, rights, inzage] of [
      ['je', 'Welke rechten heb je?', 'Inzage in jouw gegevens'],
      ['u', 'Welke rechten hebt u?', 'Inzage in uw gegevens'],
    ]) {
      const notice = form === 'u' ? `${own}style: { formOfAddress: u }\n` : own;
      for (const text of Object.values(render(notice, project))) {
        expect(text).toContain(rights); // the project's heading
        expect(text).toContain(inzage); // the document's label wins over the project's
        expect(text).not.toContain('Gegevens inkijken');
        expect(text).toContain('Gegevens laten wissen'); // the project's, where the document says nothing
        expect(text).toContain('Recht op verbetering'); // built in, where neither does
        expect(text).toMatch(/Mailverzender ?: nieuwsbrief/); // the processor stays, its switched-off label goes
        expect(text).not.toContain('verwerkersovereenkomst');
        expect(text).not.toMatch(/\{[^{}|]*\|[^{}|]*\}/);
      }
    }
  });

  test('a switched-off label hides only the printed text: the rules and the review table see the same structure', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notice.yaml'), NOTICE);
    const before = await check([join(dir, 'notice.yaml')]);
    writeFileSync(join(dir, 'privnote.config.yaml'), 'texts:\n  labels: { processorAgreement: false, basis: false }\n  rights: { inzage: { label: false, text: false } }\n');
    const after = await check([join(dir, 'notice.yaml')]);
    expect(after.diagnostics).toEqual(before.diagnostics);
    expect(after.completeness).toEqual(before.completeness);
  });

  test('the rules do not read a document\'s texts as fields (labels.kbo is no enterprise number, labels.email no address)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notice.yaml'), `${NOTICE}texts:\n  labels: { kbo: KBO-nummer, email: Mailadres, phone: Tel. }\n`);
    const { diagnostics } = await check([join(dir, 'notice.yaml')]);
    expect(shown(diagnostics)).toEqual([]);
  });

  test('an unknown text or a wrong value in privnote.config.yaml is a diagnostic there, with a suggestion', () => {
    const text = [
      'texts:', //                                           1
      '  labels:', //                                        2
      '    basiss: Grondslag', //                            3
      '    processorAgreement: 12', //                       4
      '    inzage: Gegevens inkijken', //                    5
      '  sections: { rights: false }', //                    6
      '  rigths: { inzage: { label: x } }', //               7
      '  months: [jan, feb]', //                             8
      '  labels2: {}', //                                    9
      'template: ./huisstijl', //                            10
    ].join('\n');
    const { config, diagnostics } = parseConfig(text, 'privnote.config.yaml');
    expect(shown(diagnostics)).toEqual([
      '10:1 config onbekende instelling "template"; bedoelde je "templates"?',
      '3:5 unknown-text onbekende standaardtekst "labels.basiss"; bedoelde je "basis"?',
      '4:25 text-type "labels.processorAgreement": verwacht een tekst, of false om hem uit te schakelen, niet het getal 12',
      '5:5 unknown-text onbekende standaardtekst "labels.inzage"; bedoelde je "rights.inzage"?',
      '6:23 text-type "sections.rights": een groep teksten (vragen, titels) gaat niet als geheel uit: zet elke tekst erin op false',
      '7:3 unknown-text onbekende standaardtekst "rigths"; bedoelde je "rights"?',
      '8:11 text-type "months": verwacht een lijst van 12 teksten, niet een lijst van 2',
      '9:3 unknown-text onbekende standaardtekst "labels2"; bedoelde je "labels"?',
    ]);
    expect(diagnostics.every((d) => d.file === 'privnote.config.yaml' && d.severity === 'error')).toBe(true);
    // What is valid still applies; nothing else does.
    expect(config.texts).toEqual({ labels: {}, sections: {} });
  });

  test('an unknown text or a wrong value in a document\'s texts is an error at its place in the YAML', () => {
    const text = `${NOTICE}texts:\n  labels: { basis: Grondslag, kbo: [1] }\n  rights:\n    inzage:\n      lable: Inzage\n`;
    const lines = NOTICE.split('\n').length;
    const { diagnostics, model } = compileDocument({ file: 'notice.yaml', text });
    expect(model).toBeUndefined();
    expect(shown(diagnostics)).toEqual([
      `${lines + 1}:36 text-type "labels.kbo": verwacht een tekst, of false om hem uit te schakelen, niet een lijst van 1`,
      `${lines + 4}:7 unknown-text onbekende standaardtekst "rights.inzage.lable"; bedoelde je "label"?`,
    ]);
  });

  test('texts in the config are part of the build cache key: an edited text makes the outputs stale', async () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    writeFileSync(join(dir, 'notice.yaml'), NOTICE);
    writeFileSync(join(dir, 'privnote.config.yaml'), 'texts:\n  labels: { basis: Grondslag }\n');
    const options = { outDir: join(dir, 'out'), formats: ['html', 'md'] as const, cache };
    expect((await build([join(dir, 'notice.yaml')], options)).written).toHaveLength(2);
    expect((await build([join(dir, 'notice.yaml')], options)).cached).toHaveLength(1);
    writeFileSync(join(dir, 'privnote.config.yaml'), 'texts:\n  labels: { basis: Rechtsgrond van de verwerking }\n');
    const again = await build([join(dir, 'notice.yaml')], options);
    expect(again.cached).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'notice.md'), 'utf8')).toContain('Rechtsgrond van de verwerking');
  });
});
