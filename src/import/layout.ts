import { SECTION_IDS } from '../generated/sections.js';
import type { Block, Outline } from './outline.js';
import { plain } from './read/inline.js';

/** One section of the imported document: a standard one (its key) or one of the author's own (`extraSections`). */
export interface SectionPlan {
  key: string;
  own: boolean;
  /** The source's heading of the section; none for what comes before the first heading. */
  heading?: string;
  /** The outline's block indexes the section holds, in the source's order (its subheadings included). */
  blocks: number[];
}

export interface Layout {
  title?: string;
  /** The block that gave the title (it is not copied again). */
  titleIndex?: number;
  sections: SectionPlan[];
}

/**
 * How the source's outline becomes sections. The document's title is a first heading of level 1; the headings of the
 * highest level left open sections (the classifier's standard section, or one of the author's own); deeper headings
 * stay subheadings in their section. What comes before the first section is the introduction. Two headings that mean
 * the same standard section make one section: the second heading becomes a subheading there.
 */
export function layout(outline: Outline, classified: Map<number, string | undefined>): Layout {
  const { blocks } = outline;
  const first = blocks.findIndex((b) => b.kind === 'heading');
  const titleIndex = first >= 0 && (blocks[first] as Block & { level: number }).level === 1 && isOnlyTop(blocks, first) ? first : undefined;
  const levels = blocks.flatMap((b, i) => (b.kind === 'heading' && i !== titleIndex ? [b.level] : []));
  const top = Math.min(...levels);
  const sections: SectionPlan[] = [];
  const byKey = new Map<string, SectionPlan>();
  const ids = new Set<string>(SECTION_IDS); // an own section's key never names a standard one
  let current: SectionPlan | undefined;
  blocks.forEach((block, index) => {
    if (index === titleIndex) return;
    if (block.kind === 'heading' && block.level === top) {
      const key = classified.get(index);
      const known = key !== undefined ? byKey.get(key) : undefined;
      if (known) {
        known.blocks.push(index);
        current = known;
        return;
      }
      const heading = plain(block.text); // privnote prints a heading as it is, without Markdown
      current = key !== undefined ? { key, own: false, heading, blocks: [] } : { key: ownId(heading, ids), own: true, heading, blocks: [] };
      if (key !== undefined) byKey.set(key, current);
      sections.push(current);
      return;
    }
    if (!current) {
      current = byKey.get('introduction') ?? { key: 'introduction', own: false, blocks: [] };
      if (!byKey.has('introduction')) sections.push(current);
      byKey.set('introduction', current);
    }
    current.blocks.push(index);
  });
  const titleBlock = titleIndex === undefined ? undefined : blocks[titleIndex];
  return { title: titleBlock?.kind === 'heading' ? plain(titleBlock.text) : undefined, titleIndex, sections };
}

/** A first heading of level 1 is the title when no other heading has level 1 (else level 1 is the sections' level). */
const isOnlyTop = (blocks: Block[], first: number) => !blocks.some((b, i) => i !== first && b.kind === 'heading' && b.level === 1);

/** An own section's key from its heading ("Camerabeelden op de site" → camerabeelden-op-de-site), unique. */
function ownId(heading: string, taken: Set<string>): string {
  const base =
    plain(heading)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'sectie';
  const id = /^[a-z0-9]/.test(base) ? base : `sectie-${base}`;
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}
