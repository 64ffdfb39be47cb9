import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, test } from 'vitest';

/** Every value in templates/md goes through a helper that escapes it, or is one of a few values privnote makes. */
describe('templates', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : [],
    );
  const ESCAPING = ['esc', 'md', 'mdi', 'quote', 'link', 'mailto', 'tel'];
  /** Numbers and anchors privnote computes (anchors are section ids, `^[a-z0-9][a-zA-Z0-9-]*$` by the schema). */
  const ALLOWED = ['number', 'anchor', 'plusOne @index', 'ruleId'];

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
