import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { ruleIds } from '../src/rules/index.js';
import { escapeHtml, escapeMarkdownInline, trimLineEnd } from '../src/render/escape.js';
import { markdownHelpers } from '../src/render/markdown.js';
import { inlineToHtml, richTextToHtml, richTextToMarkdown } from '../src/render/richtext.js';
import { templateOptions } from '../src/render/templates.js';
import { htmlText, renderExample } from './helpers.js';

/**
 * Free text is parsed once into markdown-it's tree; the HTML is rendered from it and the Markdown written from it.
 * Whatever the text, a reader of the Markdown (a stock CommonMark parser, and one with GFM tables) must see what a
 * reader of the HTML sees: the same text, the same links (only http, https, mailto, tel and #anchors), no image, no
 * raw HTML, and no heading, table, quote, code block or rule the tree does not have.
 */
const HOSTILE: [string, string][] = [
  ['escaped tag', '\\<img src=x onerror=alert(1)>'],
  ['inline tag', 'Een <img src=x onerror=alert(1)> beeld'],
  ['script', '<script>alert(1)</script>'],
  ['HTML comment', '<!-- verborgen --> zichtbaar'],
  ['HTML block', '<div onclick="alert(1)">\nblok\n</div>'],
  ['entities of a tag', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['entity in a link scheme', '[klik](&#106;avascript:alert(1))'],
  ['javascript: link', '[klik](javascript:alert(1))'],
  ['javascript: link, case and blanks', '[klik](  JaVaScRiPt:alert(1) ) en [twee](<javascript:alert(1)> "t")'],
  ['javascript: link, encoded', '[klik](java%73cript:alert(1)) [drie](javascript&colon;alert(1))'],
  ['vbscript: and data: links', '[vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD4=)'],
  ['javascript: autolink', '<javascript:alert(1)>'],
  ['data: autolink', '<data:text/html,<script>alert(1)</script>>'],
  ['reference definition', '[x]: javascript:alert(1)\n\n[x]'],
  ['reference-style link', '[x][y] en [y]\n\n[y]: https://evil.example/'],
  ['footnote', 'Voetnoot[^1].\n\n[^1]: https://evil.example/'],
  ['image', '![pixel](https://tracker.example/p.gif)'],
  ['image by reference', '![pixel][p]\n\n[p]: https://tracker.example/p.gif'],
  ['nested emphasis', '***sterk en schuin*** en *__genest__* en _*x*_ en **a *b* c** en *a **b** c*'],
  ['tricky emphasis', '**a**b** en *a*b* en __a__b__ en snake_case_naam en 2*3*4'],
  ['entities beside emphasis', '*&#32;a* en &#65;*(x)* en _&#65;_b en *a*&#65; en **&nbsp;x&nbsp;**'],
  ['hard break by backslash', 'regel met backslash\\\nvolgende\\'],
  ['hard break by spaces', 'regel met spaties  \nvolgende  '],
  ['indented code', '    ingesprongen code\n    tweede regel'],
  ['fence of backticks', '```js\nalert(1)\n```'],
  ['fence of tildes', '~~~\ncode\n~~~'],
  ['list starts mid-sentence', 'Zin een. 1) Dit lijkt een lijst. 1. Dit ook. 2024. Het jaar.'],
  ['markers after a sentence end', 'Eerste zin. - Tweede. + Derde. * Vierde. # Vijfde. > Zesde.'],
  ['markers at line starts', 'Zin.\n#Hashtag\n# Kop\n+ plus\n* ster\n- min\n1986. Dat jaar.'],
  ['setext underline', 'Titel\n===\nTweede\n---'],
  ['thematic breaks', 'a\n\n***\n\n___\n\n- - -\n\n* * *'],
  ['table with pipes', '| a | b |\n|---|---|\n| 1 | 2 |'],
  ['table without leading pipes', 'a | b\n--|--\n1 | 2'],
  ['pipes in code', '`a|b`\n--:\n`|` x `|`'],
  ['block quote', '> citaat\n>> genest\n\nTekst > geen citaat'],
  ['zero-width and bidi', 'Zero\u200bwidth\u200d en \u202Egnp.exe\u202C en \u2066isolaat\u2069 en \uFEFFbom'],
  ['very long line', `${'x'.repeat(5000)} ${'Zin met *nadruk* en [link](https://ok.example/). '.repeat(400)}`],
  ['lone carriage returns', 'Titel met\rcarriage return\r# kop\r\n- item'],
  ['line and paragraph separators', 'Regel\u2028# kop\u2029- item'],
  ['tabs', '\tTab aan het begin\n\t- tab item\n\t\tdiep'],
  ['ordered lists with their numbers', '1. een\n2. twee\n\n7) zeven\n8) acht\n\n3. drie'],
  ['loose nested lists', '- a\n\n  b\n- c\n  1. d\n  2. e\n\n+ andere lijst'],
  ['empty list items', '-\n- leeg item\n1.\n2. x'],
  ['allowed links', '[web](https://ok.example/pad?a=1&b=2 "titel \\"q\\"") en [anker](#data) en [bel](tel:+3211223344) en [mail](mailto:a@b.be)'],
  ['bare addresses', 'Zie https://ok.example/a_b*c en info@ok.example. Of mailto:x@ok.example!'],
  ['empty and relative links', '[x]() [y](<>) [z](/relatief) [w](//evil.example) [v](ftp://ok.example)'],
  ['code spans', '`code` en `` a`b `` en ` <script> ` en ``` `` ``` en `*geen*`'],
  ['entities', '&amp;amp; &copy; &#0; &#x110000; AT&T &notanentity; &#x41;'],
  ['backslashes', '\\*geen nadruk\\* en \\[geen link\\](https://x.example) en \\\\ en eind\\'],
  ['autolinks that are allowed', '<https://ok.example/a> en <mailto:a@b.be> en <a@b.be> en <https://ok.example/a b>'],
  ['markup inside a link', '[link **sterk** en `code` en <b>](https://ok.example/)'],
  ['exclamation mark before a link', 'Let op![link](https://ok.example/) en \\![x](https://ok.example/)'],
  ['sentence punctuation', 'Wie? Wat! (Waarom.) "Zo." ‘Ja.’ Einde. Zie bv. art. 5 en o.a. Kruispuntbank. Dan.'],
  ['blank-heavy text', '   Zin.   \n   \n\n   \t  '],
  ['HTML entities in a link text', '[&lt;b&gt;](https://ok.example/) en [&#91;x&#93;](https://ok.example/)'],
  ['heading after a period in emphasis', '*Zin. # Geen kop.* **Zin. - Geen item.**'],
];

const ALLOWED_LINK = /^(https?:|mailto:|tel:|#)/i;

/** What a reader sees: the text, the link targets, and how many of each structure. */
interface Seen {
  text: string;
  hrefs: string[];
  counts: Record<string, number>;
}

const STRUCTURE: Record<string, string> = {
  heading_open: 'h', table_open: 'table', blockquote_open: 'blockquote', code_block: 'pre', fence: 'pre', hr: 'hr',
  s_open: 's', em_open: 'em', strong_open: 'strong', code_inline: 'code', bullet_list_open: 'ul',
  ordered_list_open: 'ol', image: 'img', link_open: 'a', html_inline: 'raw html', html_block: 'raw html',
};

/** The text a reader sees: inline elements are part of the words around them, blocks are apart. */
const visible = (html: string) =>
  htmlText(html.replace(/<\/?(em|strong|code|a|s)\b[^>]*>/g, '')).replace(/\0/g, '\uFFFD').replace(/\s+/g, ' ').trim();
const tally = (names: string[]) => names.reduce<Record<string, number>>((n, name) => ({ ...n, [name]: (n[name] ?? 0) + 1 }), {});

const commonmark = new MarkdownIt('commonmark', { html: true });
const gfm = new MarkdownIt('default', { html: true });
type Reader = typeof commonmark;

/** The Markdown as a reader with raw HTML on sees it. */
function readMarkdown(markdown: string, reader: Reader): Seen {
  const tokens = reader.parse(markdown, {});
  const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
  return {
    text: visible(reader.renderer.render(tokens, reader.options, {})),
    hrefs: all.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href'))),
    counts: tally(all.map((t) => STRUCTURE[t.type]).filter((name): name is string => name !== undefined)),
  };
}

/** The HTML as a browser shows it. */
function readHtml(html: string): Seen {
  const tags = [...html.matchAll(/<(h[1-6]|table|blockquote|pre|hr|s|em|strong|code|ul|ol|img|a)\b/g)].map((m) => m[1]!.replace(/^h\d$/, 'h'));
  const raw = [...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase())
    .filter((tag) => !['p', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'a', 'br', 'h2', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(tag));
  return {
    text: visible(html),
    hrefs: [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')),
    counts: tally([...tags, ...raw.map(() => 'raw html')]),
  };
}


const env = Handlebars.create();
env.registerHelper(markdownHelpers);
/** A template line as privnote's Markdown templates write it, tidied as renderMarkdown tidies the whole. */
const template = (source: string) => {
  const compiled = env.compile(source, templateOptions('md'));
  return (text: string) => compiled(text).split('\n').map(trimLineEnd).join('\n');
};

/**
 * Every place a value reaches the Markdown, with the HTML privnote writes for the same value. A plain value (`esc`)
 * loses its leading and trailing white space in the Markdown (four spaces would make code, two a line break).
 */
const PATHS: { name: string; markdown: (text: string) => string; html: (text: string) => string; tables?: boolean }[] = [
  { name: 'md', markdown: template('{{md this}}'), html: richTextToHtml },
  { name: 'md in a list item', markdown: template('- {{md this indent=2 item=true}}'), html: (t) => `<ul><li>${richTextToHtml(t)}</li></ul>` },
  {
    name: 'md after a label in a nested item',
    markdown: template('1. **Doel**\n\n   - Welke gegevens? {{md this indent=5}}'),
    html: (t) => `<ol><li><p><strong>Doel</strong></p><ul><li>Welke gegevens? ${richTextToHtml(t)}</li></ul></li></ol>`,
  },
  {
    name: 'quote',
    markdown: template('> **Samengevat**\n>\n{{quote this}}'),
    html: (t) => `<blockquote><p><strong>Samengevat</strong></p>${richTextToHtml(t)}</blockquote>`,
  },
  { name: 'mdi', markdown: template('- Naam: {{mdi this indent=2}}'), html: (t) => `<ul><li>Naam: ${inlineToHtml(t)}</li></ul>` },
  { name: 'esc', markdown: template('{{esc this}}'), html: (t) => `<p>${escapeHtml(t.trim())}</p>` },
  { name: 'esc in a heading', markdown: template('## {{esc this}}'), html: (t) => `<h2>${escapeHtml(t.trim())}</h2>` },
  {
    name: 'esc in a list item',
    markdown: template('- **{{esc this}}**: tekst'),
    html: (t) => `<ul><li><strong>${escapeHtml(t.trim())}</strong>: tekst</li></ul>`,
  },
  {
    name: 'esc in a table cell',
    markdown: template('| a | b |\n| --- | --- |\n| {{esc this}} | x |'),
    html: (t) => `<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>${escapeHtml(t.trim())}</td><td>x</td></tr></tbody></table>`,
    tables: true,
  },
];

function expectSameAsHtml(markdown: string, html: string, readers: Reader[]) {
  const expected = readHtml(html);
  expect(expected.hrefs.filter((href) => !ALLOWED_LINK.test(href))).toEqual([]);
  expect(expected.counts['img'] ?? 0).toBe(0);
  expect(expected.counts['raw html'] ?? 0).toBe(0);
  for (const reader of readers) {
    const seen = readMarkdown(markdown, reader);
    expect(seen.text).toBe(expected.text);
    expect(seen.hrefs).toEqual(expected.hrefs);
    // Emphasis that would not read back as written is dropped (see markdown-writer.ts): never more of it.
    const { em = 0, strong = 0, ...structure } = seen.counts;
    const { em: em0 = 0, strong: strong0 = 0, ...structure0 } = expected.counts;
    expect(structure).toEqual(structure0);
    expect(em).toBeLessThanOrEqual(em0);
    expect(strong).toBeLessThanOrEqual(strong0);
  }
}

describe('hostile free text', () => {
  test('the corpus is large enough', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(PATHS)('through $name', (path) => {
    test.each(HOSTILE)('%s', (_, text) => {
      expectSameAsHtml(path.markdown(text), path.html(text), path.tables ? [gfm] : [commonmark, gfm]);
    });
  });

  /** Texts pieced together from fragments that open things, by a fixed seed: the same 600 texts every run. */
  test('generated texts read the same in both outputs', () => {
    const fragments = [
      '*', '**', '_', '__', '***', ' ', '  ', '\t', '\n', '\n\n', 'a', 'B', '.', 'Zin. ', '!', '[', ']', '(', ')',
      '](https://x.example)', '<', '>', '`', '``', '\\', ' \\\n', '&#32;', '&#65;', '&amp;', '&nbsp;', '#', '- ', '1. ',
      '2) ', '+ ', '|', '~', '~~', '=', '---', '    ', '\n- ', '\n  - ', '\n    - ', '\n1. ', '\n3) ', '\n10. ', '\n\n- ',
      '\n   ', '\n#', '\n===', '\n---', '\n* ', '\n+ ', '\n-\n', '\n1.\n', '. A', 'https://ok.example', 'a@b.be',
      '<a@b.be>', '<https://x.example>', '[a](#b)', '[a](tel:1)', '[x](javascript:a)', '&#42;', '&#95;', '&#96;', 'é', '€',
      '\u00a0', '*a*', '**b**', '_c_',
    ];
    let seed = 20240229;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 600; i++) {
      const text = Array.from({ length: 1 + random(16) }, () => fragments[random(fragments.length)]).join('');
      for (const path of PATHS) {
        try {
          expectSameAsHtml(path.markdown(text), path.html(text), path.tables ? [gfm] : [commonmark, gfm]);
        } catch (error) {
          throw new Error(`${path.name} of ${JSON.stringify(text)}: ${(error as Error).message}`);
        }
      }
    }
  });

  test('a plain value never spans lines, opens nothing, and keeps ordinary punctuation as it is', () => {
    for (const [, text] of HOSTILE) expect(escapeMarkdownInline(text)).not.toMatch(/[\r\n\u2028\u2029]/);
    const dutch = 'De dienst (art. 5, lid 2) bewaart 20% van de gegevens: €5/maand - "zo" en \'zo\'; bv. 3.5 jaar.';
    expect(escapeMarkdownInline(dutch)).toBe(dutch);
    expect(richTextToMarkdown(dutch)).toBe(dutch);
  });

  test('a very long text takes linear time, also with long runs of blanks', () => {
    const text = (n: number) => `${'Een zin met *nadruk*, art. 5 en [een link](https://ok.example/). '.repeat(n)}a${' \t'.repeat(10 * n)}b.`;
    const markdown = template('- {{md this indent=2}}\n\n{{esc this}}');
    /** The fastest of three runs, in ms of CPU time: on a busy machine, wall time grew with the waits of the longer run. */
    const time = (n: number) => {
      const input = text(n);
      return Math.min(...[0, 1, 2].map(() => {
        const started = process.cpuUsage();
        markdown(input);
        const { user, system } = process.cpuUsage(started);
        return (user + system) / 1000;
      }));
    };
    time(100);
    // Eight times the text: about eight times the time when linear, sixty-four times when quadratic.
    expect(time(4000)).toBeLessThan(24 * time(500) + 20);
  });
});

/**
 * A whole notice with hostile text in every free-text and plain field: each replaced value is fenced by markers,
 * so what the HTML and the Markdown show between them can be compared value by value.
 */
describe('hostile text in every field of a whole notice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privnote-hostile-'));
  // Rules judge content (a javascript: link is an error); here only the rendering is under test.
  writeFileSync(join(dir, 'privnote.config.yaml'), stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, 'off'])) }));

  const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml') && f !== 'privnote.config.yaml').sort();
  test.each(examples)('%s', (file) => {
    let count = 0;
    // Text is anything with a space in it, but for the formats the schema checks.
    const replace = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string' && value.includes(' ') && !['phone', 'kbo'].includes(key)) {
        const n = count++;
        return `Q${n}Q\n\n${HOSTILE[n % HOSTILE.length]![1]}\n\nQ${n}Z`;
      }
      if (Array.isArray(value)) return value.map((v) => replace(v, key));
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, k)]));
      return value;
    };
    const path = join(dir, file);
    writeFileSync(path, stringify(replace(parse(readFileSync(`examples/${file}`, 'utf8')))));
    const original = renderExample(`examples/${file}`);
    const hostile = renderExample(path);

    const html = readHtml(hostile.html.replace(/<head>[\s\S]*?<\/head>/, ''));
    const between = (text: string, n: number) => [...text.matchAll(new RegExp(`Q${n}Q (.*?) ?Q${n}Z`, 'g'))].map((m) => m[1]);
    for (const reader of [commonmark, gfm]) {
      const tokens = reader.parse(hostile.markdown, {});
      const seen = readMarkdown(hostile.markdown, reader);
      for (let n = 0; n < count; n++) expect(between(seen.text, n), `value ${n}`).toEqual(between(html.text, n));
      // Nearly every replaced value is shown (a few, such as the document's id, are not shown at all).
      const shown = Array.from({ length: count }, (_, n) => n).filter((n) => between(seen.text, n).length > 0);
      expect(shown.length).toBeGreaterThan(count * 0.9);
      expect(seen.hrefs.filter((href) => !ALLOWED_LINK.test(href))).toEqual([]);
      expect(seen.hrefs.filter((href) => !html.hrefs.includes(href))).toEqual([]);
      // The only HTML in the Markdown is privnote's own: the comment on its origin and the section anchors.
      const raw = tokens.flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type.startsWith('html_')).map((t) => t.content);
      expect(raw.filter((content) => !/^(<!-- gemaakt met privnote [^\n]* -->\n|<a id="[a-zA-Z0-9-]+">|<\/a>)$/.test(content))).toEqual([]);
      const before = readMarkdown(original.markdown, reader).counts;
      for (const structure of ['h', 'table', 'blockquote', 'pre', 'hr', 's', 'img']) expect(seen.counts[structure], structure).toBe(before[structure]);
    }
    expect(html.hrefs.filter((href) => !ALLOWED_LINK.test(href))).toEqual([]);
    expect(html.counts['img']).toBeUndefined();
    expect(hostile.html).not.toMatch(/<(script|img|iframe)\b|<[a-z][^>]*\son[a-z]+=/i);
    const tags = (text: string) => new Set([...text.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase()));
    const known = tags(original.html);
    expect([...tags(hostile.html)].filter((tag) => !known.has(tag) && !['em', 'strong', 'code', 'a', 'br', 'ol', 'ul', 'li', 'p'].includes(tag))).toEqual([]);
  });
});

