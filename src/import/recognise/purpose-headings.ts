import { msg } from '../../messages/message.js';
import type { Heading, Paragraph } from '../outline.js';
import { ownBlocks, type Context } from './context.js';
import { said } from './details.js';
import type { Recognised } from './index.js';
import { basesOfText } from './legal-bases.js';

/**
 * Purposes written as subheadings of the purposes section, each with its own paragraphs ("4.1 Inschrijving" and what
 * follows): one purpose per subheading, the heading its name, the paragraphs its description (consumed), and the
 * bases the paragraphs name, kept in the description (`inDescription`). A subheading followed by a list or a table
 * is left as it is, and so are all when a list stands right under the section's heading (the list is the purposes).
 */
export function purposeHeadings(ctx: Context): Recognised[] {
  const out: Recognised[] = [];
  const blocks = ctx.outline.blocks.map((block, index) => ({ block, index })).filter(({ index }) => ctx.sectionAt[index] === 'purposes');
  const section = blocks[0];
  if (!section || ownBlocks(ctx, 'purposes').some(({ block }) => block.kind === 'list')) return [];
  blocks.forEach(({ block, index }, at) => {
    if (block.kind !== 'heading' || index === section.index) return;
    const after = blocks.slice(at + 1);
    const end = after.findIndex(({ block: b }) => b.kind === 'heading');
    const own = end === -1 ? after : after.slice(0, end);
    if (own.length === 0 || !own.every(({ block: b }) => b.kind === 'paragraph') || /[*_[\]`]/.test(block.text)) return;
    const description = own.map(({ block: b }) => (b as Paragraph).text).join('\n\n');
    const bases = basesOfText(description);
    const value = {
      name: (block as Heading).text,
      description,
      ...(bases.length > 0 ? { basis: bases.map((basis) => ({ basis, inDescription: true })) } : {}),
    };
    out.push({ path: ['purposes', 'items'], value: [value], line: block.line, what: said(msg('import.purpose', { name: value.name, count: bases.length })), consumed: [index, ...own.map(({ index: i }) => i)] });
  });
  return out;
}
