import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { compileDocument } from '../src/compile.js';
import { configFor } from '../src/config/config.js';
import type { NoticeModel } from '../src/model/index.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/** The text a reader sees in an HTML page: no head, no tags, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/i, ' ')
    // A table of contents the page hides (it is there for the PDF only) is not seen.
    .replace(/<nav\b[^>]*\shidden[\s>][\s\S]*?<\/nav>/g, ' ')
    // A span (a phrase's language) stands inside a word's run of text: it separates nothing.
    .replace(/<\/?span\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (match, name: string) =>
      name.startsWith('#x') && !(name in ENTITIES)
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#') && !(name in ENTITIES)
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? match),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const commonmark = new MarkdownIt('commonmark');

/** The text a reader sees when the Markdown is rendered by a CommonMark renderer. */
export const markdownText = (markdown: string): string => htmlText(commonmark.render(markdown));

export interface Rendered {
  model: NoticeModel;
  html: string;
  markdown: string;
}

/** Compiles an example in-process; fails loudly when it has errors. */
export function renderExample(path: string): Rendered {
  const compiled = compileDocument({ file: path, text: readFileSync(path, 'utf8') }, { config: configFor(path).config });
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (!compiled.model) throw new Error(`${path} has errors:\n${errors.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  return { model: compiled.model, html: renderHtml(compiled.model), markdown: renderMarkdown(compiled.model) };
}

/**
 * A copy of privnote as installed (package.json, bin, dist, templates, schemas; node_modules linked), whose own
 * files a test may edit or break without touching the repository; returns its root.
 */
export function installedCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'privnote-copy-'));
  for (const part of ['bin', 'dist', 'templates', 'schemas', 'package.json']) cpSync(part, join(root, part), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  return root;
}
