import type { Block, Outline } from '../outline.js';

/** What every recogniser reads: the outline, and the standard section each block stands in. */
export interface Context {
  outline: Outline;
  /** Per block index: the standard section it stands in (a heading: the one it opens), or undefined. */
  sectionAt: (string | undefined)[];
}

export function context(outline: Outline, sections: Map<number, string | undefined>): Context {
  const sectionAt: (string | undefined)[] = [];
  let current: { level: number; key: string | undefined } | undefined;
  outline.blocks.forEach((block, index) => {
    if (block.kind === 'heading' && (current === undefined || current.key === undefined || block.level <= current.level || sections.get(index) !== undefined)) {
      current = { level: block.level, key: sections.get(index) };
    }
    sectionAt.push(current?.key);
  });
  return { outline, sectionAt };
}

/** The blocks of a standard section (without its heading), with their indexes. */
export const blocksIn = (ctx: Context, key: string): { block: Block; index: number }[] =>
  ctx.outline.blocks.flatMap((block, index) => (ctx.sectionAt[index] === key && block.kind !== 'heading' ? [{ block, index }] : []));

/** The blocks of a standard section that come before its first subheading: what stands under its own heading. */
export function ownBlocks(ctx: Context, key: string): { block: Block; index: number }[] {
  const start = ctx.sectionAt.indexOf(key);
  const own: { block: Block; index: number }[] = [];
  for (let index = start + 1; start !== -1 && index < ctx.outline.blocks.length && ctx.outline.blocks[index]!.kind !== 'heading'; index++) own.push({ block: ctx.outline.blocks[index]!, index });
  return own;
}

/** The texts a block says, one per paragraph, list item or table cell. */
export function textsOf(block: Block): string[] {
  if (block.kind === 'list') return block.items;
  if (block.kind === 'table') return block.rows.flat();
  return [block.text];
}

/** Markdown links and emphasis reduced to their words, for matching. */
export const plain = (text: string): string => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*?|__?/g, '');

/** The sentences of a text (split after . ! ? ; followed by a space and a capital or the end). */
export const sentences = (text: string): string[] => plain(text).split(/(?<=[.!?;])\s+(?=[A-ZÀ-Ý"'‘“(])|\n+/).filter((s) => s.trim() !== '');

/** A sentence that denies what it names ("niet op basis van", "geen gerechtvaardigd belang", "niet van toepassing"). */
export const denies = (sentence: string): boolean => /\b(?:niet|geen|nooit|noch)\b|uitgezonderd|behalve/i.test(sentence);
