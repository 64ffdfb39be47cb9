import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import MarkdownIt from 'markdown-it';
import { escapeMarkdownInline } from '../src/render/escape.js';
import { splitSentences, wordBefore } from '../src/render/markdown-writer.js';
import { markdownItTree, plainTree, richTextToMarkdown } from '../src/render/richtext.js';
import { htmlText, markdownText, renderExample } from './helpers.js';

describe('HTML output', () => {
  const { html } = renderExample('test/fixtures/hostile.yaml');

  test('is one self-contained nl-BE page without external requests', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl-BE">/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link\b|<script\b|src=["']https?:|@import/);
  });

  test('escapes every value', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(htmlText(html)).toContain('<img src=x onerror=alert(1)> & Co | [x]');
  });

  test('free text is Markdown without raw HTML, headings, quotes or javascript: links', () => {
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('<b>ruwe HTML</b>');
    expect(html).not.toMatch(/<h1>geen kop|<blockquote>/);
    expect(htmlText(html)).toContain('# geen kop');
  });

  test('has a table of contents linking to every section', () => {
    const anchors = [...html.matchAll(/<li><a href="#([\w-]+)">/g)].map((m) => m[1]);
    expect(anchors).toEqual(['controller', 'data', 'purposes', 'recipients', 'retention', 'rights', 'complaints']);
    for (const anchor of anchors) expect(html).toContain(`<section id="${anchor}"`);
  });
});

