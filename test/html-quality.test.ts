import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { launchBrowser } from '../src/render/pdf/browser.js';
import { tempDir } from './cli-helpers.js';

/**
 * Every example's HTML as a validator and an accessibility auditor read it: html-validate's `recommended` preset, and
 * axe-core (WCAG 2.1 A and AA, plus `landmark-unique`) in the system Chromium at a desktop and a phone width, in the
 * light and the dark colour scheme, with no horizontal scrolling (WCAG 1.4.10). Offline: every request is blocked.
 */
// Built as a user builds them: the five examples, and the project with its own templates and style sheet.
const built = await build(['examples', 'examples/huisstijl'], { outDir: tempDir('privnote-html-quality-'), formats: ['html'], cache: false });
const htmlOf = new Map(built.written.map((path) => [basename(path), readFileSync(path, 'utf8')]));
const examples = [...htmlOf.keys()].sort();

describe.each(examples)('html-validate (recommended) on %s', (file) => {
  test('no errors', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(htmlOf.get(file)!);
    const errors = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });
});

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: { 'landmark-unique': { enabled: true } },
};

let browser: Browser;
let close: () => Promise<void>;
let page: Page;
beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
  page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => void (request.url() === 'about:blank' ? request.continue() : request.abort('blockedbyclient')));
});
afterAll(() => close?.());

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

const views = [1280, 320].flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ width, scheme })));

describe.each(examples)('axe-core on %s', (file) => {
  test.each(views)('$width px, $scheme: no violations, no horizontal scroll', async ({ width, scheme }) => {
    await page.setViewport({ width, height: 800 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.setContent(htmlOf.get(file)!, { waitUntil: 'load' });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(
      (options) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: Violation[] }> } }).axe.run(document, options),
      AXE_OPTIONS,
    );
    expect(violations.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // The page, or a box inside it (a table's scroll wrapper), that scrolls sideways.
    const scrolling = await page.evaluate(() =>
      [document.documentElement, ...document.body.querySelectorAll('*')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && (e === document.documentElement || ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.scrollWidth - e.clientWidth} px`),
    );
    expect(scrolling).toEqual([]);
  });
});

test.each(examples)('%s in print: every link is underlined (but the entries of the table of contents, found by their place and page number), in the accent colour, not the colour of the text', async (file) => {
  await page.emulateMediaType('print');
  try {
    await page.setContent(htmlOf.get(file)!, { waitUntil: 'load' });
    const hidden = await page.evaluate(() => {
      const text = getComputedStyle(document.body).color;
      return [...document.querySelectorAll('a')]
        .filter((a) => (getComputedStyle(a).textDecorationLine !== 'underline' && !a.closest('.toc')) || getComputedStyle(a).color === text)
        .map((a) => a.textContent);
    });
    expect(hidden).toEqual([]);
  } finally {
    await page.emulateMediaType(); // back to the page's own media
  }
});
