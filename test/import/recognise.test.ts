import { describe, expect, test } from 'vitest';
import { classifySections } from '../../src/import/sections.js';
import { recognise, type Recognised } from '../../src/import/recognise/index.js';
import { addressesIn, kbosIn, phonesIn } from '../../src/import/recognise/details.js';
import { basesIn } from '../../src/import/recognise/legal-bases.js';
import { rightsIn } from '../../src/import/recognise/rights.js';
import { referenceOutline } from './outlines.js';

/** The facts of a small notice, written one paragraph or list item per line (`#` headings, `-` items). */
const facts = (...lines: string[]): Recognised[] => {
  const outline = referenceOutline(lines.join('\n'));
  return recognise(outline, classifySections(outline));
};
const at = (found: Recognised[], ...path: (string | number)[]) => found.filter((f) => f.path.join('.') === path.join('.'));
const value = (found: Recognised[], ...path: (string | number)[]) => at(found, ...path).map((f) => f.value);

describe('details as the seeds write them', () => {
  test('enterprise numbers, checked', () => {
    expect(kbosIn('De provincie Limburg, dienst PLOT, Universiteitslaan 1, 3500 Hasselt met ondernemingsnummer 0207.725.203 verwerkt jouw persoonsgegevens.')).toEqual([{ value: '0207.725.203', problem: undefined }]);
    expect(kbosIn('het KBO met nummer 0212193537, met maatschappelijke zetel te Leopoldsburg').map((k) => k.value)).toEqual(['0212193537']);
    expect(kbosIn('ingeschreven in de K.B.O onder nummer 461936071, is verwerkingsverantwoordelijke')).toEqual([{ value: '461936071', problem: undefined }]);
    expect(kbosIn('KBO-nummer: BE 0316.380.841').map((k) => k.value)).toEqual(['BE 0316.380.841']);
    expect(kbosIn('ondernemingsnummer 0207.725.204')[0]?.problem?.id).toBe('rule.kbo-number.check-digits');
  });

  test('phone numbers, and numbers that only look like one', () => {
    expect(phonesIn('Collegestraat 1, 3580 Beringen 011 43 02 01 ondernemen@beringen.be BE0690.818.063')).toEqual(['011 43 02 01']);
    expect(phonesIn('Drukpersstraat 35 1000 Brussel +32 (0)2 274 48 00 contact@apd-gba.be')).toEqual(['+32 (0)2 274 48 00']);
    expect(phonesIn('Arktos vzw Valkerijgang 26, 3000 Leuven BE 0410.346.721')).toEqual([]);
    expect(phonesIn('ingeschreven in de K.B.O. onder nummer 0472098703, is verwerkingsverantwoordelijke')).toEqual([]);
    expect(phonesIn('0472098703')).toEqual([]);
    expect(phonesIn('De functionaris voor gegevensbescherming van Opgroeien regie heeft op 05-02-2024 advies gegeven')).toEqual([]);
  });

  test('addresses with street, number, postal code and municipality', () => {
    expect(addressesIn('Welzijnscampus 5 bus 11, 3600 Genk')).toEqual([{ street: 'Welzijnscampus 5 bus 11', postalCode: '3600', city: 'Genk' }]);
    expect(addressesIn('De provincie Limburg, dienst PLOT, Universiteitslaan 1, 3500 Hasselt met ondernemingsnummer')).toEqual([{ street: 'Universiteitslaan 1', postalCode: '3500', city: 'Hasselt' }]);
    expect(addressesIn('tot 2018 en daarna 3 jaar')).toEqual([]);
  });
});

