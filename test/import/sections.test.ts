import { describe, expect, test } from 'vitest';
import { classifySections, sectionOfHeading } from '../../src/import/sections.js';
import { referenceOutline } from './outlines.js';

describe('a heading opens the standard section its meaning names', () => {
  test.each([
    ['1 Waarom verwerken wij jouw gegevens?', 'purposes'],
    ['2 Welke gegevens verwerken wij?', 'data'],
    ['3 Van wie krijgen we de gegevens?', 'sources'],
    ['Waar halen we de gegevens?', 'sources'],
    ['4 Waar bewaren we jouw gegevens?', 'storage'],
    ['5 Waarom mogen we deze gegevens verwerken?', 'legalBases'],
    ['6 Met wie delen we jouw persoonsgegevens?', 'recipients'],
    ['7 Hoe lang bewaren we jouw gegevens?', 'retention'],
    ['8 Hoe beveiligen wij jouw gegevens?', 'security'],
    ['9 Welke rechten heb jij?', 'rights'],
    ['1.10 Klachten', 'complaints'],
    ['Klacht indienen', 'complaints'],
    ['1.1 Wie zijn wij?', 'controller'],
    ['Wie verwerkt je persoonsgegevens?', 'controller'],
    ['1.2 Functionaris voor gegevensbescherming', 'contact'],
    ['3 Cookies en tracking', 'cookies'],
    ['Wijzigingen', 'changes'],
    ['Definities', 'definitions'],
    ['Disclaimer', 'disclaimer'],
  ])('%s → %s', (heading, key) => expect(sectionOfHeading(heading)).toBe(key));

  test.each(['Privacyverklaring', 'Privacyverklaring voor klanten-deelnemers', 'Jeugdleden', '4.1 Inschrijving en leerlingenadministratie', 'Laatst bijgewerkt [datum]'])(
    '%s is a section of the author’s own',
    (heading) => expect(sectionOfHeading(heading)).toBeUndefined(),
  );
});

describe('classifySections', () => {
  test('gives each key once, and subheadings of a standard section none', () => {
    const outline = referenceOutline(['# Privacyverklaring', '## Wat zijn je rechten?', '### Recht op inzage', 'Tekst.', '## Klachten', '## Nog meer klachten', 'Tekst.'].join('\n'));
    expect([...classifySections(outline)]).toEqual([
      [0, undefined],
      [1, 'rights'],
      [2, undefined],
      [4, 'complaints'],
      [5, undefined],
    ]);
  });

  test('the reference notice of a municipality', async () => {
    const { readFileSync } = await import('node:fs');
    const outline = referenceOutline(readFileSync('test/notices/gemeente/reference.txt', 'utf8'));
    const keys = [...classifySections(outline).values()].filter((k) => k !== undefined);
    expect(keys).toEqual(['controller', 'contact', 'data', 'purposes', 'sources', 'recipients', 'retention', 'security', 'rights', 'complaints', 'protocols']);
  });
});
