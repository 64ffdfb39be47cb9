import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build, type BuildOptions } from '../src/build.js';
import { ruleIds } from '../src/rules/index.js';
import { tempDir, withEnv } from './cli-helpers.js';

/** Builds real PDFs with the system Chromium (in this process, through the library) and reads them back with poppler-utils. */
const out = tempDir('privnote-pdf-');
const pdfOf = (name: string) => join(out, `${name}.pdf`);
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

const buildQuietly = async (inputs: string[], options: BuildOptions) => {
  const result = await build(inputs, { cache: false, ...options });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result;
};

beforeAll(() => buildQuietly(['examples'], { outDir: out }));

test('every example builds to byte-identical HTML, Markdown and PDF a second time', async () => {
  const again = tempDir('privnote-pdf-again-');
  await buildQuietly(['examples'], { outDir: again });
  const files = readdirSync(out).sort();
  expect(files).toHaveLength(15);
  for (const file of files) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
});

test('a PDF does not depend on what the browser printed before it', async () => {
  const alone = tempDir('privnote-pdf-alone-');
  await buildQuietly(['examples/protocol-opgroeien-ocmw-leopoldsburg.yaml'], { outDir: alone, formats: ['pdf'] });
  const name = 'protocol-opgroeien-ocmw-leopoldsburg.pdf';
  expect(readFileSync(join(alone, name)).equals(readFileSync(join(out, name)))).toBe(true);
});

test('PDF dates come from the document, else SOURCE_DATE_EPOCH, never from the clock', async () => {
  expect(poppler('pdfinfo', pdfOf('provincie-limburg-plot'))).toMatch(/^CreationDate:\s+Mon Jul 18 00:00:00 2022 UTC$/m);
  expect(poppler('pdfinfo', pdfOf('ocmw-leuven'))).not.toMatch(/^CreationDate:/m);
  const epoch = tempDir('privnote-pdf-epoch-');
  await withEnv({ SOURCE_DATE_EPOCH: '1700000000' }, () => buildQuietly(['examples/ocmw-leuven.yaml'], { outDir: epoch, formats: ['pdf'] }));
  expect(poppler('pdfinfo', join(epoch, 'ocmw-leuven.pdf'))).toMatch(/^CreationDate:\s+Tue Nov 14 22:13:20 2023 UTC$/m);
});

describe('PDF of the OCMW Leuven statement', () => {
  const info = () => poppler('pdfinfo', pdfOf('ocmw-leuven'));

  test('is A4, several pages, tagged, with title, author, language and privnote as creator', () => {
    expect(info()).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info())![1])).toBeGreaterThan(3);
    expect(info()).toMatch(/^Tagged:\s+yes$/m);
    expect(info()).toMatch(/^Title:\s+Privacyverklaring OCMW Leuven$/m);
    expect(info()).toMatch(/^Author:\s+OCMW van Leuven$/m);
    expect(info()).toMatch(/^Creator:\s+privnote \d+\.\d+\.\d+$/m);
    expect(readFileSync(pdfOf('ocmw-leuven'), 'latin1')).toContain('/Lang (nl-BE)');
  });

  test('contains the section headings and numbered page footers', () => {
    const text = poppler('pdftotext', '-layout', pdfOf('ocmw-leuven'), '-');
    for (const heading of ['Welke persoonsgegevens verzamelt OCMW Leuven?', 'Wat zijn jouw rechten?', 'Samengevat']) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Pagina 2 van \d+/);
  });

  test('has a document outline (bookmarks) with the sections', () => {
    const xml = poppler('pdftohtml', '-xml', '-stdout', '-i', pdfOf('ocmw-leuven'));
    const items = [...xml.matchAll(/<item page="\d+">([^<]+)<\/item>/g)].map((m) => m[1]);
    expect(items).toContain('Wat zijn jouw rechten?');
    expect(items.length).toBeGreaterThan(8);
  });

  test('embeds its fonts', () => {
    const fonts = poppler('pdffonts', pdfOf('ocmw-leuven')).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/ yes +yes +yes /);
  });
});

test('the protocol PDF has its articles in the outline', () => {
  const xml = poppler('pdftohtml', '-xml', '-stdout', '-i', pdfOf('protocol-opgroeien-ocmw-leopoldsburg'));
  expect(xml).toMatch(/<item page="\d+">Artikel 1: /);
  expect(xml).toMatch(/<item page="\d+">Artikel 11: /);
});

test('the outline follows three levels of headings: a chapter, its sections, their subsections', async () => {
  const dir = tempDir('privnote-pdf-chapters-');
  const source = join(dir, 'hoofdstukken.yaml');
  writeFileSync(
    source,
    `title: Hoofdstukken
controller: { entities: [{ name: Testgemeente }] }
style:
  sections:
    - chapter: Privacyverklaring
      sections: [controller, rights]
    - chapter: Machtigingen en protocollen
      sections: [protocols]
rights:
  exercise: { text: Mail ons. }
protocols:
  items: [Protocol met de politiezone]
`,
  );
  // The legal rules judge content; here only the outline is under test.
  writeFileSync(join(dir, 'privnote.config.yaml'), `rules:\n${ruleIds.map((id) => `  ${id}: off`).join('\n')}\n`);
  await buildQuietly([source], { outDir: dir, formats: ['pdf'] });
  const xml = poppler('pdftohtml', '-xml', '-stdout', '-i', join(dir, 'hoofdstukken.pdf'));
  const outline = [...xml.matchAll(/<(outline)>|<\/(outline)>|<item page="\d+">([^<]+)<\/item>/g)]
    .map((m) => (m[1] ? '[' : m[2] ? ']' : m[3]))
    .join(' ');
  expect(outline).toContain(
    'Privacyverklaring [ Wie is verantwoordelijk voor je persoonsgegevens? Wat zijn je rechten? [ Hoe oefen je je rechten uit? ] ] Machtigingen en protocollen [ Met wie wisselen we gegevens uit? ]',
  );
});
