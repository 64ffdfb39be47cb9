import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlText, markdownText, renderExample } from './helpers.js';

/**
 * "Nothing lost": every fact listed in test/facts/<example>.txt (taken from the original document) must appear in
 * the text of the rendered HTML and of the rendered Markdown.
 */
const factFiles = readdirSync('test/facts').filter((f) => f.endsWith('.txt')).sort();

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(factFiles)('facts of %s', (factFile) => {
  const name = basename(factFile, '.txt');
  const facts = readFileSync(`test/facts/${factFile}`, 'utf8')
    .split('\n')
    .map(normalise)
    .filter((line) => line && !line.startsWith('#'));
  let cached: ReturnType<typeof renderExample> | undefined;
  const rendered = () => (cached ??= renderExample(`examples/${name}.yaml`));

  test('has facts to check', () => {
    expect(facts.length).toBeGreaterThan(20);
  });
  test('every fact is in the HTML text', () => {
    const text = htmlText(rendered().html);
    expect(facts.filter((fact) => !text.includes(fact))).toEqual([]);
  });
  test('every fact is in the Markdown text', () => {
    const text = markdownText(rendered().markdown);
    expect(facts.filter((fact) => !text.includes(fact))).toEqual([]);
  });
});
