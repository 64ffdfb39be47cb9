import { describe, expect, test } from 'vitest';
import type { Block } from '../src/import/outline.js';
import { readText } from '../src/import/read/text.js';
import { furniture } from '../src/import/read/text-furniture.js';
import { joinLine, mendHyphens } from '../src/import/read/text-lines.js';

/** The text reader, one heuristic at a time, on snippets of the five seeds (test/seeds/) and the reference notices. */

const blocks = (text: string): Block[] => readText(text, 'notice.txt').blocks;
const kinds = (text: string) => blocks(text).map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));

describe('paragraphs', () => {
  test('lines wrapped mid-sentence are one paragraph, with the line it starts on', () => {
    const text = [
      'Titel van de verklaring',
      '',
      'Groep INTRO verzamelt persoonlijke gegevens van jou en neemt die op in jouw dossier. Dat is nodig ',
      'om je te begeleiden. In deze nota beschrijven we welke gegevens we verwerken en hoe we jouw ',
      'privacy zullen waarborgen.  ',
    ].join('\n');
    expect(blocks(text)[1]).toEqual({
      kind: 'paragraph',
      line: 3,
      text: 'Groep INTRO verzamelt persoonlijke gegevens van jou en neemt die op in jouw dossier. Dat is nodig om je te begeleiden. In deze nota beschrijven we welke gegevens we verwerken en hoe we jouw privacy zullen waarborgen.',
    });
  });

  test('a sentence that goes on after a blank line the extraction left is joined; a new sentence is not', () => {
    const text = 'Een lijst\n\no Financiële bijzonderheden (bankrekeningnummer, inkomsten en uitgaven, \n\npensioen, …) \no Persoonlijke kenmerken';
    expect(blocks(text)[1]).toMatchObject({ kind: 'list', items: ['Financiële bijzonderheden (bankrekeningnummer, inkomsten en uitgaven, pensioen, …)', 'Persoonlijke kenmerken'] });
    expect(kinds('Titel\n\nEen zin eindigt hier.\n\nvolgende alinea begint klein.')).toEqual(['h1', 'paragraph', 'paragraph']);
  });

  test('a word or web address broken at the line end is made whole; a hyphen that belongs to the word stays', () => {
    expect(joinLine('de foto van jouw ID-', 'kaart')).toBe('de foto van jouw ID-kaart');
    expect(joinLine('advies op 27-11-', '2023')).toBe('advies op 27-11-2023');
    expect(joinLine('e- mail: privacy.west-', 'limburg@lplimburg.be')).toBe('e- mail: privacy.west-limburg@lplimburg.be');
    expect(joinLine('de verwerking van persoons-', 'gegevens')).toBe('de verwerking van persoonsgegevens');
    expect(joinLine('in overeenstemming', 'met de AVG')).toBe('in overeenstemming met de AVG');
    expect(blocks('Titel\n\n0800 30 700 https://www.vdab.be/stel\n- je-vraag \n\nTekst.')[1]).toMatchObject({ text: '0800 30 700 https://www.vdab.be/stel-je-vraag' });
  });

  test('a word broken with a hyphen and a space inside a line is whole; a hyphen for a word left out stays', () => {
    expect(mendHyphens('Waarvoor worden deze persoons- gegevens gebruikt?')).toBe('Waarvoor worden deze persoonsgegevens gebruikt?');
    expect(mendHyphens('de sociale hulp- en dienstverlening, sport- of hobbyclub, e- mail')).toBe('de sociale hulp- en dienstverlening, sport- of hobbyclub, e- mail');
  });

  test('short lines in a row (an address, a contact block) stay lines', () => {
    const text = 'Titel\n\nStuur je vraag naar:\n\nGroep INTRO vzw \nCharles Parentéstraat 6 \n1070 Brussel \n+32(0)2 242 85 43 \nprivacy@groepintro.be \n';
    expect(blocks(text)[2]).toEqual({ kind: 'paragraph', line: 5, text: 'Groep INTRO vzw\nCharles Parentéstraat 6\n1070 Brussel\n+32(0)2 242 85 43\nprivacy@groepintro.be' });
  });
});

