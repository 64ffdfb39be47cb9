import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { SOFT_HYPHEN } from '../src/render/hyphenate.js';
import { tempDir } from './cli-helpers.js';
import { htmlText } from './helpers.js';
import { pdfLines } from './pdf-lines.js';

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
/**
 * A word broken at a soft hyphen, in the text as drawn (pdftotext -raw, so a label's second line follows its first):
 * its head, the soft hyphen, the hyphen Chromium draws for it (U+2010), and its tail on the next line.
 */
const HYPHENATED = new RegExp(`(\\p{L}+)${SOFT_HYPHEN}\\s*\u2010\\s*(\\p{L}+)`, 'gu');

beforeAll(async () => {
  const result = await build(['examples'], { outDir: out, formats: ['html', 'pdf'], cache: false });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe.each(EXAMPLES)('%s.pdf', (name) => {
  const pdf = () => join(out, `${name}.pdf`);

  test(`no page but the last is more than a third empty, and no line of text is longer than ${LONGEST_LINE} characters`, async () => {
    const pages = await pdfLines(pdf());
    const body = pages.map(({ lines }) => lines.filter((line) => line.y > BOTTOM));
    const empty = pages.slice(0, -1).map(({ height }, index) => {
      const lowest = Math.min(...body[index]!.map((line) => line.y));
      return { page: index + 1, share: Math.round(((lowest - BOTTOM) / (height - TOP - BOTTOM)) * 100) / 100 };
    });
    expect(empty.filter(({ share }) => share > MOST_EMPTY)).toEqual([]);
    const long = body.flat().filter((line) => line.text.length > LONGEST_LINE);
    expect(long.map(({ page, text }) => `p${page} (${text.length}): ${text}`)).toEqual([]);
  });

  test('is hyphenated, and its text reads back as whole words: soft hyphens only where a line breaks', () => {
    // The text area only: a word broken at the foot of a page goes on above the next page's text, not the footer.
    const area = ['-x', '0', '-y', `${Math.ceil(TOP)}`, '-W', '595', '-H', `${Math.floor(A4_HEIGHT - TOP - BOTTOM)}`];
    const text = execFileSync('pdftotext', ['-raw', ...area, pdf(), '-'], { encoding: 'utf8' });
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
