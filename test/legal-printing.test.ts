import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { texts } from '../src/model/texts.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { ruleIds } from '../src/rules/index.js';
import { htmlText, markdownText } from './helpers.js';

/**
 * docs/legal-model.md: privnote prints only what a document states. Each case renders a small statement in both
 * formats and reads the text a reader sees.
 */
const BASE = 'title: T\ncontroller:\n  entities:\n    - name: A\n';
const RULES_OFF = { rules: Object.fromEntries(ruleIds.map((id) => [id, 'off' as const])) };
/** The text a reader sees; colons left out, as HTML puts a label in a `<dt>` and Markdown writes "label: value". */
const plain = (text: string) => text.replaceAll(':', '').replace(/\s+/g, ' ');
function read(extra: string): string[] {
  const { model, diagnostics } = compileDocument({ file: 'x.yaml', text: BASE + extra }, { config: RULES_OFF });
  expect(diagnostics).toEqual([]);
  return [htmlText(renderHtml(model!)), markdownText(renderMarkdown(model!))].map(plain);
}
const t = texts();
const labels = Object.fromEntries(Object.entries(texts().labels).map(([key, label]) => [key, plain(label)]));

describe('what privnote prints of the legal model', () => {
  test('a processing agreement only where the document says whether there is one', () => {
    for (const text of read('recipients:\n  processors:\n    - { name: P1, agreement: true }\n    - { name: P2 }\n    - { name: P3, agreement: false }\n')) {
      expect(text).toContain('P1 (met verwerkersovereenkomst)');
      expect(text).toMatch(/P2 P3 \(zonder verwerkersovereenkomst\)|P2 - P3 \(zonder/);
      expect(text.match(/verwerkersovereenkomst/g)).toHaveLength(2);
    }
  });

  test('no transfer covers third countries and international organisations; a transfer prints its safeguard', () => {
    for (const text of read('recipients:\n  transfers: { none: true }\n')) expect(text).toContain(labels.transfersNone);
    expect(labels.transfersNone).toMatch(/buiten de Europese Economische Ruimte \(derde landen\) of aan internationale organisaties/);
    const transfer = 'recipients:\n  processors:\n    - { name: Mailer, country: US, transfer: { mechanism: adequaatheidsbesluit, decision: EU-VS Data Privacy Framework } }\n' +
      '  transfers:\n    items:\n      - { recipient: WHO, country: INT, mechanism: afwijking, derogation: d, copy: Vraag ze op. }\n';
    for (const text of read(transfer)) {
      expect(text).toContain('Land US');
      expect(text).toContain(`${t.transferMechanisms.adequaatheidsbesluit} EU-VS Data Privacy Framework`);
      expect(text).toContain('WHO (internationale organisatie)');
      expect(text).toContain(plain(t.transferDerogations.d!));
      expect(text).toContain(`${labels.transferCopy} Vraag ze op.`);
    }
  });

  test('each special category with its own ground; one shared ground is printed once', () => {
    const own = 'data:\n  special:\n    categories:\n      - { name: Gezondheid, ground: h, law: Zorgdecreet }\n      - { name: Etnische gegevens, ground: a }\n';
    const ground = (code: string) => `${t.specialGrounds[code]!.label} (${t.specialGrounds[code]!.article})`;
    for (const text of read(own)) {
      expect(text).toContain(`Gezondheid — ${labels.categoryGround} ${ground('h')}; ${labels.categoryLaw} Zorgdecreet`);
      expect(text).toContain(`Etnische gegevens — ${labels.categoryGround} ${ground('a')}`);
    }
    const shared = 'data:\n  special:\n    categories:\n      - { name: Gezondheid, ground: b }\n      - { name: Etnische gegevens, ground: b }\n';
    for (const text of read(shared)) {
      expect(text.match(/AVG art\. 9\.2\.b/g)).toHaveLength(1);
      expect(text).toContain(`${labels.specialGrounds} ${ground('b')}`);
    }
  });

  test('joint controllers: rights against each of them, the arrangement, the contact point; a representative', () => {
    const joint = 'controller:\n  joint: true\n  arrangement: Elke partner informeert.\n  contactPoint: { label: Aanspreekpunt, email: a@b.be }\n' +
      '  representative: { name: EU bv, email: eu@b.be }\n  entities: [{ name: A }, { name: B }]\n';
    const { model } = compileDocument({ file: 'x.yaml', text: `title: T\n${joint}` }, { config: RULES_OFF });
    for (const text of [htmlText(renderHtml(model!)), markdownText(renderMarkdown(model!))].map(plain)) {
      expect(text).toContain(labels.jointRights);
      expect(text).toContain(`${labels.arrangement} Elke partner informeert.`);
      expect(text).toContain(`${labels.jointContactPoint} Aanspreekpunt`);
      expect(text).toContain(`${labels.representative} EU bv`);
    }
    for (const text of read('')) expect(text).not.toContain(labels.jointRights);
  });

  test('the response time: the standard sentence when the document gives none; a fee as stated', () => {
    for (const text of read('rights: {}\n')) expect(text).toContain(labels.responseTimeDefault);
    for (const text of read('rights:\n  exercise:\n    responseTime: Binnen twee weken.\n    fee: { amount: 5 euro, excessiveOnly: true }\n')) {
      expect(text).toContain('Binnen twee weken.');
      expect(text).not.toContain(labels.responseTimeDefault);
      expect(text).toContain(`${labels.fee} 5 euro (${labels.feeExcessiveOnly}).`);
    }
  });

  test('automated decisions: stated as used, stated as not used, or nothing', () => {
    for (const text of read('rights:\n  automated: { used: false }\n')) expect(text).toContain(labels.automatedNone);
    for (const text of read('rights:\n  automated: { used: true, logic: Een rekenregel. }\n')) {
      expect(text).toContain(`${labels.automated} ${labels.automatedLogic} Een rekenregel.`);
      expect(text).not.toContain(labels.automatedNone);
    }
    for (const text of read('rights: {}\n')) expect(text).not.toMatch(/geautomatiseerd/i);
  });

  test('a named source prints its name, its text and whether it is publicly accessible; timing and exemption', () => {
    const sources = 'sources:\n  from:\n    - van jou\n    - { name: Rijksregister, dataSubject: false, text: Je adres. }\n    - { name: Staatsblad, public: true }\n' +
      '  timing: Binnen een maand.\n  exemption: { ground: c }\n';
    for (const text of read(sources)) {
      expect(text).toContain('van jou');
      expect(text).toContain('Rijksregister Je adres.');
      expect(text).toContain(`Staatsblad (${labels.sourcePublic})`);
      expect(text).toContain(`${labels.sourcesTiming} Binnen een maand.`);
      expect(text).toContain(`${labels.sourcesExemption} ${plain(t.sourceExemptions.c!)}.`);
    }
  });

  test('the interest and the law of a basis are printed with it', () => {
    const bases = 'purposes:\n  items:\n    - { name: P, basis: [{ basis: gerechtvaardigd-belang, interest: Ons belang. }, { basis: wettelijke-verplichting, law: De wet. }] }\n';
    for (const text of read(bases)) {
      expect(text).toContain(`(${labels.basisInterest} Ons belang.)`);
      expect(text).toContain(`(${labels.basisLaw} De wet.)`);
    }
  });

  test('cookies as a table: name, provider, purpose, lifetime and category; how consent is asked', () => {
    const cookies = 'cookies:\n  items:\n    - { name: _ga, provider: Google, purpose: bezoekersstatistieken, lifetime: 2 jaar, category: analytisch }\n    - { name: sessie }\n' +
      '  consent: Je kiest in een banner.\n';
    const { model } = compileDocument({ file: 'x.yaml', text: BASE + cookies }, { config: RULES_OFF });
    const html = renderHtml(model!);
    const markdown = renderMarkdown(model!);
    expect(html).toContain('<tr><th scope="row">_ga</th><td data-label="Aanbieder">Google</td><td data-label="Doel">bezoekersstatistieken</td><td data-label="Bewaartermijn">2 jaar</td><td data-label="Soort">Analytisch</td></tr>');
    expect(html).toContain('<tr><th scope="row">sessie</th><td data-label="Aanbieder"></td><td data-label="Doel"></td><td data-label="Bewaartermijn"></td><td data-label="Soort"></td></tr>');
    expect(markdown).toContain('| \\_ga | Google | bezoekersstatistieken | 2 jaar | Analytisch |');
    expect(markdown).toContain('| sessie |  |  |  |  |');
    for (const text of [htmlText(html), markdownText(markdown)]) {
      expect(text).toContain(t.sections.cookies.vragen);
      expect(text).toContain('Je kiest in een banner.');
    }
  });
});
