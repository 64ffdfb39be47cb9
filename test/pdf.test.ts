import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

/** Builds real PDFs with the system Chromium and reads them back with poppler-utils. */
const out = mkdtempSync(join(tmpdir(), 'privnote-pdf-'));
const pdfOf = (name: string) => join(out, `${name}.pdf`);
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

const buildExamples = (dir: string, env: NodeJS.ProcessEnv = process.env) => {
  const result = spawnSync(process.execPath, ['bin/privnote.js', 'build', 'examples', '-o', dir, '--no-cache'], { encoding: 'utf8', env });
  expect(result.stderr).not.toMatch(/ {2}error {2}/);
  expect(result.status).toBe(0);
};

beforeAll(() => buildExamples(out));

test('every example builds to byte-identical HTML, Markdown and PDF a second time', () => {
  const again = mkdtempSync(join(tmpdir(), 'privnote-pdf-again-'));
  buildExamples(again);
  const files = readdirSync(out).sort();
  expect(files).toHaveLength(15);
  for (const file of files) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
});

test('a PDF does not depend on what the browser printed before it', () => {
  const alone = mkdtempSync(join(tmpdir(), 'privnote-pdf-alone-'));
  const result = spawnSync(process.execPath, ['bin/privnote.js', 'build', 'examples/protocol-opgroeien-ocmw-leopoldsburg.yaml', '-o', alone, '-f', 'pdf', '--no-cache'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  const name = 'protocol-opgroeien-ocmw-leopoldsburg.pdf';
  expect(readFileSync(join(alone, name)).equals(readFileSync(join(out, name)))).toBe(true);
});

test('PDF dates come from the document, else SOURCE_DATE_EPOCH, never from the clock', () => {
  expect(poppler('pdfinfo', pdfOf('provincie-limburg-plot'))).toMatch(/^CreationDate:\s+Mon Jul 18 00:00:00 2022 UTC$/m);
  expect(poppler('pdfinfo', pdfOf('ocmw-leuven'))).not.toMatch(/^CreationDate:/m);
  const epoch = mkdtempSync(join(tmpdir(), 'privnote-pdf-epoch-'));
  const result = spawnSync(process.execPath, ['bin/privnote.js', 'build', 'examples/ocmw-leuven.yaml', '-o', epoch, '-f', 'pdf'], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
  });
  expect(result.status).toBe(0);
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
    expect(text).toMatch(/Pagina 1 van \d+/);
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
