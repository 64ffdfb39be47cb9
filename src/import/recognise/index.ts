import type { Outline } from '../outline.js';
import { context, type Context } from './context.js';
import { controller } from './controller.js';
import { entities } from './entities.js';
import { dpo } from './dpo.js';
import { lists } from './lists.js';
import { purposeHeadings } from './purpose-headings.js';
import { legalBases } from './legal-bases.js';
import { rights } from './rights.js';
import { authorities } from './authorities.js';

export interface Recognised {
  /** Where the value goes in the privnote document, e.g. ['controller','entities',0,'kbo'] or ['purposes','items']. */
  path: (string | number)[];
  value: unknown;
  /** The source line it was recognised on, and what was recognised, in Dutch (for the YAML comment and the summary). */
  line: number;
  what: string;
  /** Outline block indexes this value says in full: the writer places the value there (`{ part: … }` in the section's
   *  `blocks`) instead of the blocks' text. Empty when the text must stay (the fact is only extracted from it). */
  consumed: number[];
}

export type Recogniser = (ctx: Context) => Recognised[];

/** The recognisers, in the order their facts are reported. */
export const recognisers: Recogniser[] = [controller, entities, dpo, lists, purposeHeadings, legalBases, rights, authorities];

/** Every fact the recognisers find in the outline; a block is consumed by one fact at most (the first). */
export function recognise(outline: Outline, sections: Map<number, string | undefined>): Recognised[] {
  const ctx = context(outline, sections);
  const used = new Set<number>();
  return recognisers.flatMap((r) => r(ctx)).map((fact) => {
    const consumed = fact.consumed.some((i) => used.has(i)) ? [] : fact.consumed;
    consumed.forEach((i) => used.add(i));
    return { ...fact, consumed };
  });
}
