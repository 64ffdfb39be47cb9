import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { templatesDir } from '../paths.js';

interface TextRow {
  key: string;
  text: string;
  /** The article or remark written above the text (or above its group) in the texts file. */
  note: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();
const commentOf = (node: { commentBefore?: string | null } | null | undefined) =>
  (node?.commentBefore ?? '')
    .split('\n')
    .map((line) => line.trim())
    .join(' ')
    .trim();

/**
 * Every text of the file, depth first, each with the comment written just above it, or else the article of the item
 * it belongs to (`rights.inzage.label` gets `rights.inzage.article`).
 */
function rowsOf(map: YAMLMap, path: string[]): TextRow[] {
  // An item such as rights.inzage has an article; a group of labels has a label named `article` instead.
  const article = path.length >= 2 ? map.items.find((pair) => isScalar(pair.key) && pair.key.value === 'article')?.value : undefined;
  return map.items.flatMap((pair, index) => {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    // The comment above a group's first text belongs to the group in the yaml package's tree.
    const own = commentOf(pair.key as Node) || (index === 0 && path.length > 1 ? commentOf(map) : '');
    const note = own || (key !== 'article' && isScalar(article) ? String(article.value) : '');
    const value = pair.value as Node | null;
    if (isMap(value)) return rowsOf(value, [...path, key]);
    const text = isSeq(value) ? value.items.map((item) => String(isScalar(item) ? item.value : item)).join(', ') : String(isScalar(value) ? value.value : '');
    return [{ key: [...path, key].join('.'), text, note }];
  });
}

/**
 * docs/texts.md, generated from templates/texts/nl-BE.yaml: every standard text privnote prints, its key for `texts:`
 * and the article it implements, so that an author finds what to rename or switch off without reading the file.
 */
export function textsReference(): string {
  const document = parseDocument(readFileSync(join(templatesDir, 'texts', 'nl-BE.yaml'), 'utf8'));
  const top = document.contents as YAMLMap;
  const rows = rowsOf(top, []);
  const groups = top.items.map((pair) => ({
    name: String(isScalar(pair.key) ? pair.key.value : pair.key),
    // A group's own comment: above its key, or above its first text.
    note: commentOf(pair.key as Node) || (isMap(pair.value) ? commentOf(pair.value) : ''),
  }));
  return [
    '# Standard texts',
    '',
    '<!-- Generated from templates/texts/nl-BE.yaml by `npm run docs`; do not edit by hand. -->',
    '',
    `Every text privnote prints by itself (${rows.length} texts), with the key to reword it or switch it off under`,
    '`texts:` in `privnote.config.yaml` or in a notice ([customising.md](customising.md)), and the article or remark the',
    'texts file gives for it. `{je|u}` marks the words that follow `style.formOfAddress`. A text switched off (`false`)',
    'leaves nothing behind: no empty heading, lone label or stray punctuation (`test/every-text.test.ts`); the rules',
    'still see the fact behind it. `months` is a list of twelve and cannot be switched off.',
    '',
    ...groups.flatMap((group) => [
      `## \`${group.name}\``,
      '',
      ...(group.note ? [group.note, ''] : []),
      '| key | standard text | article or remark |',
      '| --- | --- | --- |',
      ...rows.filter((row) => row.key.split('.')[0] === group.name).map((row) => `| \`${row.key}\` | ${cell(row.text)} | ${cell(row.note)} |`),
      '',
    ]),
  ].join('\n');
}
