import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { importOutline } from '../src/import/import.js';
import type { Outline } from '../src/import/outline.js';
import { readDocx } from '../src/import/read/docx.js';
import { readOutline } from '../src/import/read/index.js';
import { plain } from '../src/import/read/inline.js';
import { renderHtml } from '../src/render/html.js';
import { htmlText } from './helpers.js';
import { vzwDocx } from './import/vzw-docx.js';

/**
 * Two notices of our own in formats the seeds do not have (an HTML page, a Word file made here), imported and built:
 * the rendered notice holds at least 95 % of the facts in test/import/facts/<name>.txt, and no sentence twice.
 */
const SOURCES: [string, () => Promise<Outline>][] = [
  ['zwembad', () => readOutline('test/import/sources/zwembad.html')],
  ['vzw', async () => readDocx(await vzwDocx(), 'vzw.docx')],
];

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const factsOf = (name: string) => readFileSync(`test/import/facts/${name}.txt`, 'utf8').split('\n').map(normalise).filter((l) => l && !l.startsWith('#'));
/** The notice's text, inline markup joined to its words, without the table of contents (which repeats the headings). */
const textOf = (html: string) => htmlText(html.replace(/<\/?(strong|em|a)\b[^>]*>/g, '').replace(/<nav\b[\s\S]*?<\/nav>/g, ''));

describe.each(SOURCES)('importing %s', (name, read) => {
  const imported = async () => {
    const result = importOutline(await read());
    const compiled = compileDocument({ file: `${name}.yaml`, text: result.yaml }, { rules: false });
    return { result, compiled, text: compiled.model ? textOf(renderHtml(compiled.model)) : '' };
  };

  test('builds without errors', async () => {
    const { compiled } = await imported();
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.model).toBeDefined();
    expect(compiled.diagnostics.filter((d) => /not-placed/.test(d.ruleId))).toEqual([]);
  });
  test('the rendered notice holds at least 95 % of the facts', async () => {
    const { text } = await imported();
    const facts = factsOf(name);
    const missing = facts.filter((fact) => !text.includes(fact));
    console.log(`${name}: ${(((facts.length - missing.length) / facts.length) * 100).toFixed(1)} % of ${facts.length} facts${missing.length ? `; missing: ${missing.join(' | ')}` : ''}`);
    expect(facts.length).toBeGreaterThan(30);
    expect((facts.length - missing.length) / facts.length, `missing: ${missing.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  });
  test('no sentence of the source is said twice', async () => {
    const { result, text } = await imported();
    const sentences = result.outline.blocks
      .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : []))
      .flatMap((t) => plain(t).split(/(?<=[.?!])\s+/))
      .filter((s) => s.length > 25);
    expect(sentences.filter((s) => text.split(s).length > 2)).toEqual([]);
  });
});
