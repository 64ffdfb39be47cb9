import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { diffDocuments } from '../src/diff/diff.js';
import { diffText } from '../src/diff/report.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { ruleIds } from '../src/rules/index.js';

/**
 * The fields real published notices use (issue 12, item 5): each renders in HTML and Markdown exactly as asserted
 * here (the PDF is printed from the HTML).
 */
const RULES_OFF = { rules: Object.fromEntries(ruleIds.map((id) => [id, 'off' as const])) };
const ENTITY = "controller:\n  entities:\n    - { name: A, address: { city: X } }\n";

/** Both outputs of a small statement (`title: T`, no table of contents); fails on any diagnostic. */
function render(yaml: string, head = ENTITY): { html: string; md: string } {
  const { model, diagnostics } = compileDocument({ file: 'x.yaml', text: `title: T\n${yaml.includes('style:') ? '' : 'style: { toc: false }\n'}${head}${yaml}` }, { config: RULES_OFF });
  expect(diagnostics).toEqual([]);
  const html = renderHtml(model!);
  return { html: html.slice(html.indexOf('<body>')), md: renderMarkdown(model!) };
}

/** The diagnostics of a small statement, as `line:column rule-id message`. */
function diagnose(text: string, config: { rules: Record<string, "off" | "error" | "warning"> } = RULES_OFF): string[] {
  return compileDocument({ file: 'x.yaml', text }, { config }).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

/** The semantic diff between two small statements, one line per change. */
function diff(before: string, after: string): string[] {
  const doc = (text: string) => {
    const { document, diagnostics } = compileDocument({ file: 'x.yaml', text: `title: T\n${text.includes('controller:') ? '' : ENTITY}${text}` }, { rules: false });
    expect(diagnostics).toEqual([]);
    return document!;
  };
  return diffDocuments(doc(before), doc(after)).map((c) => diffText([c]).split('\n')[1]!.trim());
}

describe('version: number, effective date, position', () => {
  test('"Versie 1.0.0 – 3 maart 2021" and "Van toepassing vanaf 25 mei 2018", under the title', () => {
    const { html, md } = render('version: { number: "1.0.0", date: 2021-03-03, effective: 2018-05-25 }\n');
    expect(html).toContain('<h1>T</h1>\n\n<p class="version">Versie 1.0.0 – <time datetime="2021-03-03">3 maart 2021</time></p>\n' +
      '<p class="version">Van toepassing vanaf <time datetime="2018-05-25">25 mei 2018</time></p>\n</header>');
    expect(md).toContain('# T\n\nVersie 1.0.0 – 3 maart 2021\n\nVan toepassing vanaf 25 mei 2018\n\n<a id="controller"></a>');
  });

  test('an own label still introduces the date after the number; without a number the date keeps "Versie van"', () => {
    expect(render('version: { number: "2", date: 2021-03-03, label: laatst gewijzigd op }\n').md).toContain('Versie 2 – laatst gewijzigd op 3 maart 2021\n');
    expect(render('version: { date: 2021-03-03 }\n').md).toContain('\nVersie van 3 maart 2021\n');
    expect(render('version: { number: "2" }\n').md).toContain('# T\n\nVersie 2\n\n<a id');
  });

  test('`style.versionPosition: einde` puts the version line after the last section', () => {
    const { html, md } = render('version: { date: 2021-03-03, label: Laatst gewijzigd op }\nstyle: { toc: false, versionPosition: einde }\n');
    expect(html).toContain('<h1>T</h1>\n\n</header>');
    expect(html).toMatch(/<\/section>\n<footer class="doc-version">\n<p class="version">Laatst gewijzigd op <time datetime="2021-03-03">3 maart 2021<\/time><\/p>\n\n<\/footer>\n<\/main>/);
    expect(md).toMatch(/- Adres: X\n\nLaatst gewijzigd op 3 maart 2021\n$/);
  });

  test('labels switched off leave no lone words or dashes', () => {
    const texts = 'texts: { labels: { versionNumber: false, effective: false } }\n';
    const { md } = render(`${texts}version: { number: "1.0.0", effective: 2018-05-25 }\n`);
    expect(md).toContain('# T\n\n1.0.0\n\n25 mei 2018\n\n<a id');
  });
});

describe('address: building and country', () => {
  test('the building before the street, the country as written (België too)', () => {
    const head = 'controller:\n  entities:\n    - name: A\n      address: { building: Provinciehuis, street: Universiteitslaan 1, postalCode: "3500", city: Hasselt, country: België }\n';
    const { html, md } = render('', head);
    expect(html).toContain('<div><dt>Adres</dt><dd>Provinciehuis, Universiteitslaan 1, 3500 Hasselt, België</dd></div>');
    expect(md).toContain('- Adres: Provinciehuis, Universiteitslaan 1, 3500 Hasselt, België\n');
  });
});

describe('enterprise number with a remark, VAT number', () => {
  const head = 'controller:\n  entities:\n    - { name: A, kbo: 0661.841.094, kboNote: ondernemingsnummer van de vzw, vat: BE0661841094 }\n';
  test('"Ondernemingsnummer: 0661.841.094 (ondernemingsnummer van de vzw)" and "BTW: BE0661841094"', () => {
    const { html, md } = render('', head);
    expect(html).toContain('<div><dt>Ondernemingsnummer</dt><dd>0661.841.094 (ondernemingsnummer van de vzw)</dd></div>\n<div><dt>BTW</dt><dd>BE0661841094</dd></div>');
    expect(md).toContain('- Ondernemingsnummer: 0661.841.094 (ondernemingsnummer van de vzw)\n- BTW: BE0661841094\n');
  });

  test('in the table of controllers, both in the enterprise number column', () => {
    const { html, md } = render('', `controller:\n  table: true\n  entities:\n    - { name: A, kbo: 0661.841.094, kboNote: van de vzw, vat: BE0661841094 }\n    - { name: B, vat: NL123456789B01 }\n`);
    expect(html).toContain('<td data-label="Ondernemingsnummer" class="nowrap">0661.841.094 (van de vzw)<br>BTW: BE0661841094</td></tr>');
    expect(html).toContain('<td data-label="Ondernemingsnummer" class="nowrap">BTW: NL123456789B01</td></tr>');
    expect(md).toContain('| 0661.841.094 (van de vzw); BTW: BE0661841094 |\n| B |  |  |  |  | BTW: NL123456789B01 |');
  });

  test('a VAT number is BE and ten digits (checked as an enterprise number), or foreign with its country code', () => {
    const doc = (vat: string, extra = '') => `title: T\ncontroller:\n  entities:\n    - { name: A, vat: "${vat}"${extra} }\n`;
    expect(diagnose(doc('BE0661841094'))).toEqual([]);
    expect(diagnose(doc('FR12345678901'))).toEqual([]);
    expect(diagnose(doc('0661841094'))).toEqual([
      '4:23 schema-format "0661841094" is geen geldig btw-nummer (BE en de 10 cijfers van het ondernemingsnummer, bv. BE0661841094, of een buitenlands nummer met zijn landcode, bv. NL123456789B01)',
    ]);
    expect(diagnose(doc('BE0661841095'), { rules: { 'kbo-number': 'error' } }).filter((d) => d.includes('kbo-number'))).toEqual([
      '4:23 kbo-number btw-nummer "BE0661841095" controlegetal 95 klopt niet (verwacht 94): kijk het nummer na in de KBO',
    ]);
    expect(diagnose(doc('BE0661841094', ', kboNote: van de vzw'))).toEqual([
      '4:39 schema-required "kboNote" (toelichting bij het ondernemingsnummer) staat er zonder "kbo" (ondernemingsnummer), waar het bij hoort: voeg "kbo: …" toe, of laat "kboNote" weg',
    ]);
  });
});

describe('labelled e-mail addresses and phone numbers', () => {
  test('a list of addresses, each with or without its own label; a plain text still works', () => {
    const head = 'controller:\n  entities:\n    - name: A\n      email: [info@a.be, { label: Raad van Bestuur, email: rvb@a.be }]\n' +
      '      phone: { label: Secretariaat, phone: 011 23 45 67 }\n';
    expect(diagnose(`title: T\n${head.replace('{ label: Secretariaat, phone: 011 23 45 67 }', '{ phone: 011 23 45 67 }')}`)).toEqual([
      '6:14 schema-required verplicht veld "label" (benaming) ontbreekt onder "phone" (telefoon): voeg "label: …" toe',
    ]);
    const { html, md } = render('', head);
    expect(html).toContain('<div><dt>Secretariaat</dt><dd><a href="tel:+3211234567">011&nbsp;23&nbsp;45&nbsp;67</a></dd></div>\n' +
      '<div><dt>E-mail</dt><dd><a href="mailto:info@a.be">info@a.be</a></dd></div>\n<div><dt>Raad van Bestuur</dt><dd><a href="mailto:rvb@a.be">rvb@a.be</a></dd></div>');
    expect(md).toContain('- Secretariaat: 011 23 45 67\n- E-mail: <info@a.be>\n- Raad van Bestuur: <rvb@a.be>\n');
    expect(render('dpo: { email: dpo@a.be, phone: "011 23 45 00" }\n').md).toContain('- Telefoon: 011 23 45 00\n- E-mail: <dpo@a.be>\n');
  });

  test('the diff: an address that becomes a list reports what was added; a label changed', () => {
    const one = 'controller:\n  entities:\n    - { name: A, email: info@a.be }\n';
    const two = 'controller:\n  entities:\n    - { name: A, email: [info@a.be, { label: Raad van Bestuur, email: rvb@a.be }] }\n';
    expect(diff(one, two)).toEqual(['+ e-mail "rvb@a.be" van verantwoordelijke "A" toegevoegd']);
    expect(diff(two, two.replace('Raad van Bestuur', 'RvB'))).toEqual(['~ benaming van e-mail "rvb@a.be" van verantwoordelijke "A": "Raad van Bestuur" → "RvB"']);
  });

  test('in the table of controllers, one a line', () => {
    const { html, md } = render('', 'controller:\n  table: true\n  entities:\n    - { name: A, email: [info@a.be, { label: RvB, email: rvb@a.be }] }\n');
    expect(html).toContain('<td data-label="E-mail"><a href="mailto:info@a.be">info@a.be</a><br>RvB: <a href="mailto:rvb@a.be">rvb@a.be</a></td>');
    expect(md).toContain('| A |  |  | <info@a.be>; RvB: <rvb@a.be> |');
  });

  test('each address and number of a list is checked', () => {
    const doc = 'title: T\ncontroller:\n  entities:\n    - { name: A, email: [info@a, { label: RvB, email: rvb@a.be }], phone: ["011 23 45", { label: B, phone: "011 23 45 6" }] }\n';
    const config = { rules: { 'email-address': 'error' as const, 'phone-number': 'warning' as const } };
    // The schema error does not hide the rule findings about the rest of the entity.
    expect(diagnose(doc, config).filter((d) => /email-address|phone-number|schema/.test(d))).toEqual([
      '4:26 schema-format "info@a" is geen geldig e-mailadres: schrijf bv. dpo@limburg.be',
      '4:76 phone-number telefoonnummer "011 23 45" een vast nummer heeft 9 cijfers, dit heeft er 7: verbeter het nummer',
      '4:108 phone-number telefoonnummer "011 23 45 6" een vast nummer heeft 9 cijfers, dit heeft er 8: verbeter het nummer',
    ]);
    expect(diagnose(doc.replace('info@a,', 'info@a.be,'), config).filter((d) => /email-address|phone-number/.test(d))).toEqual([
      '4:79 phone-number telefoonnummer "011 23 45" een vast nummer heeft 9 cijfers, dit heeft er 7: verbeter het nummer',
      '4:111 phone-number telefoonnummer "011 23 45 6" een vast nummer heeft 9 cijfers, dit heeft er 8: verbeter het nummer',
    ]);
  });
});

describe('processors and recipients by category, processor address', () => {
  test('"een cloudprovider" without a name; beside a name in brackets; the address among its facts', () => {
    const { html, md } = render('recipients:\n  processors:\n    - { category: een cloudprovider, service: opslag van de dossiers, agreement: true }\n' +
      '    - name: Cipal\n      category: een IT-leverancier\n      address: { street: Geelseweg 72, postalCode: "2250", city: Olen }\n');
    expect(html).toContain('<li>een cloudprovider: opslag van de dossiers (met verwerkersovereenkomst)</li>');
    expect(html).toContain('<li><strong>Cipal</strong> (een IT-leverancier)<dl class="facts">\n<div><dt>Adres</dt><dd>Geelseweg 72, 2250 Olen</dd></div>\n');
    expect(md).toContain('- een cloudprovider: opslag van de dossiers (met verwerkersovereenkomst)\n- **Cipal** (een IT-leverancier)\n  - Adres: Geelseweg 72, 2250 Olen\n');
  });

  test('a transfer to a category of recipient', () => {
    const { html, md } = render('recipients:\n  transfers:\n    items:\n      - { category: een evaluatiebureau van de Europese Commissie, country: INT, mechanism: afwijking, derogation: d }\n');
    expect(html).toContain('<li>een evaluatiebureau van de Europese Commissie (internationale organisatie)<dl class="facts">');
    expect(md).toContain('- een evaluatiebureau van de Europese Commissie (internationale organisatie)\n  - ');
  });

  test('a processor needs a name or a category; the rules name it by what it has', () => {
    expect(diagnose(`title: T\n${ENTITY}recipients:\n  processors:\n    - { service: opslag }\n`)).toEqual([
      '7:7 schema-required "name" (naam) of "category" (categorie) is verplicht, en ontbreekt onder een verwerker: voeg "name: …" of "category: …" toe',
    ]);
    const rules = { rules: { 'processor-agreement': 'error' as const, 'processor-role': 'warning' as const, 'third-country-transfers': 'error' as const } };
    expect(diagnose(`title: T\n${ENTITY}recipients:\n  processors:\n    - { category: een cloudprovider, agreement: false, ownPurposes: reclame, country: US }\n`, rules)
      .filter((d) => /processor|third-country/.test(d))).toEqual([
      expect.stringMatching(/^7:7 third-country-transfers .*"een cloudprovider"/),
      expect.stringMatching(/^7:49 processor-agreement "een cloudprovider" verwerkt gegevens zonder verwerkersovereenkomst/),
      expect.stringMatching(/^7:69 processor-role "een cloudprovider" gebruikt de gegevens ook voor eigen doeleinden/),
    ]);
  });

  test('the diff names a processor and a transfer by its category when it has no name', () => {
    const one = 'recipients:\n  processors:\n    - { category: een cloudprovider }\n';
    expect(diff('recipients:\n  processors: []\n', one)).toEqual(['+ verwerker "een cloudprovider" toegevoegd']);
    expect(diff(one, one.replace(' }', ', agreement: true }'))).toEqual([expect.stringMatching(/^\+ verwerkersovereenkomst .*verwerker "een cloudprovider"/)]);
    const t = 'recipients:\n  transfers:\n    items:\n      - { category: een evaluatiebureau, country: INT }\n';
    expect(diff(t, t.replace('INT', 'US'))).toEqual([expect.stringMatching(/doorgifte "een evaluatiebureau".*"INT" → "US"/)]);
  });
});

describe('web addresses written www.', () => {
  test('a website "www.example.be" is printed as written and linked with https://', () => {
    const { html, md } = render('', 'controller:\n  entities:\n    - { name: A, website: www.example.be, contactUrl: "https://example.be/contact/" }\n');
    expect(html).toContain('<div><dt>Website</dt><dd><a href="https://www.example.be">www.example.be</a></dd></div>');
    expect(html).toContain('<a href="https://example.be/contact/">example.be/contact</a>');
    expect(md).toContain('- Website: [www.example.be](<https://www.example.be>)\n- Contact: <https://example.be/contact/>\n');
  });

  test('a web address is http://, https:// or www. and a domain', () => {
    const doc = (url: string) => `title: T\ncontroller:\n  entities:\n    - { name: A, website: "${url}" }\n`;
    expect(diagnose(doc('www.vlaanderen.be/privacy'))).toEqual([]);
    for (const url of ['vlaanderen.be', 'www.', 'www.vlaanderen', 'ftp://vlaanderen.be', 'www.vlaan deren.be']) {
      expect(diagnose(doc(url)), url).toEqual([`4:27 schema-format "${url}" is geen geldig webadres (met http:// of https:// vooraan, of www.): schrijf bv. https://www.vdab.be`]);
    }
  });

  test('in free text, www. addresses are linked in HTML and Markdown alike; the full stop of a sentence stays outside', () => {
    const { html, md } = render('introduction:\n  text: Lees www.example.be/privacy. Of www.vlaanderen.be, of mail info@a.be.\n');
    expect(html).toContain('<p>Lees <a href="https://www.example.be/privacy">www.example.be/privacy</a>. Of <a href="https://www.vlaanderen.be">www.vlaanderen.be</a>, of mail <a href="mailto:info@a.be">info@a.be</a>.</p>');
    expect(md).toContain('Lees [www.example.be/privacy](<https://www.example.be/privacy>).\nOf [www.vlaanderen.be](<https://www.vlaanderen.be>), of mail <info@a.be>.');
  });
});

describe('a right with its own heading and number', () => {
  const rights = 'rights:\n  items:\n    - { right: inzage, number: "8.1", heading: Gegevens inkijken, text: Je mag je gegevens zien. }\n' +
    '    - { right: verbetering, heading: Gegevens laten verbeteren }\n    - { right: wissing, number: "8.3" }\n    - { right: bezwaar, number: "8.4", heading: Bezwaar maken }\n';
  test('"8.1 Gegevens inkijken" instead of "Recht op inzage (AVG art. 15)"; a number alone keeps the standard name', () => {
    const { html, md } = render(rights);
    expect(html).toContain('<li><p class="right-name"><span class="num">8.1</span> <strong>Gegevens inkijken</strong></p>\n<p>Je mag je gegevens zien.</p>');
    expect(html).toContain('<li><p class="right-name"><strong>Gegevens laten verbeteren</strong></p>');
    expect(html).toContain('<li><p class="right-name"><span class="num">8.3</span> <strong>Recht op wissing</strong> <span class="article">(AVG art. 17)</span></p>');
    expect(html).toMatch(/<h3><span class="num">8.4<\/span> Bezwaar maken<\/h3>/);
    expect(html).not.toContain('Recht op inzage');
    expect(html).not.toContain('art. 16)');
    expect(md).toContain('- 8.1 **Gegevens inkijken**\n\n  Je mag je gegevens zien.\n');
    expect(md).toContain('- **Gegevens laten verbeteren**\n');
    expect(md).toContain('- 8.3 **Recht op wissing** (AVG art. 17)\n');
    expect(md).toContain('### 8.4 Bezwaar maken\n');
  });

  test('the diff names a right\'s heading and number', () => {
    expect(diff(rights, rights.replace('"8.1"', '"9.1"'))).toEqual(['~ nummer van recht "Recht op inzage": "8.1" → "9.1"']);
  });
});

describe('processor for another controller; the DPO of another organisation', () => {
  test('"Verwerker in opdracht van: Zwemfederatie Vlaanderen vzw (de aansluiting …)" in the controller part', () => {
    const { html, md } = render('', `${ENTITY}  processorFor:\n    - { controller: Zwemfederatie Vlaanderen vzw, purpose: de aansluiting van onze leden en hun sportverzekering, text: Zie ook haar privacyverklaring. }\n`);
    expect(html).toContain('<div class="processor-for">\n<p>Verwerker in opdracht van: <strong>Zwemfederatie Vlaanderen vzw</strong> (de aansluiting van onze leden en hun sportverzekering)</p>\n<p>Zie ook haar privacyverklaring.</p>\n\n</div>');
    expect(md).toContain('\nVerwerker in opdracht van: **Zwemfederatie Vlaanderen vzw** (de aansluiting van onze leden en hun sportverzekering)\n\nZie ook haar privacyverklaring.\n');
  });

  test('a DPO of another organisation says whose; one DPO or a list', () => {
    const { html, md } = render('dpo:\n  - { email: dpo@a.be }\n  - { of: Zwemfederatie Vlaanderen vzw, email: dpo@zwemfederatie.be }\n');
    expect(html).toContain('<p class="org-name"><strong>Functionaris voor gegevensbescherming (DPO)</strong></p>\n\n<dl>\n<div><dt>E-mail</dt><dd><a href="mailto:dpo@a.be">dpo@a.be</a></dd></div>\n</dl>');
    expect(html).toContain('<dl>\n<div><dt>Aangesteld door</dt><dd>Zwemfederatie Vlaanderen vzw</dd></div>\n<div><dt>E-mail</dt><dd><a href="mailto:dpo@zwemfederatie.be">dpo@zwemfederatie.be</a></dd></div>\n</dl>');
    expect(md).toContain('- Aangesteld door: Zwemfederatie Vlaanderen vzw\n- E-mail: <dpo@zwemfederatie.be>\n');
    expect(render('dpo: { email: dpo@a.be }\n').md).toContain('**Functionaris voor gegevensbescherming (DPO)**\n\n- E-mail: <dpo@a.be>\n');
  });

  test('dpo-contact: another organisation\'s DPO is not the controller\'s own', () => {
    const head = 'title: T\ncontroller:\n  entities:\n    - { name: Gemeente A, type: vlaamse-overheid, email: info@a.be }\n';
    const config = { rules: { 'dpo-contact': 'error' as const } };
    const found = (dpo: string) => diagnose(`${head}${dpo}`, config).filter((d) => d.includes('dpo-contact'));
    expect(found('dpo:\n  - { of: Federatie, email: dpo@f.be }\n')).toEqual([
      '5:1 dpo-contact een overheid moet een eigen DPO hebben en diens contactgegevens vermelden: de DPO van "Federatie" is niet de hare. Voeg haar eigen DPO toe aan `dpo`',
    ]);
    expect(found('dpo:\n  - { email: dpo@a.be }\n  - { of: Federatie, email: dpo@f.be }\n')).toEqual([]);
    expect(found('dpo:\n  - { email: dpo@a.be }\n  - { of: Federatie, name: Jan }\n')).toEqual([
      '7:5 dpo-contact de DPO van "Federatie" heeft geen contactgegevens: geef een e-mailadres, telefoon of adres',
    ]);
  });
});

describe('retention per category of data', () => {
  const data = 'data:\n  categories:\n    - { name: Identificatiegegevens, retention: 5 jaar na je laatste bezoek }\n' +
    '    - { name: Gezondheidsgegevens, type: gezondheid, ground: h, law: de wet van 22 augustus 2002, retention: 30 jaar }\n';
  test('"Identificatiegegevens — bewaartermijn: 5 jaar na je laatste bezoek", after the ground and the law', () => {
    const { html, md } = render(data);
    expect(html).toContain('<li>Identificatiegegevens — bewaartermijn: 5 jaar na je laatste bezoek\n');
    expect(html).toMatch(/<li>Gezondheidsgegevens — uitzonderingsgrond: [^<]*; wettelijke grondslag: de wet van 22 augustus 2002; bewaartermijn: 30 jaar\n/);
    expect(md).toContain('- Identificatiegegevens — bewaartermijn: 5 jaar na je laatste bezoek\n');
    const off = render(`texts: { labels: { categoryRetention: false } }\n${data}`);
    expect(off.md).toContain('- Identificatiegegevens — 5 jaar na je laatste bezoek\n');
  });

  test('retention: a term for every category of data is a retention period; retention-period reads them too', () => {
    const head = `title: T\n${ENTITY}`;
    const config = { rules: { retention: 'error' as const, 'retention-period': 'warning' as const } };
    const found = (text: string) => diagnose(`${head}${text}`, config).filter((d) => / retention/.test(d));
    expect(found(data)).toEqual([]);
    expect(found(`${data}    - { name: Contactgegevens }\n`)).toEqual([
      '9:7 retention geen bewaartermijn voor de categorie "Contactgegevens": vul `retention` in bij deze categorie, of geef een sectie `retention`',
    ]);
    expect(found(data.replace('5 jaar na je laatste bezoek', 'zo lang als nodig'))).toEqual([
      '7:49 retention-period "zo lang als nodig" is geen termijn: geef een periode (bv. 5 jaar na het einde van het contract) of de criteria die ze bepalen',
    ]);
  });
});

describe('the list of cookies as a table (cookies.items, already there)', () => {
  test('columns name, provider, purpose, lifetime, category, in HTML and Markdown', () => {
    const { html, md } = render('cookies:\n  items:\n    - { name: _ga, provider: Google, purpose: bezoekersstatistieken, lifetime: 2 jaar }\n');
    expect(html).toContain('<thead><tr><th scope="col">Naam</th><th scope="col">Aanbieder</th><th scope="col">Doel</th><th scope="col">Bewaartermijn</th><th scope="col">Soort</th></tr></thead>\n' +
      '<tbody>\n<tr><th scope="row">_ga</th><td data-label="Aanbieder">Google</td><td data-label="Doel">bezoekersstatistieken</td><td data-label="Bewaartermijn">2 jaar</td><td data-label="Soort"></td></tr>');
    expect(md).toContain('| Naam | Aanbieder | Doel | Bewaartermijn | Soort |\n| --- | --- | --- | --- | --- |\n| \\_ga | Google | bezoekersstatistieken | 2 jaar |  |\n');
  });
});