describe('the controller', () => {
  test('the name a notice says it goes on to use, and a public body that opens the sentence naming it', () => {
    const ocmw = facts(
      'Het OCMW van Leuven, gevestigd Andreas Vesaliusstraat 47 te 3000 Leuven, (hierna ‘OCMW Leuven’) is verantwoordelijk voor het gevoerde beleid inzake privacy.',
      '## Welke persoonsgegevens verzamelt OCMW Leuven?',
    );
    expect(value(ocmw, 'controller', 'entities', 0, 'name')).toEqual(['OCMW Leuven']);
    const provincie = facts('De provincie Limburg, dienst PLOT, Universiteitslaan 1, 3500 Hasselt met ondernemingsnummer 0207.725.203 verwerkt jouw persoonsgegevens.');
    expect(value(provincie, 'controller', 'entities', 0, 'name')).toEqual(['Provincie Limburg']);
    expect(value(provincie, 'controller', 'entities', 0, 'kbo')).toEqual(['0207.725.203']);
    // A public body named in passing, not at the start of its sentence, is no controller.
    expect(value(facts('Om als provincie Limburg een goede dienstverlening te bieden, werken wij met persoonsgegevens.'), 'controller', 'entities', 0, 'name')).toEqual([]);
  });

  test('name, address, KBO, e-mail and phone of one controller', () => {
    const found = facts('## Wie zijn wij?', 'Zwemclub De Watervlooien vzw', 'Zwembadlaan 3, 3500 Hasselt', 'Ondernemingsnummer: 0447.123.973', 'Je bereikt ons via info@watervlooien.be of 011 23 45 67.');
    expect(value(found, 'controller', 'entities', 0, 'name')).toEqual(['Zwemclub De Watervlooien vzw']);
    expect(value(found, 'controller', 'entities', 0, 'address')).toEqual([{ street: 'Zwembadlaan 3', postalCode: '3500', city: 'Hasselt' }]);
    expect(value(found, 'controller', 'entities', 0, 'kbo')).toEqual(['0447.123.973']);
    expect(value(found, 'controller', 'entities', 0, 'email')).toEqual(['info@watervlooien.be']);
    expect(value(found, 'controller', 'entities', 0, 'phone')).toEqual(['011 23 45 67']);
    expect(found.every((f) => f.consumed.length === 0)).toBe(true);
  });

  test('the school board, and a secretariat’s e-mail that is not the controller’s', () => {
    const found = facts(
      '## 1. Wie is verantwoordelijk?',
      'Het schoolbestuur van het Sint-Annacollege is verantwoordelijk voor de verwerking van de persoonsgegevens:',
      'vzw Katholiek Onderwijs Sint-Anna',
      'Kloosterstraat 21, 8500 Kortrijk',
      'Ondernemingsnummer: 0412.398.765',
      'De dagelijkse leiding van de school ligt bij de directeur. Voor vragen over privacy kan je terecht bij het secretariaat van de school, secretariaat@sint-annacollege.be, 056 22 33 44.',
    );
    expect(value(found, 'controller', 'entities', 0, 'name')).toEqual(['vzw Katholiek Onderwijs Sint-Anna']);
    expect(value(found, 'controller', 'entities', 0, 'kbo')).toEqual(['0412.398.765']);
    expect(at(found, 'controller', 'entities', 0, 'email')).toEqual([]);
    expect(at(found, 'controller', 'entities', 0, 'phone')).toEqual([]);
  });

  test('a municipality and its OCMW: one entity each', () => {
    const found = facts(
      '### 1.1 Wie zijn wij?',
      'Gemeente Heidebeek en OCMW Heidebeek zijn twee afzonderlijke rechtspersonen, die samen één lokaal bestuur vormen.',
      'Gemeente Heidebeek, Dorpsplein 1, 2380 Heidebeek, ondernemingsnummer 0207.134.590',
      'OCMW Heidebeek, Dorpsplein 1, 2380 Heidebeek, ondernemingsnummer 0212.345.668',
      'Je kan ons bereiken via info@heidebeek.be of op het nummer 014 55 66 77.',
    );
    expect(value(found, 'controller', 'entities', 0, 'name')).toEqual(['Gemeente Heidebeek']);
    expect(value(found, 'controller', 'entities', 1, 'name')).toEqual(['OCMW Heidebeek']);
    expect(value(found, 'controller', 'entities', 1, 'kbo')).toEqual(['0212.345.668']);
    expect(value(found, 'controller', 'entities', 1, 'address')).toEqual([{ street: 'Dorpsplein 1', postalCode: '2380', city: 'Heidebeek' }]);
    expect(found.filter((f) => f.path[3] === 'email' || f.path[3] === 'phone')).toEqual([]);
  });

  test('partners in a table, one row each', () => {
    const outline = referenceOutline(['## Het Lokaal Partnerschap', '| Naam | Adres | Telefoon | E-mail | Website | KBO-nummer |', '| --- | --- | --- | --- | --- | --- |', '| Arktos vzw | Valkerijgang 26, 3000 Leuven | 016 29 57 74 | info@arktos.be | arktos.be | BE 0410.346.721 |', '| VDAB | Keizerslaan 11, 1000 Brussel | 0800 30 700 | | vdab.be | BE0887.010.362 |'].join('\n'));
    const found = recognise(outline, classifySections(outline));
    expect(value(found, 'controller', 'entities', 0, 'name')).toEqual(['Arktos vzw']);
    expect(value(found, 'controller', 'entities', 0, 'phone')).toEqual(['016 29 57 74']);
    expect(value(found, 'controller', 'entities', 0, 'email')).toEqual(['info@arktos.be']);
    expect(value(found, 'controller', 'entities', 1, 'name')).toEqual(['VDAB']);
    expect(value(found, 'controller', 'entities', 1, 'kbo')).toEqual(['BE0887.010.362']);
    expect(value(found, 'controller', 'entities', 1, 'phone')).toEqual(['0800 30 700']);
  });

  test('a KBO whose check digits fail is recognised, and says so', () => {
    const [kbo] = at(facts('De verwerkingsverantwoordelijke is Velo Verde BV, ondernemingsnummer 0789.456.176.'), 'controller', 'entities', 0, 'kbo');
    expect(kbo?.value).toBe('0789.456.176');
    expect(kbo?.what).toMatch(/controle faalt.*75/);
  });

  test('two vzw’s side by side: one entity each, never one taken for both', () => {
    const found = facts(
      'Groep INTRO vzw met maatschappelijke zetel in de Charles Parentéstraat 6, 1070 Brussel en ingeschreven in de K.B.O onder nummer 461936071, is verwerkingsverantwoordelijke van persoonsgegevens.',
      'Groep INTRO Maatwerk vzw met maatschappelijke zetel in de Charles Parentéstraat 6, 1070 en ingeschreven in de K.B.O. onder nummer 0472098703, is verwerkingsverantwoordelijke van persoonsgegevens.',
    );
    expect(value(found, 'controller', 'entities', 0, 'kbo')).toEqual(['461936071']);
    expect(value(found, 'controller', 'entities', 0, 'name')).toEqual(['Groep INTRO vzw']);
    expect(value(found, 'controller', 'entities', 1, 'name')).toEqual(['Groep INTRO Maatwerk vzw']);
    expect(value(found, 'controller', 'entities', 1, 'kbo')).toEqual(['0472098703']);
    // "Charles Parentéstraat 6, 1070 en ingeschreven …": the municipality is missing, so no address; and the KBO is no phone.
    expect(at(found, 'controller', 'entities', 1, 'address')).toEqual([]);
    expect(found.filter((f) => f.path[3] === 'phone')).toEqual([]);
  });
});