describe('lists', () => {
  test('bullets of every kind, blank lines between items allowed', () => {
    const text = 'Titel\n\nWe krijgen die gegevens:\n\n• van jou \n\n• van de VDAB \n● tijdens gesprekken met jou\n\uf0b7 via de telefoon\n- via e-mail of post\n➢ via sociale media\n✔ via een formulier';
    expect(blocks(text)[2]).toEqual({ kind: 'list', ordered: false, line: 5, items: ['van jou', 'van de VDAB', 'tijdens gesprekken met jou', 'via de telefoon', 'via e-mail of post', 'via sociale media', 'via een formulier'] });
  });

  test('an item wrapped over lines is one item; its label and text on two lines too', () => {
    const text = [
      'Titel',
      '',
      '• Waarborgen van kwaliteit en continuïteit binnen het Lokaal ',
      'Partnerschap: ',
      'Om ervoor te zorgen dat alle partners van het Partnerschap jou op een aangepaste, en ',
      'goede kwaliteitsvolle manier kunnen begeleiden. ',
      '• Subsidies en rapportering: ',
    ].join('\n');
    expect(blocks(text)[1]).toMatchObject({
      items: [
        'Waarborgen van kwaliteit en continuïteit binnen het Lokaal Partnerschap: Om ervoor te zorgen dat alle partners van het Partnerschap jou op een aangepaste, en goede kwaliteitsvolle manier kunnen begeleiden.',
        'Subsidies en rapportering:',
      ],
    });
  });

  test('numbered items close together are an ordered list, with their indented text', () => {
    const text = 'Titel\n\nWe hanteren steeds minstens 1 van de voorwaarden uit AVG art.6.1:\n\n 1. Toestemming\n  Zoals bij het nemen van foto’s geef je ons je goedkeuring.\n 2. Overeenkomst\n  We maken een contract voor een specifiek doel.';
    expect(blocks(text)[2]).toEqual({
      kind: 'list', ordered: true, line: 5,
      items: ['Toestemming\nZoals bij het nemen van foto’s geef je ons je goedkeuring.', 'Overeenkomst\nWe maken een contract voor een specifiek doel.'],
    });
  });

  test('lettered items "A." and glued dashes "-Het" are items', () => {
    expect(kinds('Titel\n\nA. Opgroeien regie is een Vlaamse instantie.\n\nB. OCMW Leopoldsburg is een OCMW.')).toEqual(['h1', 'list']);
    expect(blocks('Titel\n\n-Het OCMW heeft een veiligheidsbeleid.\n\n-Het OCMW heeft een functionaris voor gegevensbescherming (FGB) of data protection officer \n(DPO)')[1])
      .toMatchObject({ items: ['Het OCMW heeft een veiligheidsbeleid.', 'Het OCMW heeft een functionaris voor gegevensbescherming (FGB) of data protection officer (DPO)'] });
  });

  test('deeper items go into their item ("item: a; b"); an item that introduces items becomes their lead-in', () => {
    const text = [
      'Titel',
      '',
      ' • om een wettelijke verplichting na te komen:',
      '  • Administratieve afhandeling van overheidsopdrachten ',
      '   • Welke gegevens? Identificatiegegevens, contactgegevens ',
      '   • Bewaartermijn: volgens de bepalingen van de archiefwetgeving ',
      '  • Algemeen beheer van de boekhouding ',
      '   • Gedeeld met: niet gedeeld ',
    ].join('\n');
    expect(blocks(text).slice(1)).toEqual([
      { kind: 'paragraph', text: 'om een wettelijke verplichting na te komen:', line: 3 },
      {
        kind: 'list', ordered: false, line: 4,
        items: [
          'Administratieve afhandeling van overheidsopdrachten: Welke gegevens? Identificatiegegevens, contactgegevens; Bewaartermijn: volgens de bepalingen van de archiefwetgeving',
          'Algemeen beheer van de boekhouding: Gedeeld met: niet gedeeld',
        ],
      },
    ]);
  });

  test('"o" under "•" is a sub-item; a lone item indented by the extraction is not', () => {
    const text = 'Titel\n\n• In sommige gevallen gebruiken we bijzondere persoonsgegevens \no Etnische gegevens \no Politieke opvattingen \n\n● naam\n ● voornaam\n● adres';
    expect(blocks(text)[1]).toMatchObject({ items: ['In sommige gevallen gebruiken we bijzondere persoonsgegevens: Etnische gegevens; Politieke opvattingen', 'naam', 'voornaam', 'adres'] });
  });
});

