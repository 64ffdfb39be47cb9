import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import type { NoticeModel } from '../src/model/index.js';
import type { ContentsEntry } from '../src/model/statement.js';
import { launchBrowser } from '../src/render/pdf/browser.js';
import { tempDir } from './cli-helpers.js';
import { renderExample } from './helpers.js';

/**
 * PDF/UA-1 (ISO 14289-1) by structure: every example PDF is read back with pdf-lib (objects) and pdf.js (content
 * operators), and compared with its HTML as Chromium's DOM reads it. veraPDF cannot be installed here; the README
 * lists what these checks cover and what they do not.
 */
const out = tempDir('privnote-pdfua-');
const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml').map((f) => basename(f, '.yaml'));

/** What the HTML of an example says, as a browser reads it: the text of its headings, and its lists. */
interface Html {
  headings: string[];
  lists: number;
  items: number;
  terms: number;
}
const html = new Map<string, Html>();
const closeBrowser: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const result = await build(['examples'], { outDir: out, cache: false });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { browser, close } = await launchBrowser();
  closeBrowser.push(close);
  const page = await browser.newPage();
  for (const name of examples) {
    await page.setContent(readFileSync(join(out, `${name}.html`), 'utf8'));
    html.set(
      name,
      await page.evaluate(() => ({
        // Soft hyphens and zero-width spaces are break hints, not text.
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent!.replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ').trim()),
        lists: document.querySelectorAll('ul, ol, dl').length,
        items: document.querySelectorAll('li, dt').length,
        terms: document.querySelectorAll('dt').length,
      })),
    );
  }
});
afterAll(() => Promise.all(closeBrowser.map((close) => close())));

const STANDARD_TYPES = new Set(
  ('Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form').split(' '),
);

interface Element {
  dict: PDFDict;
  type: string;
  parent?: Element;
  kids: Element[];
}

const name = (object: PDFObject | undefined) => (object instanceof PDFName ? object.decodeText() : undefined);

function open(file: string) {
  return PDFDocument.load(readFileSync(join(out, `${file}.pdf`)), { updateMetadata: false });
}

/** The structure elements below the StructTreeRoot, depth first, each with its parent and element kids. */
function structure(document: PDFDocument): Element[] {
  const lookup = (o: PDFObject | undefined) => (o instanceof PDFRef ? document.context.lookup(o) : o);
  const all: Element[] = [];
  const visit = (object: PDFObject | undefined, parent?: Element): Element[] => {
    const value = lookup(object);
    if (value instanceof PDFArray) return value.asArray().flatMap((kid) => visit(kid, parent));
    if (!(value instanceof PDFDict) || !value.has(PDFName.of('S'))) return [];
    const element: Element = { dict: value, type: name(value.get(PDFName.of('S')))!, parent, kids: [] };
    all.push(element);
    element.kids = visit(value.get(PDFName.of('K')), element);
    return [element];
  };
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  visit(root.get(PDFName.of('K')));
  return all;
}

function roleMap(document: PDFDocument): Map<string, string> {
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const map = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  return new Map(map ? map.entries().map(([key, value]) => [key.decodeText(), name(value)!]) : []);
}

