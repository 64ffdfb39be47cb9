import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { SOFT_HYPHEN } from '../src/render/hyphenate.js';
import { tempDir } from './cli-helpers.js';
import { htmlText } from './helpers.js';
import { linesOf, readPdf } from './pdf-reader.js';

/** Dutch typography of every example PDF, read back: page breaks, line length, hyphenated words. */
const out = tempDir('privnote-typography-');
const EXAMPLES = ['groep-intro', 'lokaal-partnerschap-west-limburg', 'ocmw-leuven', 'protocol-opgroeien-ocmw-leopoldsburg', 'provincie-limburg-plot'];

const MM = 72 / 25.4;
/** The page's margins (src/render/pdf/printer.ts): the running footer stands in the bottom one. */
const TOP = 20 * MM;
const BOTTOM = 22 * MM;
const A4_HEIGHT = 842;
/** The thresholds: ~75 characters a line (a line of narrow letters may go a little further), a third of a page. */
const LONGEST_LINE = 80;
const MOST_EMPTY = 1 / 3;
/** A word broken at a soft hyphen: its head, the soft hyphen, the hyphen Chromium draws for it (U+2010), its tail. */
const HYPHENATED = new RegExp(`(\\p{L}+)${SOFT_HYPHEN}\\s*\u2010\\s*(\\p{L}+)`, 'gu');

/**
 * The text of the pages' text area as drawn (pdftotext -raw: a label's second line follows its first), pages parted
 * by a form feed; the text area only, so a word broken at the foot of a page goes on above the next page's text.
 */
const textArea = (file: string) => {
  const area = ['-x', '0', '-y', `${Math.ceil(TOP)}`, '-W', '595', '-H', `${Math.floor(A4_HEIGHT - TOP - BOTTOM)}`];
  return execFileSync('pdftotext', ['-raw', ...area, file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => (line.replace('\f', '') && DRAFT_WATERMARK.includes(line.replace('\f', '')) ? line.replace(/[^\f]/g, '') : line))
    .join('\n');
};
/** A draft's watermark, set across every page, comes out of pdftotext -raw in pieces ("ONTW", "ERP") between lines. */
const DRAFT_WATERMARK = 'ONTWERP';

/** Lines as one text: a line that ends in a soft hyphen goes on without a space (and the last one without it). */
const joined = (lines: string[]) =>
  lines
    .reduce((text, line) => (text.endsWith(SOFT_HYPHEN) ? text.slice(0, -1) + line : text ? `${text} ${line}` : line), '')
    .replace(new RegExp(`${SOFT_HYPHEN}$`), '');

/** The text of each block of the HTML (paragraph, list item, value, cell), spaces collapsed, entities left as they are. */
const blocksOf = (html: string) =>
  html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<\/?(p|li|dt|dd|h\d|div|td|th|caption|ul|ol|dl|section|aside|header|nav|main|table|tr)\b[^>]*>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

beforeAll(async () => {
  const result = await build(['examples'], { outDir: out, formats: ['html', 'pdf'], cache: false });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe.each(EXAMPLES)('%s.pdf', (name) => {
  const pdf = () => join(out, `${name}.pdf`);

  test(`no page but the last is more than a third empty, and no line of text is longer than ${LONGEST_LINE} characters`, async () => {
    const pages = (await readPdf(pdf())).map((page, index) => ({ height: page.height, lines: linesOf(page, index + 1) }));
    const body = pages.map(({ lines }) => lines.filter((line) => line.y > BOTTOM));
    const empty = pages.slice(0, -1).map(({ height }, index) => {
      const lowest = Math.min(...body[index]!.map((line) => line.y));
      return { page: index + 1, share: Math.round(((lowest - BOTTOM) / (height - TOP - BOTTOM)) * 100) / 100 };
    });
    expect(empty.filter(({ share }) => share > MOST_EMPTY)).toEqual([]);
    const long = body.flat().filter((line) => line.text.length > LONGEST_LINE);
    expect(long.map(({ page, text }) => `p${page} (${text.length}): ${text}`)).toEqual([]);
  });

  test('no paragraph leaves a single line at the foot or the head of a page (orphans, widows)', () => {
    const blocks = blocksOf(readFileSync(join(out, `${name}.html`), 'utf8'));
    const pages = textArea(pdf())
      .split('\f')
      .map((page) => page.split('\n').filter((line) => line && line !== '\u2010'));
    const single: string[] = [];
    pages.slice(0, -1).forEach((page, index) => {
      const next = pages[index + 1]!;
      // The lines on either side of the break that one block holds, if a block goes on over the break.
      const block = blocks.find((text) => text.includes(joined([page.at(-1)!, next[0]!])));
      if (!block) return;
      const before = page.filter((_, i) => block.includes(joined(page.slice(i)))).length;
      const after = next.filter((_, i) => block.includes(joined(next.slice(0, i + 1)))).length;
      if (before < 2 || after < 2) single.push(`p${index + 1}-${index + 2}: ${before}+${after} lines of "${block.slice(0, 60)}…"`);
    });
    expect(single).toEqual([]);
  });

  test('is hyphenated, and its text reads back as whole words: soft hyphens only where a line breaks', () => {
    const text = textArea(pdf());
    const hyphenated = [...text.matchAll(HYPHENATED)];
    expect(hyphenated.length).toBeGreaterThan(0);
    expect(text.match(new RegExp(SOFT_HYPHEN, 'g'))).toHaveLength(hyphenated.length);
    // Each hyphenated word, joined again, is a word of the notice.
    const words = new Set(htmlText(readFileSync(join(out, `${name}.html`), 'utf8')).split(/[^\p{L}]+/u));
    expect(hyphenated.map(([, head, tail]) => head! + tail!).filter((word) => !words.has(word))).toEqual([]);
  });
});

test('every example is measured', () => {
  const built = readdirSync(out).filter((file) => file.endsWith('.pdf'));
  expect(built.map((file) => basename(file, '.pdf')).sort()).toEqual(EXAMPLES);
});
