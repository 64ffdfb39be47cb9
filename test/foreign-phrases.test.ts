import { describe, expect, test } from 'vitest';
import { bracketed } from '../src/rules/rules/placeholder-text.js';
import { richTextToHtml, richTextToMarkdown } from '../src/render/richtext.js';
import { markdownText } from './helpers.js';

/** `[phrase]{lang=en}` marks a phrase in another language (WCAG 3.1.2): a `lang` span in HTML, plain text in Markdown. */
describe('a phrase in another language', () => {
  const text = 'De *[Data Protection Officer]{lang=en}* (DPO) en de [Standard Contractual Clauses]{lang=en-GB}.';

  test('is a span with its language in HTML', () => {
    expect(richTextToHtml(text)).toBe(
      '<p>De <em><span lang="en">Data Protection Officer</span></em> (DPO) en de <span lang="en-GB">Standard Contractual Clauses</span>.</p>\n',
    );
  });

  test('is its text alone in Markdown, emphasis kept', () => {
    const markdown = richTextToMarkdown(text);
    expect(markdown).toBe('De *Data Protection Officer* (DPO) en de Standard Contractual Clauses.');
    expect(markdownText(markdown)).toBe('De Data Protection Officer (DPO) en de Standard Contractual Clauses.');
  });

  test('may hold emphasis and links', () => {
    expect(richTextToHtml('[zie **de** [site](https://x.be)]{lang=en}')).toBe(
      '<p><span lang="en">zie <strong>de</strong> <a href="https://x.be" class="address-after">site</a></span></p>\n',
    );
  });

  test.each([
    ['[tekst]{lang=en onclick=x}'],
    ['[tekst]{lang="en"}'],
    ['[tekst]{lang=e}'],
    ['[tekst] {lang=en}'],
    ['[tekst]{ lang=en }'],
  ])('anything but exactly {lang=<tag>} stays text: %s', (source) => {
    expect(richTextToHtml(source)).not.toContain('<span');
    expect(markdownText(richTextToMarkdown(source))).toBe(source);
  });

  test('is no template placeholder', () => {
    expect(bracketed('de [Data Protection Officer]{lang=en} van')).toBeUndefined();
    expect(bracketed('de [naam]{x} van')).toBe('[naam]');
  });
});