describe('the DPO', () => {
  test('OCMW Leuven: "De DPO is te contacteren via gdpr@leuven.be"', () => {
    const found = facts('## Hoe beschermen we je gegevens?', '- Een Data Protection Officer (DPO) controleert of OCMW Leuven persoonsgegevens verwerkt volgens de privacywetten. De DPO is te contacteren via gdpr@leuven.be of DPO OCMW Leuven, Andreas Vesaliusstraat 47, 3000 Leuven.');
    expect(value(found, 'dpo', 'email')).toEqual(['gdpr@leuven.be']);
  });

  test('a GDPR-aanspreekpunt with its label', () => {
    const found = facts('- Een Data Protection Officer (DPO) of GDPR-aanspreekpunt controleert of het partnerschap de regels volgt. Het GDPR-aanspreekpunt is te contacteren via privacy.west-limburg@lplimburg.be');
    expect(value(found, 'dpo', 'label')).toEqual(['GDPR-aanspreekpunt']);
    expect(value(found, 'dpo', 'email')).toEqual(['privacy.west-limburg@lplimburg.be']);
  });

  test('the details under a heading that names the DPO', () => {
    const found = facts('### 1.2 Functionaris voor gegevensbescherming', 'De gemeente en het OCMW hebben samen één functionaris voor gegevensbescherming (DPO) aangesteld.', 'Dorpsplein 1, 2380 Heidebeek', 'E-mail: privacy@heidebeek.be');
    expect(value(found, 'dpo', 'email')).toEqual(['privacy@heidebeek.be']);
  });

  test('no DPO when the notice says there is none, or names another organisation’s', () => {
    expect(at(facts('We hebben geen functionaris voor gegevensbescherming aangesteld. Voor al je vragen kan je terecht bij onze privacyverantwoordelijke via privacy@veloverde.be.'), 'dpo', 'email')).toEqual([]);
    expect(at(facts('De federatie heeft wel een functionaris voor gegevensbescherming. Je kan terecht bij de DPO van Zwemfederatie Vlaanderen vzw, dpo@zwemfederatievlaanderen.be.'), 'dpo', 'email')).toEqual([]);
  });
});

