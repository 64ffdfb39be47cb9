import mammoth from 'mammoth';
import type { Outline } from '../outline.js';
import { readHtml } from './html.js';

/**
 * A Word document as an outline: mammoth turns it into HTML (Heading 1–6 styles into h1–h6, lists, tables, bold,
 * italic, links), which the HTML reader reads. Each block's line is its number in that HTML.
 */
export async function readDocx(buffer: Uint8Array, file: string): Promise<Outline> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(buffer) });
  return readHtml(value, file, { format: 'docx', numberBlocks: true });
}
