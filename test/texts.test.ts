import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildModel, type Document } from '../src/model/index.js';
import { allSections, type StatementModel } from '../src/model/statement.js';
import { formOfAddress, inForm, textsFor, type FormOfAddress } from '../src/model/texts.js';
import type { ViewOf } from '../src/model/views.js';
import { renderHtml } from '../src/render/html.js';
import { text } from '../src/messages/message.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { htmlText, markdownText } from './helpers.js';

/** Every string of a value, with where it is. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  return [];
}

const ALTERNATIVE = /\{[^{}]*\|[^{}]*\}/;
/** Words that belong to the other form of address. */
const NOT_IN: Record<FormOfAddress, RegExp> = { je: /\b(u|uw|uzelf)\b/i, u: /\b(je|jou|jouw|jij|jezelf)\b/i };

const raw = parse(readFileSync('templates/texts/nl-BE.yaml', 'utf8')) as Record<string, Record<string, unknown>>;

describe('the standard texts', () => {
  test('every legal basis, special ground and right names the article it implements', () => {
    for (const table of ['legalBases', 'specialGrounds', 'rights']) {
      const entries = Object.entries(raw[table]!);
      expect(entries.length, table).toBeGreaterThan(5);
      for (const [code, entry] of entries) expect((entry as { article?: string }).article, `${table}.${code}`).toMatch(/^AVG art\. \d+(\.\d+)*(\.[a-j])?$/);
    }
    expect(Object.keys(raw.specialGrounds!)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  test('name no outdated authority or term', () => {
    for (const form of ['je', 'u'] as const) {
      for (const [at, text] of strings(textsFor(form))) {
        expect(text, at).not.toMatch(/privacycommissie|bescherming van de persoonlijke levenssfeer|gerechtelijke gegevens|machtiging/i);
      }
    }
  });

  test('the wording the law asks for is there', () => {
    const t = textsFor('je');
    expect(t.legalBases['vitaal-belang']!.text).toContain('of die van een andere natuurlijke persoon');
    expect(t.legalBases['wettelijke-verplichting']!.text).toContain('wet, decreet of ordonnantie');
    expect(t.legalBases['algemeen-belang']!.text).toContain('wet, decreet of ordonnantie');
    expect(t.legalBases.toestemming!.text).toMatch(/op elk moment intrekken.*vóór de intrekking blijft rechtmatig/);
    expect(t.specialGrounds.g!.label).toContain('op basis van een wet, decreet of ordonnantie');
    expect(t.labels.judicialNone).toContain('persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten');
    expect(t.labels.transfersNone).toMatch(/derde landen.*internationale organisaties/);
    expect(t.sections.protocols.titels).not.toMatch(/machtiging/i);
    expect(t.rights.wissing!.text).toMatch(/wettelijke verplichting.*algemeen belang.*archivering.*rechtsvordering/);
    expect(t.rights.beperking!.text).not.toMatch(/tijdelijk/);
    expect(t.rights.overdraagbaarheid!.text).toMatch(/gestructureerde, gangbare en machineleesbare vorm.*rechtstreeks.*technisch mogelijk/);
    expect(t.rights.bezwaar!.text).toMatch(/dwingende gerechtvaardigde gronden.*direct marketing.*altijd/);
    expect(t.rights.intrekking!.text).toMatch(/op elk moment.*vóór de intrekking blijft rechtmatig/);
    expect(t.rights['geautomatiseerde-besluitvorming']!.text).toMatch(/uitsluitend|alleen op geautomatiseerde/);
    expect(t.rights['geautomatiseerde-besluitvorming']!.text).toContain('menselijke tussenkomst');
    expect(t.rights['geautomatiseerde-besluitvorming']!.label).not.toMatch(/^Geen/);
  });
});

describe('form of address', () => {
  test('{je|u} takes the left side for je, the right one for u', () => {
    expect(inForm('{Je kan|U kunt} {je|uw} gegevens zien.', 'je')).toBe('Je kan je gegevens zien.');
    expect(inForm('{Je kan|U kunt} {je|uw} gegevens zien.', 'u')).toBe('U kunt uw gegevens zien.');
    expect(inForm('geen keuze {hier} of | daar', 'u')).toBe('geen keuze {hier} of | daar');
  });

  test('is read from style.formOfAddress; anything else is je', () => {
    expect(formOfAddress({ style: { formOfAddress: 'u' } })).toBe('u');
    expect(formOfAddress({ style: { formOfAddress: 'je' } })).toBe('je');
    expect(formOfAddress({ style: {} })).toBe('je');
    expect(formOfAddress({})).toBe('je');
  });

  test.each(['je', 'u'] as const)('every standard text in the %s form has no choice left and no word of the other form', (form) => {
    const all = strings(textsFor(form));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([, text]) => ALTERNATIVE.test(text))).toEqual([]);
    expect(all.filter(([, text]) => NOT_IN[form].test(text))).toEqual([]);
  });

  test('the texts file uses each form somewhere, so the check above is not vacuous', () => {
    const je = strings(textsFor('je')).map(([, text]) => text).join('\n');
    const u = strings(textsFor('u')).map(([, text]) => text).join('\n');
    expect(je).toMatch(/\bjouw\b/);
    expect(u).toMatch(/\buw\b/);
  });

  /** A notice that shows every standard text, with no pronoun of its own: whatever "je" or "u" it prints is privnote's. */
  const everyStandardText = (form: FormOfAddress, headings: 'vragen' | 'titels') => {
    const codes = Object.keys(textsFor('je').legalBases);
    const sections = Object.keys(textsFor('je').sections).filter((id) => !['purposes', 'legalBases', 'rights', 'complaints', 'controller', 'data', 'recipients', 'specialProcessings', 'changes', 'contact'].includes(id));
    const doc = {
      title: 'Privacyverklaring Testorganisatie',
      style: { headings, formOfAddress: form },
      ...Object.fromEntries(sections.map((id) => [id, { text: 'Tekst.' }])),
      controller: { entities: [{ name: 'A', alias: 'AB' }, { name: 'B' }], joint: true, table: true, alias: 'AB' },
      data: { categories: [{ name: 'Identificatiegegevens' }], special: { processed: true, grounds: [...'abcdefghij'] }, judicial: { processed: false } },
      purposes: { groupByBasis: true, items: codes.map((basis) => ({ name: `Doel ${basis}`, basis: [{ basis, appliesTo: 'iets' }] })) },
      legalBases: { items: codes.map((basis) => ({ basis })) },
      recipients: { processors: [{ name: 'V', agreement: true, safeguard: 'SCC' }], transfers: { none: true } },
      rights: { items: Object.keys(textsFor('je').rights).map((right) => ({ right })), exercise: { text: 'Per e-mail.' } },
      specialProcessings: { items: Object.keys(textsFor('je').specialProcessings).map((type) => ({ type, text: 'Tekst.' })) },
      complaints: { authorities: [{ authority: 'gba' }, { authority: 'vtc' }] },
      contact: { contacts: [{ label: 'Dienst', contactUrl: 'https://a.be/contact' }] },
      dpo: { email: 'dpo@a.be' },
    };
    const findings: string[] = [];
    const model = buildModel(doc as unknown as Document, (finding) => findings.push(text(finding.message)));
    expect(findings).toEqual([]);
    model.trace = { privnote: '0.0.0', source: 'sha256:000000000000' };
    return model;
  };

  test.each([
    ['u', 'vragen'],
    ['u', 'titels'],
    ['je', 'vragen'],
    ['je', 'titels'],
  ] as const)('a notice in the %s form (%s) prints no word of the other form and no {…|…}', (form, headings) => {
    const model = everyStandardText(form, headings);
    for (const text of [htmlText(renderHtml(model)), markdownText(renderMarkdown(model))]) {
      expect(text).not.toMatch(ALTERNATIVE);
      expect(text.match(NOT_IN[form]) ?? []).toEqual([]);
      // The standard texts are there, in this form.
      expect(text).toContain(textsFor(form).rights.intrekking!.text);
      expect(text).toContain(textsFor(form).legalBases.toestemming!.text);
    }
  });

  test('one document in each form: the model resolves the texts, the templates choose nothing', () => {
    const u = everyStandardText('u', 'vragen') as StatementModel;
    const je = everyStandardText('je', 'vragen') as StatementModel;
    const heading = (m: StatementModel, id: string) => m.sections.find((s) => s.id === id)!.heading;
    expect(heading(u, 'rights')).toBe('Wat zijn uw rechten?');
    expect(heading(je, 'rights')).toBe('Wat zijn je rechten?');
    expect(heading(u, 'complaints')).toBe('Hoe dient u een klacht in?');
    expect(u.labels.exercise).toBe('Hoe oefent u uw rechten uit?');
    expect(je.labels.exercise).toBe('Hoe oefen je je rechten uit?');
  });
});

describe('labels say only what the document says', () => {
  const recipients = (processor: Record<string, unknown>) => {
    const model = buildModel(
      { title: 'T', controller: { entities: [{ name: 'A' }] }, recipients: { processors: [{ name: 'V', ...processor }] } } as unknown as Document,
      () => {},
    );
    model.trace = { privnote: '0.0.0', source: 'sha256:000000000000' };
    return markdownText(renderMarkdown(model));
  };

  test('"met verwerkersovereenkomst" only after agreement: true', () => {
    expect(recipients({ agreement: true })).toContain('V (met verwerkersovereenkomst)');
    expect(recipients({})).not.toContain('verwerkersovereenkomst');
    // `agreement: false` is a stated fact (and an error of the rule processor-agreement): printed as stated.
    expect(recipients({ agreement: false })).toContain('V (zonder verwerkersovereenkomst)');
    expect(recipients({ safeguard: 'SCC' })).toContain('V (waarborg: SCC)');
  });

  test('no Dutch words of the notice are written in a template: they are labels of the texts file', () => {
    for (const dir of ['templates/html', 'templates/md', 'templates/html/partials', 'templates/md/partials']) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.hbs') && f !== 'review.hbs')) {
        const template = readFileSync(`${dir}/${name}`, 'utf8').replace(/{{!--[\s\S]*?--}}/g, '');
        expect(template, `${dir}/${name}`).not.toMatch(/Hierna samen|Gezamenlijke|Verwerkingsverantwoordelijken|Ondertekening|>Contact<|- Contact:|, voor {{/);
      }
    }
  });
});

describe('purposes grouped by legal basis', () => {
  test('the standard phrase starts with a capital as a heading, and stays as it is inside a sentence', () => {
    const model = buildModel(
      { title: 'T', controller: { entities: [{ name: 'A' }] }, purposes: { groupByBasis: true, items: [{ name: 'P', basis: [{ basis: 'wettelijke-verplichting' }] }] } } as unknown as Document,
      () => {},
    ) as StatementModel;
    const purposes = allSections(model).find((s) => s.id === 'purposes')!.content as ViewOf<'purposes'>;
    expect(purposes.groups![0]!.phrase).toBe('Om een wettelijke verplichting na te komen');
    expect(purposes.items[0]!.basis![0]!.phrase).toBe('om een wettelijke verplichting na te komen');
  });

  test("the author's own group heading is printed as written", () => {
    const model = buildModel(
      {
        title: 'T',
        controller: { entities: [{ name: 'A' }] },
        purposes: { groupByBasis: true, groupHeadings: { toestemming: 'met toestemming' }, items: [{ name: 'P', basis: [{ basis: 'toestemming' }] }] },
      } as unknown as Document,
      () => {},
    ) as StatementModel;
    const purposes = allSections(model).find((s) => s.id === 'purposes')!.content as ViewOf<'purposes'>;
    expect(purposes.groups![0]!.phrase).toBe('met toestemming');
  });
});
