import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { compileDocument } from '../src/compile.js';
import { parseConfig } from '../src/config/config.js';
import { textsFor, writtenTexts } from '../src/model/texts.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { rules } from '../src/rules/index.js';
import { htmlText } from './helpers.js';

/**
 * Every standard text privnote prints (templates/texts/nl-BE.yaml) can be renamed and switched off, per project, without
 * leaving an empty heading, a lone label or stray punctuation behind, and without changing what the rules see.
 * Measured on a corpus that prints them: the examples, the legal probes and a notice written to print the rest, each as
 * written and with every own heading taken away and the other style of standard headings.
 */

type Tree = { [key: string]: Tree | string | boolean | (string | Tree)[] };
type Path = string[];

const leaves = (tree: Tree, path: Path = []): Path[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[...path, key]] : typeof value !== 'object' || Array.isArray(value) ? [] : leaves(value, [...path, key]),
  );
const at = (tree: Tree, path: Path): unknown => path.reduce<unknown>((node, key) => (node as Tree)?.[key], tree);
function withLeaf(path: Path, value: string | false): Tree {
  const tree: Tree = {};
  let node = tree;
  for (const key of path.slice(0, -1)) node = node[key] = {};
  node[path.at(-1)!] = value;
  return tree;
}

/** The texts that only the PDF's page footer prints (test/pdf.test.ts reads them back). */
const PDF_ONLY = ['labels.page', 'labels.of'];
const KEYS = leaves(writtenTexts() as unknown as Tree).filter((path) => !PDF_ONLY.includes(path.join('.')));

/**
 * Every own `heading` taken away (but those of the author's own sections, which have no standard one), and the other
 * style of standard headings: so that the standard ones print.
 */
function standardHeadings(doc: Tree): Tree {
  const strip = (value: unknown, key?: string): unknown =>
    key === 'extraSections'
      ? value
      : Array.isArray(value)
        ? value.map((item) => strip(item))
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'heading').map(([k, item]) => [k, strip(item, k)]))
          : value;
  const stripped = strip(doc) as Tree;
  if (stripped.kind === 'protocol') return stripped;
  const style = (stripped.style ?? {}) as Tree;
  return { ...stripped, style: { ...style, headings: style.headings === 'titels' ? 'vragen' : 'titels' } };
}

const FILES = [
  ...readdirSync('examples').filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml').map((f) => join('examples', f)),
  ...readdirSync('test/legal').filter((f) => f.endsWith('.yaml')).map((f) => join('test/legal', f)),
  'test/fixtures/every-text.yaml',
  'test/fixtures/every-text-protocol.yaml',
];
const every = parse(readFileSync('test/fixtures/every-text.yaml', 'utf8')) as Tree;
const CORPUS: { name: string; doc: Tree }[] = [
  ...FILES.flatMap((file) => {
    const doc = parse(readFileSync(file, 'utf8')) as Tree;
    // The legal probes have few headings of their own: as written, they print the standard ones already.
    return file.startsWith('test/legal') ? [{ name: file, doc }] : [{ name: file, doc }, { name: `${file} (standaardtitels)`, doc: standardHeadings(doc) }];
  }),
  // What a notice says one way only: the three other art. 14.5 exemptions, controllers side by side, purposes
  // grouped by their basis, the rights listed.
  ...['a', 'b', 'd'].map((ground) => ({
    name: `every-text.yaml (uitzondering ${ground})`,
    doc: { ...every, sources: { ...(every.sources as Tree), exemption: { ground } } },
  })),
  { name: 'every-text.yaml (versienummer)', doc: { ...every, version: { number: '2.1', date: '2024-03-01', effective: '2024-04-01' } } },
  { name: 'every-text.yaml (naast elkaar)', doc: { ...every, controller: { ...(every.controller as Tree), joint: false, table: true } } },
  { name: 'every-text.yaml (per rechtsgrond)', doc: { ...every, purposes: { ...(every.purposes as Tree), groupByBasis: true } } },
  {
    name: 'every-text.yaml (rechten opgesomd)',
    doc: { ...every, rights: { ...(every.rights as Tree), items: Object.keys(writtenTexts().rights).map((right) => ({ right })) } },
  },
];

interface Output {
  html: string;
  md: string;
  findings: string[];
}

/** Every rule a warning: a probe's finding does not stop its document. */
const ALL_WARNINGS = Object.fromEntries(rules.map((rule) => [rule.id, 'warning']));

function render(doc: Tree, texts: Tree): Output | undefined {
  const { config, diagnostics } = parseConfig(stringify({ rules: ALL_WARNINGS, texts }), 'privnote.config.yaml');
  expect(diagnostics).toEqual([]);
  const { model, diagnostics: findings } = compileDocument({ file: 'notice.yaml', text: stringify(doc) }, { config });
  if (!model) return undefined;
  const shown = findings.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
  return { html: renderHtml(model), md: renderMarkdown(model), findings: shown };
}