describe('legal bases', () => {
  test.each([
    ['Dat is een taak van algemeen belang (art. 6.1.e AVG).', ['algemeen-belang']],
    ['De verwerking steunt op artikel 6, lid 1, c) van de AVG.', ['wettelijke-verplichting']],
    ['Rechtsgrond: je toestemming, die je altijd kan intrekken.', ['toestemming']],
    ['Rechtsgrond: de uitvoering van de overeenkomst met jou.', ['overeenkomst']],
    ['Dat doen we op basis van de overeenkomst die met de inschrijving ontstaat.', ['overeenkomst']],
    ['Rechtsgrond: ons gerechtvaardigd belang om fraude te voorkomen.', ['gerechtvaardigd-belang']],
    ['om de vitale belangen van de betrokkene te beschermen', ['vitaal-belang']],
    ['om het vitaal belang van de betrokkene te beschermen', ['vitaal-belang']],
  ])('%s', (sentence, codes) => expect(basesIn(sentence)).toEqual(codes));

  test.each([
    'We verwerken je gegevens niet op basis van ons gerechtvaardigd belang.',
    'Met elke verwerker sluiten we een verwerkersovereenkomst.',
    'De verwerking gebeurt in overeenstemming met de AVG.',
    'Zonder je toestemming delen we niets.',
  ])('named but not a basis: %s', (sentence) => expect(basesIn(sentence)).toEqual([]));

  test('a list in the section on legal bases becomes its items, with the item as text', () => {
    const found = facts('## Waarom mogen we deze gegevens verwerken?', '- Je gaf ons je toestemming.', '- Het is nodig voor de uitvoering van de overeenkomst.', '- Het is een wettelijke verplichting.');
    expect(at(found, 'legalBases', 'items')).toEqual([
      expect.objectContaining({
        value: [
          { basis: 'toestemming', text: 'Je gaf ons je toestemming.' },
          { basis: 'overeenkomst', text: 'Het is nodig voor de uitvoering van de overeenkomst.' },
          { basis: 'wettelijke-verplichting', text: 'Het is een wettelijke verplichting.' },
        ],
        consumed: [1],
      }),
    ]);
  });

  test('OCMW Leuven: subheadings that name a basis, "Wettelijke plicht" too', () => {
    const found = facts('## Waarom mag OCMW Leuven jouw persoonsgegevens gebruiken?', '### 1. Toestemming', 'Zoals bij het nemen van foto’s geef je ons je goedkeuring.', '### 3. Wettelijke plicht', 'OCMW Leuven is een OCMW zoals bedoeld in de organieke wet.', '### 5. Taak van algemeen belang', 'Uit de organieke wet volgt dat wij een taak uitoefenen.');
    expect(at(found, 'legalBases', 'items').map((f) => f.value)).toEqual([[{ basis: 'toestemming' }], [{ basis: 'wettelijke-verplichting' }], [{ basis: 'algemeen-belang' }]]);
  });

  test('a mention outside its section counts only with a rule’s words, and is only extracted', () => {
    const found = facts('## Beveiliging', 'Wettelijke verplichting of niet, we beveiligen alles.', 'De rechtsgrond is een wettelijke verplichting.');
    expect(at(found, 'legalBases', 'items')).toEqual([expect.objectContaining({ value: [{ basis: 'wettelijke-verplichting' }], line: 3, consumed: [] })]);
  });
});

