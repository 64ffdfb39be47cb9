import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { runCli, tempDir } from './cli-helpers.js';

/** `build --check` judges a PDF by the trace it records (source, privnote version, options), not by its bytes. */
describe('build --check on a PDF', () => {
  const dir = tempDir();
  const notice = join(dir, 'notice.yaml');
  const out = join(dir, 'out');
  const pdf = join(out, 'notice.pdf');
  const check = async (options: { review?: boolean } = {}) => (await build([notice], { outDir: out, formats: ['pdf'], check: true, ...options })).stale;
  let printed: Uint8Array;

  beforeAll(async () => {
    copyFileSync('test/fixtures/minimal.yaml', notice);
    const result = await build([notice], { outDir: out, formats: ['pdf'], cache: false });
    expect(result.written).toEqual([pdf]);
    printed = readFileSync(pdf);
  }, 120_000);

  test('the PDF just built is current', async () => {
    expect(await check()).toEqual([]);
  });

  test('the check prints no PDF: it needs no browser, and says the PDF is current', async () => {
    const { code, stdout } = await runCli(['build', notice, '-o', out, '-f', 'pdf', '--check'], { env: { PRIVNOTE_CHROMIUM: join(dir, 'geen-browser') } });
    expect(stdout).toMatch(/^1 bestand nagekeken, 0 uitvoer niet actueel, 0 mislukt/m);
    expect(code).toBe(0);
  });

  test('other page content with the same metadata (another Chromium or font build) is current', async () => {
    const document = await PDFDocument.load(printed, { updateMetadata: false });
    document.getPage(0).drawText('anders gedrukt', { x: 40, y: 40, size: 8 });
    document.addPage();
    const reprinted = await document.save();
    expect(Buffer.from(reprinted).equals(Buffer.from(printed))).toBe(false);
    writeFileSync(pdf, reprinted);
    expect(await check()).toEqual([]);
  });

  test('a changed source makes it stale', async () => {
    writeFileSync(pdf, printed);
    const source = readFileSync(notice, 'utf8');
    writeFileSync(notice, source.replace('Testgemeente', 'Nieuwgemeente'));
    try {
      expect(await check()).toEqual([pdf]);
    } finally {
      writeFileSync(notice, source);
    }
    expect(await check()).toEqual([]);
  });

  test('options that shape the PDF make it stale: review, the config', async () => {
    writeFileSync(pdf, printed);
    expect(await check({ review: true })).toEqual([pdf]);
    writeFileSync(join(dir, 'privnote.config.yaml'), 'theme:\n  accent: "#004488"\n');
    try {
      expect(await check()).toEqual([pdf]);
    } finally {
      writeFileSync(join(dir, 'privnote.config.yaml'), '');
    }
  });

  test('another privnote version makes it stale', async () => {
    const document = await PDFDocument.load(printed, { updateMetadata: false });
    document.context.lookup(document.context.trailerInfo.Info, PDFDict).set(PDFName.of('PrivnoteVersion'), PDFString.of('0.0.0-other'));
    writeFileSync(pdf, await document.save());
    expect(await check()).toEqual([pdf]);
  });

  test('a PDF without privnote metadata, or that cannot be read, is stale and nothing crashes', async () => {
    const bare = await PDFDocument.create();
    bare.addPage();
    writeFileSync(pdf, await bare.save());
    expect(await check()).toEqual([pdf]);
    writeFileSync(pdf, 'geen pdf\n');
    expect(await check()).toEqual([pdf]);
    writeFileSync(pdf, printed.subarray(0, 2000));
    expect(await check()).toEqual([pdf]);
  });
});