/** What a switched-off text may leave behind: an element or line with nothing in it, or punctuation on its own. */
const SHELLS: Record<'html' | 'md', RegExp[]> = {
  html: [
    // An empty cell is how a table shows a column whose header is switched off, or a value that is.
    /<(h[1-6]|p|li|dt|dd|th|caption|strong|em|span|a|aside|div|section|dl|ul|ol|tr|summary)\b[^>]*>\s*<\/\1>/g,
    /aria-label=""/g,
    />\s*[:;,.–—]\s*</g,
    /\(\s*\)/g,
    /\s[:;,.](?=\s|<)/g,
    /[“"]\s*[”"]/g,
  ],
  md: [/^#{1,6}\s*$/gm, /^\s*(?:[-*+]|\d+\.)\s*$/gm, /^\s*(?:[-*+]|\d+\.)\s+[:;,.]/gm, /(?<![\w*])\*\*[ \t]*\*\*(?![\w*])/g, /\(\s*\)/g, /\s[:;,.](?=\s|$)/gm, /^\s*[:;,.]/gm],
};
const shells = (output: Output) =>
  (['html', 'md'] as const).flatMap((format) => SHELLS[format].flatMap((pattern) => [...output[format].matchAll(pattern)].map((m) => `${format} ${m[0].trim()}`)));
/** What `after` has more of than `before`. */
function added(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((item) => {
    const i = left.indexOf(item);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

const marker = (i: number) => `Qq${String(i).padStart(3, '0')}qQ`;
const allMarked = KEYS.reduce<Tree>((tree, path, i) => deepMerge(tree, withLeaf(path, marker(i))), {});
const allOff = KEYS.reduce<Tree>((tree, path) => deepMerge(tree, withLeaf(path, false)), {});
function deepMerge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    out[key] = typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object' ? deepMerge(out[key] as Tree, value) : value;
  }
  return out;
}

const plain = CORPUS.map(({ name, doc }) => ({ name, doc, output: render(doc, {}) }));
const printed = plain.filter((entry) => entry.output);
/** For each text, the documents of the corpus that print it, found by printing each text as its own marker. */
const printedBy = new Map<number, typeof printed>();
for (const entry of printed) {
  const output = render(entry.doc, allMarked)!;
  for (const [, i] of `${output.html}\n${output.md}`.matchAll(/Qq(\d{3})qQ/g)) {
    const list = printedBy.get(Number(i)) ?? [];
    if (!list.includes(entry)) printedBy.set(Number(i), [...list, entry]);
  }
}

describe('every standard text can be renamed and switched off', () => {
  test('the corpus compiles, and prints every standard text (else it is dead, or this test does not see it)', () => {
    expect(plain.filter((entry) => !entry.output).map((entry) => entry.name)).toEqual([]);
    const unprinted = KEYS.filter((_, i) => !printedBy.has(i)).map((path) => path.join('.'));
    expect(unprinted).toEqual([]);
  });

  test.each(KEYS.map((path, i) => [path.join('.'), path, i] as const))('%s', (_, path, i) => {
    for (const entry of (printedBy.get(i) ?? []).slice(0, 1)) {
      const off = render(entry.doc, withLeaf(path, false))!;
      expect(added(shells(entry.output!), shells(off)), `${entry.name}: what switching it off leaves`).toEqual([]);
      expect(off.findings, `${entry.name}: the rules see the same document`).toEqual(entry.output!.findings);
      // The words are gone: the default text (in the document's form of address) is printed less often than before.
      const form = (entry.doc.style as Tree | undefined)?.formOfAddress === 'u' ? 'u' : 'je';
      const words = at(textsFor(form) as unknown as Tree, path) as string;
      // As written, or with a capital as a heading writes it ("Om een wettelijke verplichting na te komen").
      const forms = [...new Set([words, words.charAt(0).toUpperCase() + words.slice(1)])];
      const count = (html: string) => forms.reduce((n, form) => n + htmlText(html).split(form).length - 1, 0);
      if (words.length >= 12 && count(entry.output!.html) > 0) {
        expect(count(off.html), `${entry.name}: "${words}" is gone`).toBeLessThan(count(entry.output!.html));
      }
    }
  });

  test('everything switched off at once: no document fails, nothing is left empty', () => {
    for (const entry of printed) {
      const off = render(entry.doc, allOff);
      expect(off, entry.name).toBeDefined();
      expect(added(shells(entry.output!), shells(off!)), entry.name).toEqual([]);
      expect(off!.findings, entry.name).toEqual(entry.output!.findings);
    }
  });
});