/** Every value in templates/md goes through a helper that escapes it, or is one of a few values privnote makes. */
describe('templates', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : [],
    );
  // leadIn and withArticle escape the labels they print (src/render/labels.ts).
  const ESCAPING = ['esc', 'md', 'mdi', 'quote', 'link', 'mailto', 'tel', 'leadIn', 'withArticle'];
  /**
   * Numbers and anchors privnote computes (anchors are section ids, `^[a-z0-9][a-zA-Z0-9-]*$` by the schema), the
   * marks of a heading (`###`) and the markers of numbered items (`3.`, `- c.`).
   */
  const ALLOWED = ['number', 'numberLabel number', 'anchor', 'plusOne @index', 'ruleId', '@marks', 'marker number', 'ordinal @index ../numbering'];

  type Node = { type: string; [key: string]: unknown };
  const source = (node: Node): string =>
    node.type === 'PathExpression' ? String(node['original'])
      : node.type === 'SubExpression' ? `(${[node['path'], ...(node['params'] as Node[])].map((n) => source(n as Node)).join(' ')})`
        : JSON.stringify(node['value']);
  /** Every MustacheStatement, inside blocks and their inverses too. */
  const mustaches = (node: unknown): Node[] => {
    if (Array.isArray(node)) return node.flatMap(mustaches);
    if (!node || typeof node !== 'object') return [];
    const n = node as Node;
    return [...(n.type === 'MustacheStatement' ? [n] : []), ...['body', 'program', 'inverse'].flatMap((key) => mustaches(n[key]))];
  };
  const where = (file: string, node: Node) => `${file}:${(node['loc'] as { start: { line: number } }).start.line}`;

  test('every {{…}} in templates/md is escaped or allow-listed', () => {
    const unescaped = files('templates/md').flatMap((file) =>
      mustaches(Handlebars.parse(readFileSync(file, 'utf8')))
        .filter((m) => !ESCAPING.includes(source(m['path'] as Node)))
        .map((m) => ({ at: where(file, m), expression: [m['path'], ...(m['params'] as Node[])].map((n) => source(n as Node)).join(' ') }))
        .filter(({ expression }) => !ALLOWED.includes(expression)),
    );
    expect(unescaped).toEqual([]);
  });

  test('templates/html has no triple-stash {{{…}}}', () => {
    const raw = files('templates/html').flatMap((file) =>
      mustaches(Handlebars.parse(readFileSync(file, 'utf8'))).filter((m) => m['escaped'] === false).map((m) => where(file, m)),
    );
    expect(raw).toEqual([]);
  });

  test('the check sees a value that is not escaped', () => {
    const parsed = mustaches(Handlebars.parse('{{#each x}}{{#if y}}{{else}}### {{phrase}}{{/if}}{{/each}}{{{raw}}}'));
    expect(parsed.map((m) => source(m['path'] as Node))).toEqual(['phrase', 'raw']);
  });
});
