import { extname } from 'node:path';
import { UsageError } from '../../errors.js';
import { asUtf8, readProblem, readRegularFile, TooLargeError } from '../../load/read.js';
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

/** A Word file with its images runs to tens of megabytes; a notice's text is far less. */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/** The bytes of a source: a regular file of a sane size (a FIFO would block, /dev/zero never ends), else a usage error. */
function sourceBytes(file: string): Buffer {
  try {
    return readRegularFile(file, { maxBytes: MAX_SOURCE_BYTES });
  } catch (error) {
    const reason = error instanceof TooLargeError ? msg('import.too-large', { size: `${MAX_SOURCE_BYTES / 1024 / 1024} MB` }) : readProblem(error);
    throw new UsageError(msg('import.unreadable', { file, reason }));
  }
}

/** Reads a source file into its outline, with the reader of its format; a source without any text is refused. */
export async function readOutline(file: string): Promise<Outline> {
  const outline = await outlineOf(file);
  if (outline.blocks.length === 0) throw new UsageError(msg('import.no-text', { file }));
  return outline;
}

async function outlineOf(file: string): Promise<Outline> {
  const format = formatOf(file);
  const bytes = sourceBytes(file);
  if (format === 'docx') return readDocx(bytes, file);
  // Decoded as anything else, a Latin-1 source would bring U+FFFD into the notice: refused, saying where.
  const decoded = asUtf8(bytes);
  if (!('text' in decoded)) throw new UsageError(msg('import.not-utf8', { file, line: decoded.line, column: decoded.column, reason: decoded.problem }));
  const { text } = decoded;
  if (format === 'html') return readHtml(text, file);
  if (format === 'md') return readMarkdown(text, file);
  return readText(text, file);
}