describe('rights', () => {
  test('the rights a paragraph names', () => {
    const text =
      'Je hebt het recht om je gegevens in te kijken en er een kopie van te krijgen. Je kan onjuiste gegevens laten verbeteren en in bepaalde gevallen vragen om gegevens te wissen of de verwerking te beperken. Berust een verwerking op een taak van algemeen belang, dan kan je er bezwaar tegen maken. Heb je toestemming gegeven, dan kan je die altijd intrekken. Gegevens die je ons zelf gaf, kan je in een gangbaar digitaal formaat krijgen.';
    const found = facts('## Wat zijn je rechten?', text);
    expect(at(found, 'rights', 'items').flatMap((f) => f.value as { right: string }[]).map((r) => r.right).sort()).toEqual(['beperking', 'bezwaar', 'intrekking', 'inzage', 'overdraagbaarheid', 'verbetering', 'wissing']);
    expect(found.every((f) => f.consumed.length === 0)).toBe(true);
  });

  test.each([
    'Het recht op overdraagbaarheid is niet van toepassing.',
    'Gegevens in het bevolkingsregister kunnen we bijvoorbeeld niet wissen.',
    'Stuur een ondertekende aanvraag, met een kopie van je identiteitskaart.',
    'We nemen geen geautomatiseerde beslissingen over je.',
  ])('no right: %s', (sentence) => expect(rightsIn(sentence)).toEqual([]));

  test('Groep INTRO’s plain words: one right per item, conditions with "niet" and "behalve" included', () => {
    const found = facts(
      '## 9 Welke rechten heb jij?',
      'Je hebt een aantal rechten:',
      '- je mag je gegevens zien',
      '- je mag je gegevens aanvullen en fouten in je gegevens verbeteren',
      '- je mag ons vragen om minder gegevens te verwerken',
      '- je mag ons vragen om jouw gegevens te verwijderen (ook als je eerst toestemming gaf), behalve als wij wettelijk verplicht zijn om deze gegevens te bewaren',
      '- je mag ons vragen om jouw gegevens door te geven aan een andere organisatie',
      '- je mag bezwaar maken als je niet akkoord gaat met de reden en de wijze van verwerking',
    );
    expect(at(found, 'rights', 'items').flatMap((f) => f.value as { right: string }[]).map((r) => r.right)).toEqual(['inzage', 'verbetering', 'beperking', 'wissing', 'overdraagbaarheid', 'bezwaar']);
  });

  test('a list naming one right per item becomes rights.items (consumed)', () => {
    const found = facts('## Je rechten', '- Recht op inzage: je mag je gegevens inkijken.', '- Recht op verbetering van foute gegevens.', '- Recht van bezwaar tegen de verwerking.');
    expect(at(found, 'rights', 'items')).toEqual([
      expect.objectContaining({
        value: [
          { right: 'inzage', text: 'Recht op inzage: je mag je gegevens inkijken.' },
          { right: 'verbetering', text: 'Recht op verbetering van foute gegevens.' },
          { right: 'bezwaar', text: 'Recht van bezwaar tegen de verwerking.' },
        ],
        consumed: [1],
      }),
    ]);
  });

  test('rights outside the section on rights are not taken', () => {
    expect(at(facts('## Bewaartermijnen', 'Daarna verwijderen we je gegevens.'), 'rights', 'items')).toEqual([]);
  });
});

