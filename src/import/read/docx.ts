import mammoth from 'mammoth';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import type { Outline } from '../outline.js';
import { readHtml } from './html.js';

/**
 * A Word document as an outline: mammoth turns it into HTML (Heading 1–6 styles into h1–h6, lists, tables, bold,
 * italic, links), which the HTML reader reads. Each block's line is its number in that HTML.
 */
export async function readDocx(buffer: Uint8Array, file: string): Promise<Outline> {
  // mammoth fails on anything that is no Office Open XML package (an old .doc, a renamed file, a damaged zip).
  const html = await mammoth.convertToHtml({ buffer: Buffer.from(buffer) }).then(
    ({ value }) => value,
    () => {
      throw new UsageError(msg('import.not-docx', { file }));
    },
  );
  return readHtml(html, file, { format: 'docx', numberBlocks: true });
}
