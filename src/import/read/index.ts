import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import type { Outline, SourceFormat } from '../outline.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';

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
  return readText(text, file);
}