describe('headings', () => {
  test('numbered headings, with and without a full stop, a second line that ends them', () => {
    const text = [
      'Titel', '',
      '1 Waarom verwerken wij jouw gegevens? ', '', 'Wij verwerken jouw gegevens.', '',
      '2. Welke persoonsgegevens verzamelt het Lokaal ', 'Partnerschap? ', '', 'Tekst.', '',
      '2.Sociale media', '', 'Tekst.', '',
      '3.2 Bewaartermijnen', 'Tekst.',
    ].join('\n');
    expect(blocks(text).filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', level: 1, text: 'Titel', line: 1 },
      { kind: 'heading', level: 2, text: '1 Waarom verwerken wij jouw gegevens?', line: 3 },
      { kind: 'heading', level: 2, text: '2\\. Welke persoonsgegevens verzamelt het Lokaal Partnerschap?', line: 7 },
      { kind: 'heading', level: 2, text: '2.Sociale media', line: 12 },
      { kind: 'heading', level: 3, text: '3.2 Bewaartermijnen', line: 16 },
    ]);
  });

  test('"Artikel 3:" is a heading, "Artikel 458 ter van het strafwetboek" is not', () => {
    expect(blocks('Titel\n\nArtikel 2: Rechtvaardigingsgronden van zowel de mededeling als de inzameling \nvan de persoonsgegevens\n\nTekst.')[1])
      .toEqual({ kind: 'heading', level: 2, text: 'Artikel 2: Rechtvaardigingsgronden van zowel de mededeling als de inzameling van de persoonsgegevens', line: 3 });
    expect(blocks('Titel\n\nKetenaanpak\n\nArtikel 458 ter van het strafwetboek\n\nInzake fraude\n\nTekst die eindigt.')[2]).toEqual({
      kind: 'paragraph', text: 'Artikel 458 ter van het strafwetboek', line: 5,
    });
  });

  test('ALL CAPS lines are headings, and do not take the text after them', () => {
    expect(kinds('Titel\n\nTUSSEN\n\nHet agentschap Opgroeien regie;\n\nEN\n\nhet openbaar centrum voor maatschappelijk welzijn')).toEqual(['h1', 'h2', 'paragraph', 'h2', 'paragraph']);
  });

  test('a short line without a final full stop before text is a heading, one level under the numbered section', () => {
    const text = '9 Welke rechten heb jij?\n\nJe hebt rechten.\n\nHoe kan jij gebruik maken van je rechten? \n\nStuur ons jouw vraag per brief.\n\nDisclaimer\n\nDit reglement is een vertaling.';
    expect(kinds(text)).toEqual(['h2', 'paragraph', 'h3', 'paragraph', 'h3', 'paragraph']);
    expect(kinds('Privacyverklaring\n\nSamengevat\nOCMW Leuven gebruikt je naam en adres om je te helpen. We beschermen die gegevens.')).toEqual(['h1', 'h2', 'paragraph']);
  });

  test('a short sentence before a list, a short line before another heading, a contact or version line are no heading; a name before a list is', () => {
    expect(kinds('Titel\n\nWe krijgen die gegevens\n\n• van jou\n• van de VDAB')).toEqual(['h1', 'paragraph', 'list']);
    expect(kinds('Titel\n\nStad/gemeente  \n\n• Decreet van 9 februari 2018\n\nCAW (Centrum Algemeen Welzijn) Limburg  \n\n• Decreet van 8 mei 2009'))
      .toEqual(['h1', 'h2', 'list', 'h2', 'list']);
    expect(kinds('Privacyverklaring\n\nProtocollen\n\nHoelang worden jouw persoonsgegevens bijgehouden?\n\nWe bewaren ze kort.')).toEqual(['h1', 'paragraph', 'h2', 'paragraph']);
    expect(kinds('Titel\n\n011 43 02 01 ondernemen@beringen.be BE0690.818.063\n\nTekst.')).toEqual(['h1', 'paragraph', 'paragraph']);
    expect(kinds(' Privacyverklaring voor klanten-deelnemers \n\nLaatst bijgewerkt [datum] \n \n\nGroep INTRO vzw is verwerkingsverantwoordelijke.')).toEqual(['h1', 'paragraph', 'paragraph']);
  });

  test('Markdown-style headings of a reference notice keep their level', () => {
    expect(blocks('# Privacyverklaring Velo Verde\n## Wie zijn wij?\n### 1.8 Hoe beveiligen we je gegevens?\nTekst.').slice(0, 3)).toEqual([
      { kind: 'heading', level: 1, text: 'Privacyverklaring Velo Verde', line: 1 },
      { kind: 'heading', level: 2, text: 'Wie zijn wij?', line: 2 },
      { kind: 'heading', level: 3, text: '1.8 Hoe beveiligen we je gegevens?', line: 3 },
    ]);
  });
});

