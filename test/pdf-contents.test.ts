import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { ruleIds } from '../src/rules/index.js';
import { tempDir } from './cli-helpers.js';
import { readPdf, textOf, type PdfPage } from './pdf-reader.js';

/** The table of contents of a PDF as a reader sees it: each entry's text, the number printed after it, the page its link leads to. */
function contentsOf(pages: PdfPage[]) {
  return pages.flatMap((page, index) =>
    page.links.map((link) => {
      const text = textOf(page, link.rect);
      const printed = /\s(\d+)$/.exec(text);
      return { onPage: index + 1, heading: printed ? text.slice(0, printed.index) : text, number: printed ? Number(printed[1]) : undefined, toPage: link.toPage };
    }),
  );
}

/** Headings are compared on their first words: a long one wraps, and the rest of its page is other text. */
const opening = (text: string) => text.split(' ').slice(0, 4).join(' ');

describe('the table of contents of every example PDF', () => {
  const out = tempDir('privnote-pdf-contents-');
  beforeAll(() => build(['examples'], { outDir: out, formats: ['pdf'], cache: false }), 120_000);

  test.each(readdirSync('examples').filter((name) => name.endsWith('.yaml') && name !== 'privnote.config.yaml').map((name) => name.replace(/\.yaml$/, '')))('%s', async (name) => {
    const pages = await readPdf(join(out, `${name}.pdf`));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const entries = contentsOf(pages);
    expect(entries.length).toBeGreaterThan(3);
    for (const entry of entries) {
      // The number printed is the page the entry leads to, and that page has the heading on it.
      expect(entry.number, entry.heading).toBe(entry.toPage);
      expect(textOf(pages[entry.toPage - 1]!), entry.heading).toContain(opening(entry.heading));
    }
  });
});

test('a PDF under three pages keeps a table of contents the author asked for without numbers, and has none the author switched off', async () => {
  const dir = tempDir('privnote-pdf-short-');
  const notice = (toc: boolean) => `title: Kort
controller: { entities: [{ name: Testgemeente }] }
style: { toc: ${toc} }
rights:
  exercise: { text: Mail ons. }
`;
  writeFileSync(join(dir, 'met.yaml'), notice(true));
  writeFileSync(join(dir, 'zonder.yaml'), notice(false));
  writeFileSync(join(dir, 'privnote.config.yaml'), `rules:\n${ruleIds.map((id) => `  ${id}: off`).join('\n')}\n`);
  await build([dir], { outDir: dir, formats: ['pdf'], cache: false });
  const withContents = await readPdf(join(dir, 'met.pdf'));
  expect(withContents.length).toBeLessThan(3);
  expect(contentsOf(withContents).length).toBeGreaterThan(0);
  expect(contentsOf(withContents).every((entry) => entry.number === undefined)).toBe(true);
  expect(contentsOf(await readPdf(join(dir, 'zonder.pdf')))).toEqual([]);
});