/** Bookmark titles, depth first (the order of the headings they stand for). */
function bookmarks(document: PDFDocument): string[] {
  const titles: string[] = [];
  const visit = (item: PDFDict | undefined) => {
    for (; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return titles;
}

const PAINTING = new Set<number>([
  OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
  OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText, OPS.shadingFill,
  OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintSolidColorImageMask, OPS.paintFormXObjectBegin,
]);

/** What pdf.js reads on each page: painting outside marked content, tagged sequences that paint only paths, MCIDs. */
async function contentOf(file: string) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(out, `${file}.pdf`))), verbosity: 0 }).promise;
  const unmarked: string[] = [];
  const onlyPaths: string[] = [];
  const mcids: number[][] = [];
  const opName = Object.fromEntries(Object.entries(OPS).map(([key, value]) => [value, key]));
  for (let number = 1; number <= pdf.numPages; number++) {
    const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
    const open: { mcid?: number; paths: number; other: number }[] = [];
    const page: number[] = [];
    fnArray.forEach((fn, i) => {
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
        const mcid = fn === OPS.beginMarkedContentProps && typeof argsArray[i][1] === 'number' ? (argsArray[i][1] as number) : undefined;
        if (mcid !== undefined) page.push(mcid);
        open.push({ mcid, paths: 0, other: 0 });
        return;
      }
      if (fn === OPS.endMarkedContent) {
        const sequence = open.pop()!;
        if (sequence.mcid !== undefined && sequence.paths > 0 && sequence.other === 0) onlyPaths.push(`page ${number}: MCID ${sequence.mcid}`);
        return;
      }
      // pdf.js folds a path's painting operator into constructPath, as its first argument.
      const painting = fn === OPS.constructPath ? (argsArray[i] as number[])[0]! : fn;
      if (!PAINTING.has(painting)) return;
      if (open.length === 0) unmarked.push(`page ${number}: ${opName[painting]}`);
      else if (fn === OPS.constructPath) open.at(-1)!.paths++;
      else open.at(-1)!.other++;
    });
    mcids.push(page.sort((a, b) => a - b));
  }
  await pdf.destroy();
  return { unmarked, onlyPaths, mcids };
}

/** The marked-content ids the structure tree refers to, per page (0-based). */
function taggedIds(document: PDFDocument): number[][] {
  const pages = document.getPages().map((page) => page.ref);
  const ids = pages.map((): number[] => []);
  for (const { dict } of structure(document)) {
    for (const kid of (dict.get(PDFName.of('K')) instanceof PDFArray ? dict.lookup(PDFName.of('K'), PDFArray).asArray() : [dict.get(PDFName.of('K'))])) {
      const value = kid instanceof PDFRef ? document.context.lookup(kid) : kid;
      const mcr = value instanceof PDFDict && value.has(PDFName.of('MCID'));
      const mcid = value instanceof PDFNumber ? value.asNumber() : mcr ? (value as PDFDict).lookup(PDFName.of('MCID'), PDFNumber).asNumber() : undefined;
      const page = mcr ? ((value as PDFDict).get(PDFName.of('Pg')) ?? dict.get(PDFName.of('Pg'))) : dict.get(PDFName.of('Pg'));
      if (mcid !== undefined) ids[pages.indexOf(page as PDFRef)]!.push(mcid);
    }
  }
  return ids.map((page) => page.sort((a, b) => a - b));
}

/** The headings the model gives, in order: a statement's table of contents, a protocol's articles. */
function modelHeadings(model: NoticeModel): string[] {
  const flat = (entry: ContentsEntry): string[] => [entry.heading, ...entry.children.flatMap(flat)];
  return model.kind === 'privacyverklaring' ? model.contents.flatMap(flat) : (model.articles as { heading: string }[]).map((a) => a.heading);
}

