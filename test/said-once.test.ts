import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from '../src/load/load.js';
import { htmlText, markdownText, renderExample } from './helpers.js';
import { repeatedSentences, stringsOf, withoutToc } from './order-measure.js';
import { seeded, seedText } from './seeds.js';

/**
 * Nothing is said twice: no sentence of 40 characters or more comes out of an example (its HTML text or its Markdown
 * read back) more often than the document it reproduces says it (test/seeds/), or, for the author's own wording, than
 * the YAML says it.
 */

describe.each(seeded)('%s says nothing twice', (name) => {
  const rendered = renderExample(`examples/${name}.yaml`);
  const seed = seedText(name);
  const source = stringsOf(load(readFileSync(`examples/${name}.yaml`, 'utf8'), name).data);

  test('HTML', () => {
    expect(repeatedSentences(seed, source, htmlText(withoutToc.html(rendered.html)))).toEqual([]);
  });
  test('Markdown', () => {
    expect(repeatedSentences(seed, source, markdownText(withoutToc.markdown(rendered.markdown)))).toEqual([]);
  });
});