describe('the title', () => {
  test('the first heading-like line that names the document, also over two lines', () => {
    const text = ' PROTOCOL VOOR DE ELEKTRONISCHE MEDEDELING VAN PERSOONSGEGEVENS VANUIT \nOPGROEIEN REGIE (lokaal team Kind en Gezin West-Limburg ) NAAR OCMW Leopoldsburg\n\nin het kader van de samenwerking';
    expect(blocks(text)[0]).toEqual({
      kind: 'heading', level: 1, line: 1,
      text: 'PROTOCOL VOOR DE ELEKTRONISCHE MEDEDELING VAN PERSOONSGEGEVENS VANUIT OPGROEIEN REGIE (lokaal team Kind en Gezin West-Limburg ) NAAR OCMW Leopoldsburg',
    });
    expect(blocks(' (versie van 2022-07-18)\n\nAlgemeen\n\nPrivacyverklaring\n\nAlgemeen\n\nOm als provincie Limburg een goede dienstverlening te kunnen aanbieden, werken wij met gegevens.'))
      .toMatchObject([{ kind: 'paragraph' }, { kind: 'paragraph', text: 'Algemeen' }, { kind: 'heading', level: 1, text: 'Privacyverklaring' }, { kind: 'heading', level: 2 }, { kind: 'paragraph' }]);
  });
});

