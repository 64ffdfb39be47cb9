import { isScalar, parseDocument, Scalar } from 'yaml';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { textOffsets } from '../src/load/text-offsets.js';

/** A protocol whose one article text is `text`, written after `text: ` on line 8. */
const protocol = (text: string) =>
  'kind: protocol\ntitle: P\nparties:\n  - name: A\n  - name: B\narticles:\n  - type: onderwerp\n' + `    text: ${text}\n`;

const at = (text: string, ruleId: string) =>
  compileDocument({ file: 'p.yaml', text: protocol(text) })
    .diagnostics.filter((d) => d.ruleId === ruleId)
    .map((d) => `${d.line}:${d.column}`);

describe('a finding about a part of a multi-line text points at that part', () => {
  // In each, "[datum]" and the impossible date 31-02-2024 stand on the third line of the text (the fourth, after an
  // escaped line break, in the double-quoted one).
  test.each([
    ['a literal block', '|\n      De partijen\n      spreken af\n      op [datum] en 31-02-2024.'],
    ['a literal block without its final line break', '|-\n      De partijen\n      spreken af\n      op [datum] en 31-02-2024.'],
    ['a folded block', '>\n      De partijen\n      spreken af\n      op [datum] en 31-02-2024.'],
    ['a folded block, more indented after an empty line', '>-\n      De partijen\n\n        op [datum] en 31-02-2024.'],
    ['a plain text over several lines', 'De partijen\n      spreken af\n      op [datum] en 31-02-2024.'],
    ['a single-quoted text', "'De ''partijen''\n      spreken af\n      op [datum] en 31-02-2024.'"],
    ['a double-quoted text with escapes', '"De \\"partijen\\"\\t\n      spreken \\\n      af\n      op [datum] en 31-02-2024."'],
  ])('%s', (_, text) => {
    const line = 8 + text.split('\n').findIndex((l) => l.includes('[datum]'));
    const column = (part: string) => text.split('\n').find((l) => l.includes(part))!.indexOf(part) + 1;
    expect(at(text, 'placeholder-text')).toEqual([`${line}:${column('[datum]')}`]);
    expect(at(text, 'date-exists')).toEqual([`${line}:${column('31-02-2024')}`]);
  });

  test('a text on one line: the column of the part', () => {
    expect(at('Op [datum] gesloten.', 'placeholder-text')).toEqual(['8:14']);
  });

  test('many findings in one long text are each placed, in one pass over the text', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `      mail x${i}@voorbeeld of lees [link](javascript:${i})`);
    const started = process.cpuUsage();
    const { diagnostics } = compileDocument({ file: 'p.yaml', text: protocol(`|\n${lines.join('\n')}`) });
    const { user, system } = process.cpuUsage(started);
    const placed = (ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId).map((d) => `${d.line}:${d.column}`);
    expect(placed('email-address')).toHaveLength(20_000);
    // The last line: `      mail x19999@voorbeeld of lees [link](javascript:19999)`.
    expect(placed('email-address').at(-1)).toBe(`${8 + 20_000}:12`);
    expect(placed('url-scheme').at(-1)).toBe(`${8 + 20_000}:44`);
    expect((user + system) / 1e6).toBeLessThan(2);
  });

  test('a text reached through an alias is reported at the alias', () => {
    const text = 'kind: protocol\ntitle: P\nrecitals: [&r "Op [datum]."]\nparties:\n  - name: A\n  - name: B\narticles:\n  - text: *r\n';
    const lines = compileDocument({ file: 'p.yaml', text }).diagnostics.filter((d) => d.ruleId === 'placeholder-text').map((d) => `${d.line}:${d.column}`);
    expect(lines).toEqual(['3:19', '8:11']);
  });
});

describe('textOffsets: each character of a text at its place in the file', () => {
  const SCALARS = [
    '|\n  een\n    twee\n\n  drie  \n',
    '|+\n  een\n\n',
    '>\n  een\n  twee\n\n  drie\n    vier\n  vijf\n',
    '>2 # commentaar\n   een\n  twee\n',
    'een  \n  twee\n\n  drie',
    "'een '' twee\n\n  drie  \n  vier'",
    '"een \\x41\\u00e9\\U0001F600 \\\\ \\" twee\\n\n  drie \\\n  vier\\ \n\n  vijf"',
    '"a\\\n  \\ b"',
  ];
  test.each(SCALARS)('%j', (scalar) => {
    const source = `k: ${scalar}`;
    const node = parseDocument(source).get('k', true);
    expect(isScalar(node)).toBe(true);
    const value = String((node as Scalar).value);
    const offsets = textOffsets(node as Scalar, source);
    const escaped = (node as Scalar).type === Scalar.QUOTE_DOUBLE;
    value.split('').forEach((char, index) => {
      if (/\s/.test(char)) return; // a space or line break may be made by folding
      const written = source[offsets[index]!];
      expect(written === char || (escaped && written === '\\'), `${JSON.stringify(char)} at ${index}`).toBe(true);
    });
  });
});