const xmlText = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe.each(examples)('%s.pdf is PDF/UA-1 by structure', (file) => {
  test('every painting operator is tagged content or an artifact (running footer included), decoration is an artifact', async () => {
    const { unmarked, onlyPaths } = await contentOf(file);
    expect(unmarked).toEqual([]);
    // Borders, rules and backgrounds: a tagged sequence that paints only paths would be decoration read as content.
    expect(onlyPaths).toEqual([]);
  });

  test('the structure tree and the pages agree on every piece of marked content', async () => {
    expect(taggedIds(await open(file))).toEqual((await contentOf(file)).mcids);
  });

  test('XMP metadata: pdfuaid:part 1, the title, the language, producer and dates as in the Info dictionary', async () => {
    const document = await open(file);
    const { model } = renderExample(`examples/${file}.yaml`);
    const stream = document.catalog.lookup(PDFName.of('Metadata'), PDFStream);
    expect(name(stream.dict.get(PDFName.of('Subtype')))).toBe('XML');
    const xmp = Buffer.from(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents()).toString('utf8');
    const field = (tag: string) => {
      const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xmp);
      return match && xmlText(match[1]!.replace(/<[^>]+>/g, '').trim());
    };
    expect(field('pdfuaid:part')).toBe('1');
    expect(field('dc:title')).toBe(model.title);
    expect(field('dc:language')).toBe(model.lang);
    expect(field('pdf:Producer')).toBe(document.getProducer());
    const iso = (date: Date | undefined) => date?.toISOString().replace('.000Z', 'Z') ?? null;
    expect(field('xmp:CreateDate')).toBe(iso(document.getCreationDate()));
    expect(field('xmp:ModifyDate')).toBe(iso(document.getModificationDate()));
  });

  test('only standard structure types, or ones the RoleMap maps to a standard type', async () => {
    const document = await open(file);
    const roles = roleMap(document);
    const unmapped = structure(document).map((e) => roles.get(e.type) ?? e.type).filter((type) => !STANDARD_TYPES.has(type));
    expect([...new Set(unmapped)]).toEqual([]);
    for (const role of roles.values()) expect(STANDARD_TYPES.has(role), role).toBe(true);
  });

  test('every structure element points to its parent and has content (an empty table cell may be empty)', async () => {
    const document = await open(file);
    const elements = structure(document);
    for (const element of elements.filter((e) => e.parent)) {
      expect(document.context.lookup(element.dict.get(PDFName.of('P')))).toBe(element.parent!.dict);
    }
    const isEmpty = (e: Element) => { const k = e.dict.get(PDFName.of('K')); return !k || (k instanceof PDFArray && k.size() === 0); };
    expect(elements.filter((e) => isEmpty(e) && e.type !== 'TD' && e.type !== 'TH').map((e) => e.type)).toEqual([]);
  });

  test('every link annotation says where it leads (/Contents)', async () => {
    const document = await open(file);
    const links = document.getPages().flatMap((page) =>
      (page.node.Annots()?.asArray() ?? []).map((ref) => document.context.lookup(ref, PDFDict)).filter((a) => name(a.get(PDFName.of('Subtype'))) === 'Link'),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.lookupMaybe(PDFName.of('Contents'), PDFString, PDFHexString)?.decodeText().trim(), String(link)).toBeTruthy();
  });

  test('lists: every LI holds an LBody (after its Lbl), and label/value lists are lists, not nested NonStruct', async () => {
    const elements = structure(await open(file));
    const { lists, items, terms } = html.get(file)!;
    expect(elements.filter((e) => e.type === 'L')).toHaveLength(lists);
    const listItems = elements.filter((e) => e.type === 'LI');
    expect(listItems).toHaveLength(items);
    for (const item of listItems) expect(item.kids.map((k) => k.type).join(' ')).toMatch(/^(Lbl )?LBody$/);
    for (const list of elements.filter((e) => e.type === 'L')) expect(list.kids.every((k) => k.type === 'LI')).toBe(true);
    // Each term of a description list is the label of its item.
    expect(listItems.filter((item) => item.kids[0]!.type === 'Lbl').length).toBeGreaterThanOrEqual(terms);
  });

  test('bookmarks carry the headings exactly as printed, the document title first', async () => {
    const titles = bookmarks(await open(file));
    const { model } = renderExample(`examples/${file}.yaml`);
    expect(titles).toEqual(html.get(file)!.headings);
    expect(titles[0]).toBe(model.title);
    let at = 0;
    for (const heading of modelHeadings(model)) {
      at = titles.findIndex((title, i) => i > at && title.endsWith(heading));
      expect(at, heading).toBeGreaterThan(0);
    }
  });

  test('catalog and pages: DisplayDocTitle, /Lang, /MarkInfo /Marked, /Tabs /S with annotations, every font embedded', async () => {
    const document = await open(file);
    const { catalog } = document;
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(String(catalog.get(PDFName.of('Lang')))).toBe('(nl-BE)');
    for (const page of document.getPages()) {
      if (page.node.Annots()) expect(name(page.node.get(PDFName.of('Tabs')))).toBe('S');
      const fonts = page.node.Resources()!.lookupMaybe(PDFName.of('Font'), PDFDict);
      for (const [key, ref] of fonts?.entries() ?? []) {
        const font = document.context.lookup(ref, PDFDict);
        const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) ?? font;
        const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
        expect(['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k))), key.toString()).toBe(true);
      }
    }
  });
});
