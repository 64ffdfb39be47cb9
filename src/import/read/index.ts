import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import type { Outline, SourceFormat } from '../outline.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { blockText, escapeMarkdown } from './inline.js';
import { readMarkdown } from './markdown.js';

const FORMATS: Record<string, SourceFormat> = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.txt': 'txt' };

/** The format `import` reads a file as, by its extension; a usage error for any other. */
export function formatOf(file: string): SourceFormat {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) throw new UsageError(msg('import.unknown-format', { file, formats: Object.keys(FORMATS).join(', ') }));
  return format;
}

/** Reads a source file into its outline, with the reader of its format. */
export async function readOutline(file: string): Promise<Outline> {
  const format = formatOf(file);
  const bytes = await readFile(file);
  if (format === 'docx') return readDocx(bytes, file);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (format === 'html') return readHtml(text, file);
  if (format === 'md') return readMarkdown(text, file);
  return readPlain(text, file);
}

/**
 * Plain text as paragraphs (blank lines between them). A stand-in until the text reader for text taken from PDFs
 * (src/import/read/text.ts) replaces it.
 */
function readPlain(text: string, file: string): Outline {
  const blocks: Outline['blocks'] = [];
  const lines = text.split(/\r?\n/);
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || !lines[i]!.trim();
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      blocks.push({ kind: 'paragraph', text: blockText(escapeMarkdown(lines.slice(start, i).join(' '))), line: start + 1 });
      start = -1;
    }
  }
  return { file, format: 'txt', blocks };
}