describe('Markdown output', () => {
  const { markdown } = renderExample('test/fixtures/hostile.yaml');

  test('values cannot change the structure: one heading, no link, no HTML from the YAML', () => {
    expect(markdown.split('\n').filter((line) => line.startsWith('# '))).toHaveLength(1);
    const rendered = markdownText(markdown);
    expect(rendered).toContain('# Kop | *ster* [link](https://x.be) <script>alert(1)</script>');
    expect(rendered).toContain('<img src=x onerror=alert(1)> & Co | [x]');
    expect(rendered).toContain('Een [gevaarlijke link](javascript:alert(1)) en <b>ruwe HTML</b>.');
    const hrefs = new MarkdownIt('commonmark').parse(markdown, {}).flatMap((t) => t.children ?? [])
      .filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
    expect(hrefs.filter((href) => !/^(https?:|mailto:|#)/.test(String(href)))).toEqual([]);
  });

  test('escapes only what could open structure', () => {
    expect(escapeMarkdownInline('# Kop')).toBe('\\# Kop');
    expect(escapeMarkdownInline('1. item')).toBe('1\\. item');
    expect(escapeMarkdownInline('0207.725.203')).toBe('0207.725.203');
    expect(escapeMarkdownInline('a | b *c* [d] <e> &amp;')).toBe('a \\| b \\*c\\* \\[d\\] \\<e\\> \\&amp;');
    expect(escapeMarkdownInline('twee\nregels')).toBe('twee regels');
    expect(escapeMarkdownInline('een\r- twee\u2028# drie\r\n')).toBe('een - twee # drie');
    expect(escapeMarkdownInline('Titel\n===')).toBe('Titel ===');
    expect(escapeMarkdownInline('  - item')).toBe('\\- item');
    expect(escapeMarkdownInline('Zie art. 5, punt (b): 20% of €5/maand - "ja".')).toBe('Zie art. 5, punt (b): 20% of €5/maand - "ja".');
    expect(escapeMarkdownInline('Kop ##')).toBe('Kop \\##');
    expect(escapeMarkdownInline(' \n ')).toBe('&#32;');
  });

  test('free text: one sentence per line, continuation lines stay inside their list item', () => {
    expect(richTextToMarkdown('Eerste zin. Tweede zin, bv. dit. Derde!', 2)).toBe(
      'Eerste zin.\n  Tweede zin, bv. dit.\n  Derde!',
    );
    // A list starts on a line of its own, after a blank line that ends a label ("Voorbeeld: - ..."), or on the next
    // line when it is the content of a list item.
    expect(richTextToMarkdown('- Een item. Met twee zinnen.', 2)).toBe('\n\n  - Een item.\n    Met twee zinnen.');
    expect(richTextToMarkdown('- Een item.', 2, true)).toBe('\n  - Een item.');
    expect(richTextToMarkdown('# geen kop\n> geen citaat\n<b>x</b>')).toBe('\\# geen kop\n\\> geen citaat\n\\<b\\>x\\</b\\>');
  });

  test('free text: a sentence is found across emphasis and links, a line break never ends inside a mark', () => {
    expect(richTextToMarkdown('Zie *art.* 12. Dan **verder. Nog** iets.')).toBe('Zie *art.* 12.\nDan **verder.\nNog** iets.');
    expect(richTextToMarkdown('Een zin. [Een link](https://x.be). Einde.')).toBe('Een zin.\n[Een link](<https://x.be>).\nEinde.');
  });

  test('free text: emphasis is written as it was; emphasis that would read otherwise is dropped, its text kept', () => {
    const emphasis = '***Sterk en schuin*** en *__genest__* en **a *b* c** en snake_case.';
    expect(richTextToMarkdown(emphasis)).toBe('***Sterk en schuin*** en *__genest__* en **a *b* c** en snake\\_case.');
    expect(richTextToMarkdown('*&#32;a* en **b**')).toBe('a en b');
  });

  test('abbreviations do not split a sentence', () => {
    expect(splitSentences('Zie art. 9 en o.a. Kruispuntbank. Dan verder.')).toEqual([
      'Zie art. 9 en o.a. Kruispuntbank.',
      'Dan verder.',
    ]);
  });

  test('the word before a period is read backwards as the regular expression reads it forwards', () => {
    const byRegExp = (text: string) => /[\p{L}\p{N}.'’]+[)"”’]?$/u.exec(text)?.[0].replace(/[)"”’]$/, '') ?? '';
    const endings = ['art', 'o.a', 'Kruispuntbank)', 'bv"', "d'r’", '’’', 'x’', ' ’', ')', 'a")', '', 'één', 'nr. 12', 'snake_case',
      '𝐀𝐁c', 'a\uDC00', '\uD835\uDC00', 'x\uD835', 'ab cd', 'Ⅻ', '½', 'a\u0301'];
    for (const ending of endings) {
      for (const before of ['', 'Zie ', '(', '\uD835\uDC00']) {
        const line = before + ending;
        for (let from = 0; from <= line.length; from++) expect([line, from, wordBefore(line, from, line.length)]).toEqual([line, from, byRegExp(line.slice(from))]);
      }
    }
  });

  test('ends with exactly one newline and has no trailing spaces or triple blank lines', () => {
    expect(markdown.endsWith('\n') && !markdown.endsWith('\n\n')).toBe(true);
    expect(markdown).not.toMatch(/[ \t]+\n(?!\n)(?<! {2}\n)|\n{3,}/);
  });
});

describe('free text without Markdown', () => {
  /** Every string in the YAML of the examples and the tests, and texts at the edges of what is plain. */
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const yamlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? yamlFiles(join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [join(dir, entry.name)] : []);
  const written = [...new Set(['examples', 'test'].flatMap(yamlFiles).flatMap((file) =>
    parseAllDocuments(readFileSync(file, 'utf8')).flatMap((doc) => ('toJS' in doc ? strings(doc.toJS()) : []))))];
  const edges = [
    'Een zin.', ' Spaties rondom ', '\tTab ervoor', 'Tab\terin', 'Harde spaties\u00a0rondom\u00a0', '\u00a0- geen lijst', '\u00a0',
    '    vier spaties', '\fformfeed', '', ' ', '1.5 procent', '12) twaalf', '2024', '- lijst', '+ lijst', '* lijst', '   - ingesprongen', 'a - b', 'x: y',
    'Korting: 50% en $5 ^ {b} = c | d # e', 'Hoofdstuk # 3', '# kop', '=== lijn', '> citaat', 'een ] haakje', 'vraag? ja!',
    'regel\u2028scheiding', 'é ö 中文 😀', 'twee  spaties', 'eind met twee spaties  ', 'NUL\0teken', 'CR\rteken',
    'mail@example.be', 'www.example.be', 'https://example.be', 'bv.be', '&amp; entiteit', 'a_b', 'a*b', '`code`',
    '[link](https://x.be)', '[nl]{lang=en}', '<b>', 'a\\b', 'tilde ~ hier', 'regel\nregel',
  ];
  const texts = [...written, ...edges];

  test.each(['block', 'inline'] as const)('a %s text that takes the short path has the tree markdown-it gives it', (mode) => {
    const plain = texts.filter((text) => plainTree(text, mode));
    for (const text of plain) expect([text, plainTree(text, mode)]).toEqual([text, markdownItTree(text, mode)]);
    // Most texts are plain, and each kind of plain text at the edges takes the short path.
    expect(plain.length).toBeGreaterThan(written.length / 2);
    expect(plain).toEqual(expect.arrayContaining(['Een zin.', ' Spaties rondom ', '\tTab ervoor', 'a - b', 'Korting: 50% en $5 ^ {b} = c | d # e', '# kop', 'é ö 中文 😀']));
  });

  test('a text with anything Markdown or linkify reads takes markdown-it', () => {
    for (const text of ['', ' ', '- lijst', '12) twaalf', 'mail@example.be', 'www.example.be', '&amp; entiteit', 'a_b', 'regel\nregel', 'NUL\0teken', '[nl]{lang=en}']) {
      expect(plainTree(text, 'block'), text).toBeUndefined();
    }
  });
});
