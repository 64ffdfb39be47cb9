import type { Outline } from './outline.js';

/**
 * Stand-in until import-facts delivers the classifier: every heading opens a section of the author's own.
 * The standard section (a top-level key of a privnote statement) that the heading at each block index opens, or
 * undefined for a section of the author's own; index → key, for heading blocks only.
 */
export function classifySections(outline: Outline): Map<number, string | undefined> {
  const sections = new Map<number, string | undefined>();
  outline.blocks.forEach((block, index) => block.kind === 'heading' && sections.set(index, undefined));
  return sections;
}