describe('page furniture', () => {
  test('headers, footers and page numbers repeated on the pages (form feeds) are left out', () => {
    const page = (n: number, body: string) => `Privacyverklaring Groep INTRO\n\n${body}\n\nPagina ${n} van 3\n`;
    const text = [page(1, 'Eerste alinea loopt door op de volgende'), page(2, 'pagina, zonder onderbreking.'), page(3, 'Laatste alinea.')].join('\f');
    const read = blocks(text);
    expect(read.map((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      'Eerste alinea loopt door op de volgende pagina, zonder onderbreking.',
      'Laatste alinea.',
    ]);
  });

  test('without form feeds: page numbers counting up and a running header', () => {
    const lines = ['Tekst', '1', ...Array(25).fill('x'), 'Privacyverklaring OCMW – versie 2', '2', ...Array(25).fill('y'), 'Privacyverklaring OCMW – versie 2', '3', ...Array(25).fill('z'), 'Privacyverklaring OCMW – versie 2'];
    const dropped = [...furniture(lines)].sort((a, b) => a - b).map((i) => lines[i]);
    expect(dropped).toEqual(['1', 'Privacyverklaring OCMW – versie 2', '2', 'Privacyverklaring OCMW – versie 2', '3', 'Privacyverklaring OCMW – versie 2']);
  });

  test('a lone number that does not count up stays', () => {
    expect(furniture(['Gegeven', '1', 'Voornaam'])).toEqual(new Set());
  });

  test('link targets an extraction writes at a page end are left out when the text shows them', () => {
    const lines = ['Mail privacy@groepintro.be of www.privacycommission.be.', 'mailto:privacy@groepintro.be', 'http://www.privacycommission.be/', 'https://example.org/elders'];
    expect(furniture(lines)).toEqual(new Set([1, 2]));
  });
});

test('what Markdown would read as markup stays a character', () => {
  expect(blocks('Titel\n\nLaatst bijgewerkt op [datum] door *de* directie.\n\nTekst.')[1]).toMatchObject({ text: 'Laatst bijgewerkt op \\[datum\\] door \\*de\\* directie.' });
});

describe('tables', () => {
  test('rows between pipes, the first row a header', () => {
    const text = '# Cookies\n| Cookie | Aanbieder | Bewaartermijn |\n| vv_session | Velo Verde | tot je de browser sluit |\n| vv_lang | Velo Verde | 12 maanden |';
    expect(blocks(text)[1]).toEqual({
      kind: 'table', header: true, line: 2,
      rows: [['Cookie', 'Aanbieder', 'Bewaartermijn'], ['vv\\_session', 'Velo Verde', 'tot je de browser sluit'], ['vv\\_lang', 'Velo Verde', '12 maanden']],
    });
  });

  test('a justified paragraph (pdftotext -layout) is no table: its gaps are not aligned', () => {
    const text = 'Titel\n\nGroep INTRO   verzamelt   persoonlijke gegevens van jou en neemt die op\nin jouw dossier.   Dat is nodig   om je te begeleiden en te ondersteunen.';
    expect(kinds(text)).toEqual(['h1', 'paragraph']);
  });

  test('columns laid out with tabs or runs of spaces', () => {
    const text = 'Titel\n\nGegeven\tVerantwoording\nVoornaam en naam\tNoodzakelijk om te identificeren\nAdres     Noodzakelijk om te contacteren';
    expect(blocks(text)[1]).toEqual({
      kind: 'table', header: true, line: 3,
      rows: [['Gegeven', 'Verantwoording'], ['Voornaam en naam', 'Noodzakelijk om te identificeren'], ['Adres', 'Noodzakelijk om te contacteren']],
    });
  });
});

describe('any text', () => {
  test('empty, blank or one line', () => {
    expect(blocks('')).toEqual([]);
    expect(blocks('\n \n\f\n')).toEqual([]);
    expect(blocks('Alleen een zin.')).toEqual([{ kind: 'paragraph', text: 'Alleen een zin.', line: 1 }]);
  });

  test('Windows line ends and no-break spaces read as any others', () => {
    expect(blocks('Privacyverklaring\r\n\r\nWe\u00a0verwerken je gegevens \r\nmet zorg.\r\n')).toEqual([
      { kind: 'heading', level: 1, text: 'Privacyverklaring', line: 1 },
      { kind: 'paragraph', text: 'We verwerken je gegevens met zorg.', line: 3 },
    ]);
  });

  test('a long text is read in linear time (four times the text, not sixteen times the time)', () => {
    const section = (n: number) => `${(n % 9) + 1}. Hoofdstuk ${n}\n\n${'Een regel tekst die doorloopt over de volle breedte van de pagina, zoals een PDF ze geeft, \n'.repeat(20)}\n• punt een\n• punt twee\n\n`;
    const text = (sections: number) => Array.from({ length: sections }, (_, n) => section(n + 1)).join('');
    const fastest = (source: string) => Math.min(...[1, 2, 3].map(() => {
      const start = performance.now();
      blocks(source);
      return performance.now() - start;
    }));
    const small = fastest(text(50));
    const large = fastest(text(200));
    expect(large / small).toBeLessThan(10);
    expect(blocks(text(200)).filter((b) => b.kind === 'heading')).toHaveLength(200);
  });
});