describe('supervisory authorities', () => {
  test('Groep INTRO: the block that only gives the GBA’s address is consumed', () => {
    const found = facts('## Klachten', 'Als je een probleem hebt met onze manier van handelen, kan je een klacht indienen bij:', 'Gegevensbeschermingsautoriteit Drukpersstraat 35 1000 Brussel +32 (0)2 274 48 00 contact@apd-gba.be www.privacycommission.be');
    expect(at(found, 'complaints', 'authorities')).toEqual([expect.objectContaining({ value: [{ authority: 'gba' }], consumed: [2] })]);
  });

  test('named in a sentence: recognised, the sentence stays', () => {
    const found = facts('## Klachten', 'Je hebt ten slotte het recht om klacht in te dienen bij de Gegevensbeschermingsautoriteit. Voor meer informatie kun je bij de Vlaamse Toezichtscommissie terecht.');
    expect(at(found, 'complaints', 'authorities').map((f) => [f.value, f.consumed])).toEqual([
      [[{ authority: 'gba' }], []],
      [[{ authority: 'vtc' }], []],
    ]);
  });

  test('the VTC’s address, which the standard block does not print, is kept', () => {
    const found = facts('## Klachten', 'Vlaamse Toezichtcommissie, Havenlaan 88 bus 30, 1000 Brussel, contact@toezichtcommissie.be');
    expect(at(found, 'complaints', 'authorities')).toEqual([
      expect.objectContaining({ value: [{ authority: 'vtc', address: { street: 'Havenlaan 88 bus 30', postalCode: '1000', city: 'Brussel' } }], consumed: [1] }),
    ]);
  });

  test('details that differ from the standard ones keep the text', () => {
    const found = facts('## Klachten', 'Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel, klachten@voorbeeld.be');
    expect(at(found, 'complaints', 'authorities')).toEqual([expect.objectContaining({ value: [{ authority: 'gba' }], consumed: [] })]);
  });
});

describe('lists under the heading of their section', () => {
  test('purposes, with a closing retention term and the basis kept in the text', () => {
    const found = facts('## Waarvoor gebruiken we je gegevens?', '- Je begeleiden naar werk', '- De nieuwsbrief sturen, met je toestemming (bewaartermijn: tot je je uitschrijft)');
    expect(at(found, 'purposes', 'items')).toEqual([
      expect.objectContaining({
        value: [{ name: 'Je begeleiden naar werk' }, { name: 'De nieuwsbrief sturen, met je toestemming', basis: [{ basis: 'toestemming', inDescription: true }], retention: 'tot je je uitschrijft' }],
        consumed: [1],
      }),
    ]);
  });

  test('data categories with their examples between brackets', () => {
    const found = facts('## Welke gegevens verwerken we?', '- Identificatiegegevens (naam, adres, geboortedatum)', '- Contactgegevens: telefoonnummer en e-mailadres');
    expect(value(found, 'data', 'categories')).toEqual([[{ name: 'Identificatiegegevens', details: 'naam, adres, geboortedatum' }, { name: 'Contactgegevens', description: 'telefoonnummer en e-mailadres' }]]);
  });

  test('processors when the lead says so, recipients otherwise', () => {
    const processors = facts('## Met wie delen we je gegevens?', 'We werken met deze verwerkers:', '- een betaalprovider', '- een hostingbedrijf');
    expect(value(processors, 'recipients', 'processors')).toEqual([[{ name: 'een betaalprovider' }, { name: 'een hostingbedrijf' }]]);
    expect(at(processors, 'recipients', 'items')).toEqual([]);
    const recipients = facts('## Met wie delen we je gegevens?', '- De VDAB', '- Het OCMW');
    expect(value(recipients, 'recipients', 'items')).toEqual([['De VDAB', 'Het OCMW']]);
  });

  test('a list with Markdown where the field takes plain text stays text', () => {
    expect(at(facts('## Waarvoor gebruiken we je gegevens?', '- **Begeleiding**: we helpen je'), 'purposes', 'items')).toEqual([]);
  });

  test('purposes written as subheadings with their paragraphs', () => {
    const found = facts('## Waarom gebruiken we je gegevens?', '### Onze nieuwsbrief', 'We sturen je een nieuwsbrief. Rechtsgrond: je toestemming, die je altijd kan intrekken.', '### Fraude voorkomen', 'We controleren verdachte bestellingen.', '- met een lijst');
    expect(at(found, 'purposes', 'items')).toEqual([
      expect.objectContaining({
        value: [{ name: 'Onze nieuwsbrief', description: 'We sturen je een nieuwsbrief. Rechtsgrond: je toestemming, die je altijd kan intrekken.', basis: [{ basis: 'toestemming', inDescription: true }] }],
        consumed: [1, 2],
      }),
    ]);
  });

  test('a block is consumed by one fact at most', () => {
    const found = facts('## Wat zijn je rechten?', '- Recht op inzage', '- Recht op verbetering');
    const consumed = found.flatMap((f) => f.consumed);
    expect(new Set(consumed).size).toBe(consumed.length);
  });
});
